/**
 * When the page draws
 * ===================
 *
 *   weeks ─► charts' queues, the week, the figures ─► one animation frame
 *   snapshots ─► one network panel per task, the next once the frame
 *                showing the last is over, then a rest ─► "drawn" to the worker
 *
 * The week, the figures and the charts are drawn at most once per animation
 * frame, and show every week. The networks are drawn one panel at a time:
 * without a GPU, each is read back from software WebGL in the frame that
 * shows it, and two would hold the page up twice as long.
 */
import type { SeriesPoint } from '../../results/types.ts';
import { SIDES, mapPair } from '../shared/pair.ts';
import type { Pair, Side } from '../shared/pair.ts';
import type { WeekReport } from '../shared/protocol.ts';
import type { ArmSnapshot, TrustPicture } from '../shared/view.ts';
import type { ChartRow, LiveChart } from './charts.ts';
import type { NetworkPanel } from './network-panel.ts';
import type { Perf } from './perf.ts';

export interface DrawnParts {
  networks: Pair<NetworkPanel>;
  /** The line of figures under each panel. */
  figures: Pair<HTMLElement>;
  charts: Pair<LiveChart>;
  week: HTMLElement;
  perf: Perf;
  /** Both panels show the last snapshot: the worker may send the next. */
  drawn(): void;
}

const percent = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(100 * x)}%`);

export class DrawingScheduler {
  private arms: Pair<string> = ['', ''];
  private snapshots: Pair<ArmSnapshot> | null = null;
  private lastPoints: Pair<readonly SeriesPoint[]> = [[], []];
  private weeksDone = 0;
  /** Panels with a snapshot not yet drawn. */
  private stale: Pair<boolean> = [false, false];
  /** A panel has been drawn and its frame is not over yet. */
  private drawingNetwork = false;
  private drawQueued = false;
  /** Bumped by every new session: a panel drawn for an earlier one is no longer the worker's concern. */
  private generation = 0;
  /** The previous run's chart rows, shown as "before the change" once the new session starts. */
  private before: Pair<ChartRow[]> = [[], []];

  constructor(private readonly parts: DrawnParts) {}

  /**
   * Before a new session: keep the curves shown now as "before the change",
   * or none. While a re-run is still on its way, "before" stays the last run
   * the room saw.
   */
  keepBefore(keep: boolean, starting: boolean): void {
    if (!keep) this.before = [[], []];
    else if (!starting) this.before = mapPair(this.parts.charts, (chart) => chart.currentRows());
  }

  /** A new session: a new trust in both panels, fresh charts, nothing drawn yet. */
  newSession(picture: TrustPicture, arms: Pair<string>, weeks: number): void {
    this.generation++;
    this.arms = arms;
    this.snapshots = null;
    this.stale = [false, false];
    this.weeksDone = 0;
    this.lastPoints = [[], []];
    this.parts.week.textContent = 'Week 0';
    this.parts.perf.reset();
    for (const network of this.parts.networks) network.setTrust(picture);
    this.parts.charts.forEach((chart, i) => void chart.reset(arms, weeks, this.before[i]));
    this.before = [[], []];
  }

  weeks(reports: readonly WeekReport[]): void {
    for (const report of reports) {
      this.parts.perf.week(report.stepMs);
      report.points.forEach((points, side) => {
        for (const chart of this.parts.charts) chart.addWeek(this.arms[side], points);
      });
      this.lastPoints = report.points;
      this.weeksDone = report.weeksDone;
    }
    this.queueDraw();
  }

  snapshotsArrived(snapshots: Pair<ArmSnapshot>): void {
    this.snapshots = snapshots;
    this.stale = [true, true];
    this.drawNetwork();
    this.queueDraw();
  }

  /** The snapshot the panel shows or is about to, if any. */
  snapshot(side: Side): ArmSnapshot | null {
    return this.snapshots === null ? null : this.snapshots[side];
  }

  /**
   * The next panel with a snapshot not yet drawn, now; the other once the
   * frame that shows this one is over.
   */
  private drawNetwork(): void {
    const side = SIDES.find((s) => this.stale[s]);
    if (this.drawingNetwork || side === undefined || this.snapshots === null) return;
    this.drawingNetwork = true;
    this.stale = side === 0 ? [false, this.stale[1]] : [this.stale[0], false];
    const generation = this.generation;
    const started = performance.now();
    const drawn = this.parts.networks[side].show(this.snapshots[side]);
    const updateMs = performance.now() - started;
    void drawn.then((frameMs) => {
      const spentMs = updateMs + frameMs;
      const current = generation === this.generation;
      if (current) this.parts.perf.frame(spentMs);
      // Then rest twice as long as that took: the networks take at most a
      // third of the page's time and leave the processor to the simulation,
      // the charts and the controls (and, without a GPU, to the software
      // rasterizer the next frame waits for). On a slow machine they then skip
      // a week now and then; the week, the figures and the charts show every week.
      setTimeout(() => {
        this.drawingNetwork = false;
        // Both panels drawn: ready for the next snapshot.
        if (current && !this.stale.includes(true)) this.parts.drawn();
        else this.drawNetwork();
      }, 2 * spentMs);
    });
  }

  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => { this.draw(); });
  }

  /** Week, figures and charts, at most once per animation frame. */
  private draw(): void {
    this.drawQueued = false;
    for (const chart of this.parts.charts) void chart.flush();
    this.parts.week.textContent = `Week ${this.weeksDone}`;
    for (const side of SIDES) this.drawFigures(this.parts.figures[side], this.lastPoints[side]);
    this.parts.perf.show();
  }

  private drawFigures(line: HTMLElement, points: readonly SeriesPoint[]): void {
    const value = (metric: string) => points.find((p) => p.metric === metric)?.value;
    const engagement = value('engagement_trainees');
    line.innerHTML =
      `Adopted <b>${percent(value('uptake_total'))}</b> (committed ${percent(value('uptake_committed'))})` +
      ` · trainee engagement <b>${engagement == null ? '–' : engagement.toFixed(1)}</b>` +
      ` · trainees' leadership <b>${percent(value('trainee_leadership_share'))}</b>`;
  }
}

/**
 * Live charts (Vega-Lite through vega-embed)
 * ==========================================
 *
 * One line per arm, a point per week, added as weeks arrive (a Vega
 * changeset, not a re-render). After a change of settings the previous run
 * stays as a faint dashed line, so the room sees what the change did.
 * Expressions run through Vega's interpreter: the page allows no eval.
 */
import { changeset } from 'vega';
import type { View } from 'vega';
import embed from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';

import type { SeriesPoint } from '../../results/types.ts';
import { ARM_COLOURS } from './palette.ts';

export interface ChartRow {
  week: number;
  value: number;
  arm: string;
  run: typeof RUNS[number];
}

export const RUNS = ['now', 'before the change'] as const;

export interface ChartSpec {
  metric: string;
  title: string;
  /** A share (shown as a percentage), or a score with its own range. */
  format: 'percent' | 'number';
  domain: [number, number];
}

const FONT = 'system-ui, "DejaVu Sans", sans-serif';

function spec(chart: ChartSpec, arms: readonly string[], weeks: number): TopLevelSpec {
  return {
    // As big as its box: the page's style sheet sizes the charts to the screen.
    width: 'container',
    height: 'container',
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Vega-Lite's title anchor; the checker matches the deprecated String.prototype.anchor of the title's string form
    title: { text: chart.title, fontSize: 19, font: FONT, anchor: 'start', color: '#111', offset: 4 },
    data: { name: 'rows' },
    mark: { type: 'line', strokeWidth: 4, interpolate: 'monotone' },
    encoding: {
      x: { field: 'week', type: 'quantitative', title: 'Week', scale: { domain: [0, Math.max(1, weeks - 1)], nice: false } },
      y: {
        field: 'value',
        type: 'quantitative',
        title: null,
        scale: { domain: chart.domain, zero: false },
        axis: { format: chart.format === 'percent' ? '.0%' : '.1f', tickCount: 5 },
      },
      color: { field: 'arm', type: 'nominal', scale: { domain: [...arms], range: [...ARM_COLOURS] }, legend: { title: null, orient: 'top', direction: 'horizontal' } },
      strokeDash: {
        field: 'run',
        type: 'nominal',
        scale: { domain: [...RUNS], range: [[1, 0], [6, 5]] },
        legend: null,
      },
      opacity: { condition: { test: `datum.run === '${RUNS[0]}'`, value: 1 }, value: 0.35 },
      detail: { field: 'run' },
    },
    config: {
      font: FONT,
      axis: { labelFontSize: 15, titleFontSize: 15, labelColor: '#222', titleColor: '#222', gridColor: '#ddd' },
      legend: { labelFontSize: 17, symbolStrokeWidth: 5, symbolSize: 300, labelColor: '#111', padding: 0, offset: 4 },
      view: { stroke: null },
    },
  };
}

export class LiveChart {
  private view: View | null = null;
  /** Arms and run length the view was compiled for. */
  private shape = '';
  private embeds = 0;
  private pending: ChartRow[] = [];

  constructor(private readonly container: HTMLElement, readonly chart: ChartSpec) {}

  /** A fresh chart for these arms and run length, keeping the previous run's rows as "before". */
  async reset(arms: readonly string[], weeks: number, before: readonly ChartRow[] = []): Promise<void> {
    // Weeks that arrive while the chart is being built queue up behind these.
    // Fresh objects: Vega tags the tuples it holds, and a copy must not look like the original.
    this.pending = before.map(({ week, value, arm }) => ({ week, value, arm, run: 'before the change' }));
    const shape = JSON.stringify([arms, weeks]);
    if (this.view !== null && shape === this.shape) {
      // Same arms and length: keep the compiled chart (compiling takes longer than a frame), swap its rows.
      const rows = this.pending;
      this.pending = [];
      // One changeset: a second change to the same data before a run would replace the first.
      await this.view.change('rows', changeset().remove(() => true).insert(rows)).runAsync();
      return;
    }
    this.view?.finalize();
    this.view = null;
    this.shape = shape;
    const mine = ++this.embeds;
    const result = await embed(this.container, spec(this.chart, arms, weeks), {
      actions: false,
      renderer: 'canvas',
      ast: true,
      expr: expressionInterpreter,
    });
    // A later reset has started its own chart meanwhile.
    if (mine !== this.embeds) { result.finalize(); return; }
    this.view = result.view;
    await this.flush();
  }

  /** Queues this week's point of each arm; `flush` draws them. */
  addWeek(arm: string, points: readonly SeriesPoint[]): void {
    const point = points.find((p) => p.metric === this.chart.metric);
    if (point !== undefined && point.value !== null) this.pending.push({ week: point.week, value: point.value, arm, run: 'now' });
  }

  /** Draws what has arrived since the last flush (once per animation frame at most). */
  async flush(): Promise<void> {
    if (this.view === null || this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    await this.view.insert('rows', rows).runAsync();
  }

  /** Rows of the current run, to show as "before" after a change of settings. */
  currentRows(): ChartRow[] {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vega hands back the tuples it holds untyped: the ChartRows this class inserted
    const drawn: ChartRow[] = this.view === null ? [] : this.view.data('rows');
    return [...drawn, ...this.pending].filter((row) => row.run === 'now');
  }

  async svg(): Promise<string> {
    return this.drawnView().toSVG();
  }

  /** PNG at twice the screen's resolution, sharp on slides. */
  async png(): Promise<string> {
    return this.drawnView().toImageURL('png', 2);
  }

  private drawnView(): View {
    if (this.view === null) throw new Error(`the chart "${this.chart.title}" is not drawn yet`);
    return this.view;
  }
}

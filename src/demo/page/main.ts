/**
 * The workshop page
 * =================
 *
 *   controls, keys, clicks ─► worker (the session) ─► frames ─► networks, charts, figures
 *
 * The page holds what the room chose and draws what the worker sends; it runs
 * no model code of its own. Figures and charts are drawn at most once per
 * animation frame; the networks one panel at a time, each in a task of its
 * own, the next once the frame showing the last is over.
 */
import { RULE_SETS } from '../../leadership/index.ts';
import type { ParameterInfo } from '../../leadership/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { LEADER_ROLES } from '../interventions.ts';
import type { Intervention, Outcome } from '../interventions.ts';
import type { Bundle, Preset } from '../presets.ts';
import type { PageMessage, WorkerMessage } from '../protocol.ts';
import type { Pair, WeekReport } from '../session.ts';
import { ARM_KNOBS, armChoice, defaultSettings } from '../settings.ts';
import type { ArmKnob, RoomSettings } from '../settings.ts';
import type { ArmSnapshot, TrustPicture, View, ViewState } from '../snapshot.ts';
import { VIEW_STATES } from '../snapshot.ts';
import { LiveChart } from './charts.ts';
import type { ChartRow } from './charts.ts';
import { download, downloadDataUrl } from './downloads.ts';
import { HoverCard } from './hover-card.ts';
import { knob } from './knobs.ts';
import { drawLegend } from './legend.ts';
import { NetworkPanel } from './network-panel.ts';
import { Perf } from './perf.ts';
import type { PerfStats } from './perf.ts';

declare global {
  interface Window {
    /** For the browser test: speed figures, the week reached, sessions started, where a person is drawn. */
    leadsimDemo?: {
      stats(): PerfStats;
      resetStats(): void;
      weeksDone(): number;
      sessions(): number;
      personOnScreen(side: 0 | 1, slot: number): { x: number; y: number };
    };
  }
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document): T => root.querySelector<T>(selector)!;

const KNOB_LABELS: Record<ArmKnob, string> = { hierarchySteepness: 'Hierarchy steepness', voice: 'Voice heard' };
const percent = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(100 * x)}%`);

interface Side {
  root: HTMLElement;
  network: NetworkPanel;
  arm: HTMLSelectElement;
}

class Demo {
  private readonly worker = new Worker('worker.js', { type: 'module' });
  private readonly perf = new Perf($('#perf'));
  private readonly card = new HoverCard();
  private readonly charts = [
    new LiveChart($('#chart-uptake'), { metric: 'uptake_total', title: 'Uptake of the changes', format: 'percent', domain: [0, 1] }),
    new LiveChart($('#chart-engagement'), { metric: 'engagement_trainees', title: 'Trainee engagement (0–10)', format: 'number', domain: [6, 8] }),
  ] as const;
  private readonly sides: Pair<Side>;

  private preset!: Preset;
  private settings!: RoomSettings;
  private view: View = { initiative: null };
  /** The scenario the worker runs (the preset with the room's settings), once started. */
  private scenario: Scenario | null = null;
  private picture: TrustPicture | null = null;
  private arms: Pair<string> = ['', ''];
  private snapshots: Pair<ArmSnapshot> | null = null;
  private lastPoints: Pair<WeekReport['points'][number]> = [[], []];
  private weeksDone = 0;
  private playing = false;
  private finished = false;
  /**
   * Starts sent but not yet confirmed. Messages of earlier sessions may still be
   * on their way, and the room may move two sliders in quick succession: only
   * the last start's session is shown.
   */
  private startsPending = 0;
  private drawQueued = false;
  /** The previous run's chart rows, shown as "before the change" once the new session starts. */
  private pendingBefore: Pair<ChartRow[]> = [[], []];
  /** A re-run with a new setting is catching up to the week the room was at. */
  private rerunning = false;
  /** Sessions started so far (a restart is a new one). */
  private sessions = 0;
  /** Panels with a snapshot not yet drawn. */
  private stale: Pair<boolean> = [false, false];
  /** A panel has been drawn and its frame is not over yet. */
  private drawingNetwork = false;

  private readonly presets: Preset[];

  constructor(private readonly bundle: Bundle) {
    this.presets = bundle.presets;
    this.sides = ([0, 1] as const).map((side) => {
      const root = $(side === 0 ? '#panel-left' : '#panel-right');
      const network = new NetworkPanel($('.network', root), {
        hover: (slot, at) => this.hover(side, slot, at),
        click: (slot) => this.intervene({ kind: 'idea', slot }),
      });
      const arm = $<HTMLSelectElement>('.arm', root);
      arm.addEventListener('change', () => this.chooseArm(side, arm.value));
      return { root, network, arm };
    }) as Pair<Side>;
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
    this.wireControls();
    this.choosePreset(this.presets[0].name);
    window.leadsimDemo = {
      stats: () => this.perf.stats(),
      resetStats: () => this.perf.reset(),
      weeksDone: () => this.weeksDone,
      sessions: () => this.sessions,
      personOnScreen: (side, slot) => this.sides[side].network.clientPoint(slot),
    };
  }

  private send(message: PageMessage): void {
    this.worker.postMessage(message);
  }

  // ── what the room does ────────────────────────────────────────────────

  private wireControls(): void {
    const presetSelect = $<HTMLSelectElement>('#preset');
    presetSelect.replaceChildren(...this.presets.map((p) => new Option(p.name, p.name)));
    presetSelect.addEventListener('change', () => this.choosePreset(presetSelect.value));
    $<HTMLInputElement>('#seed').addEventListener('change', (event) => {
      const seed = Number((event.target as HTMLInputElement).value);
      if (Number.isInteger(seed) && seed >= 0) this.restart({ ...this.settings, seed }, 0);
    });
    $('#play').addEventListener('click', () => this.togglePlay());
    $('#step').addEventListener('click', () => this.step());
    $('#reset').addEventListener('click', () => this.restart(this.settings, 0));
    $('#speed').addEventListener('change', () => this.playing && this.send({ type: 'play', weeksPerSecond: this.speed() }));
    $<HTMLSelectElement>('#view').addEventListener('change', (event) => this.chooseView((event.target as HTMLSelectElement).value));
    const role = $<HTMLSelectElement>('#leader-role');
    role.replaceChildren(...LEADER_ROLES.map((r) => new Option(r.replace('-', ' '), r)));
    $('#leader-leaves').addEventListener('click', () => this.intervene({ kind: 'departure', role: LEADER_ROLES[role.selectedIndex] }));
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]'))
      button.addEventListener('click', () => this.download(button.dataset.download!));
    document.addEventListener('keydown', (event) => this.key(event));
  }

  private key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    // Typing a seed or moving a slider with the arrows is not a command.
    if (target.matches('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === ' ') this.togglePlay();
    else if (event.key === 'ArrowRight') this.step();
    else if (event.key === 'r' || event.key === 'R') this.restart(this.settings, 0);
    else return;
    event.preventDefault();
  }

  private speed(): number | null {
    const value = $<HTMLSelectElement>('#speed').value;
    return value === '' ? null : Number(value);
  }

  private togglePlay(): void {
    if (this.finished) return;
    this.send(this.playing ? { type: 'pause' } : { type: 'play', weeksPerSecond: this.speed() });
  }

  private step(): void {
    if (!this.playing && !this.finished) this.send({ type: 'step' });
  }

  private intervene(intervention: Intervention): void {
    if (this.finished || this.picture === null) return;
    this.send({ type: 'intervene', intervention });
    const what = intervention.kind === 'departure' ? `The ${intervention.role.replace('-', ' ')} leaves` : 'That person proposes an idea';
    this.say(`${what} in week ${this.weeksDone + 1}, in both panels${this.playing ? '' : ' — press Play or Step'}.`);
  }

  private choosePreset(name: string): void {
    this.preset = this.presets.find((p) => p.name === name)!;
    $<HTMLSelectElement>('#preset').value = name;
    this.view = { initiative: this.preset.scenario.initiatives.find((i) => i.scope === 'trust')?.name ?? null };
    this.restart(defaultSettings(this.preset.scenario), 0);
  }

  private chooseArm(side: 0 | 1, name: string): void {
    const arms = [...this.settings.arms] as Pair<RoomSettings['arms'][number]>;
    arms[side] = armChoice(this.preset.scenario, name);
    this.restart({ ...this.settings, arms }, this.weeksDone);
  }

  private chooseView(value: string): void {
    this.view = { initiative: value === '' ? null : value };
    this.send({ type: 'view', view: this.view });
  }

  /** A new session; with `keepBefore`, the current curves stay as "before the change". */
  private restart(settings: RoomSettings, toWeek: number, keepBefore = false): void {
    // "Before" is the last run the room saw, not a re-run still on its way.
    if (!keepBefore) this.pendingBefore = [[], []];
    else if (this.startsPending === 0) this.pendingBefore = [this.charts[0].currentRows(), this.charts[1].currentRows()];
    this.startsPending++;
    this.settings = settings;
    this.playing = false;
    this.send({ type: 'start', preset: this.preset.scenario, settings, provenance: { leadsimVersion: this.bundle.leadsimVersion }, view: this.view, toWeek });
    this.rerunning = toWeek > 0;
    if (this.rerunning) this.say(`Re-running both panels from week 0 to week ${toWeek} with the new setting (same trust, same seed)…`);
  }

  private tweakArm(side: 0 | 1, name: ArmKnob, value: number): void {
    const arms = [...this.settings.arms] as Pair<RoomSettings['arms'][number]>;
    arms[side] = { ...arms[side], parameters: { ...arms[side].parameters, [name]: value } };
    this.restart({ ...this.settings, arms }, this.weeksDone, true);
  }

  private download(what: string): void {
    const name = `leadsim-${this.scenario?.name}-seed${this.settings.seed}-week${this.weeksDone}`;
    if (what === 'csv') return this.send({ type: 'export' });
    const [chart, format] = what.split('-');
    const live = chart === 'uptake' ? this.charts[0] : this.charts[1];
    if (format === 'svg') void live.svg().then((svg) => download(`${name}-${chart}.svg`, svg, 'image/svg+xml'));
    else void live.png().then((url) => downloadDataUrl(`${name}-${chart}.png`, url));
  }

  // ── what the worker says ──────────────────────────────────────────────

  private receive(message: WorkerMessage): void {
    if (message.type === 'error') {
      // A start the worker refused (an invalid setting) will send no "started".
      this.startsPending = Math.max(0, this.startsPending - 1);
      return this.say(message.message, true);
    }
    if (message.type === 'started') {
      this.startsPending--;
      if (this.startsPending === 0) this.started(message.scenario, message.arms, message.picture);
      return;
    }
    if (this.startsPending > 0) return;
    switch (message.type) {
      case 'catching-up':
        return this.say(`Re-running both panels with the new setting… week ${message.weeksDone} of ${message.toWeek}`);
      case 'frame':
        return this.frame(message.weeks, message.snapshots);
      case 'playing':
        this.playing = message.playing;
        this.finished = message.finished;
        // The opening hint ("Press Play …") has done its job once the page plays.
        if (message.playing && $('#news').dataset.hint !== undefined) this.say('');
        $('#play').textContent = message.finished ? 'Finished' : message.playing ? '❚❚ Pause' : '▶ Play';
        $<HTMLButtonElement>('#play').disabled = message.finished;
        $<HTMLButtonElement>('#step').disabled = message.playing || message.finished;
        return;
      case 'csv':
        return download(`leadsim-${this.scenario!.name}-seed${this.settings.seed}-week${this.weeksDone}.csv`, message.text, 'text/csv');
    }
  }

  private started(scenario: Scenario, arms: Pair<string>, picture: TrustPicture): void {
    this.sessions++;
    this.scenario = scenario;
    this.arms = arms;
    this.picture = picture;
    this.snapshots = null;
    this.stale = [false, false];
    this.weeksDone = 0;
    this.finished = false;
    this.lastPoints = [[], []];
    this.perf.reset();
    $<HTMLInputElement>('#seed').value = String(scenario.seed);
    $('#weeks').textContent = `of ${scenario.weeks}`;
    $('#week').textContent = 'Week 0';
    $('#title-left').textContent = arms[0];
    $('#title-right').textContent = arms[1];
    this.sides.forEach((side, i) => {
      side.network.setTrust(picture);
      side.arm.replaceChildren(...this.preset.scenario.arms.map((arm) => new Option(arm.name, arm.name, false, arm.name === arms[i])));
      // The other panel's arm cannot be chosen twice.
      for (const option of side.arm.options) option.disabled = option.value === arms[1 - i];
      const arm = scenario.arms.find((a) => a.name === arms[i])!;
      $('.explain', side.root).textContent = arm.description ?? RULE_SETS[arm.rules as keyof typeof RULE_SETS]?.description ?? '';
      this.drawArmKnobs(i as 0 | 1, arm.rules);
    });
    this.drawRoomKnobs();
    this.fillViews([]);
    this.charts.forEach((chart, i) => void chart.reset(arms, scenario.weeks, this.pendingBefore[i]));
    this.pendingBefore = [[], []];
  }

  private frame(weeks: WeekReport[], snapshots: Pair<ArmSnapshot> | null): void {
    if (this.rerunning) {
      this.rerunning = false;
      this.say('Re-ran both panels from week 0 with the new setting (same trust, same seed): the faint dashed lines are the run before.');
    }
    for (const report of weeks) {
      this.perf.week(report.stepMs);
      report.points.forEach((points, side) => this.charts.forEach((chart) => chart.addWeek(this.arms[side], points)));
      this.lastPoints = report.points;
      this.weeksDone = report.weeksDone;
      if (report.outcomes.length > 0) this.tellOutcomes(report.outcomes);
    }
    if (snapshots !== null) {
      this.snapshots = snapshots;
      this.stale = [true, true];
      this.fillViews(snapshots.flatMap((s) => s.initiatives.filter((i) => i.origin === 'idea' && i.name.startsWith('room-idea-')).map((i) => i.name)));
      this.drawNetwork();
    }
    this.queueDraw();
  }

  /**
   * The next panel with a snapshot not yet drawn, now; the other once the
   * frame that shows this one is over. One network per frame: without a GPU,
   * each is read back from software WebGL in the frame, and two would hold
   * the page up twice as long.
   */
  private drawNetwork(): void {
    const side = this.stale.indexOf(true);
    if (this.drawingNetwork || side < 0 || this.snapshots === null) return;
    this.drawingNetwork = true;
    this.stale[side] = false;
    const session = this.sessions;
    const started = performance.now();
    const drawn = this.sides[side].network.show(this.snapshots[side]);
    const updateMs = performance.now() - started;
    void drawn.then((frameMs) => {
      const spentMs = updateMs + frameMs;
      // A panel of a session since replaced is no longer the worker's concern.
      const current = session === this.sessions;
      if (current) this.perf.frame(spentMs);
      // Then rest twice as long as that took: the networks take at most a
      // third of the page's time and leave the processor to the simulation,
      // the charts and the controls (and, without a GPU, to the software
      // rasterizer the next frame waits for). On a slow machine they then skip
      // a week now and then; the week, the figures and the charts show every week.
      setTimeout(() => {
        this.drawingNetwork = false;
        // Both panels drawn: ready for the next snapshot.
        if (current && !this.stale.includes(true)) this.send({ type: 'drawn' });
        else this.drawNetwork();
      }, 2 * spentMs);
    });
  }

  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => this.draw());
  }

  /** Week, figures and charts, at most once per animation frame. */
  private draw(): void {
    this.drawQueued = false;
    for (const chart of this.charts) void chart.flush();
    $('#week').textContent = `Week ${this.weeksDone}`;
    this.sides.forEach((s, i) => this.drawFigures(s.root, this.lastPoints[i]));
    this.perf.show();
  }

  private drawFigures(root: HTMLElement, points: WeekReport['points'][number]): void {
    const value = (metric: string) => points.find((p) => p.metric === metric)?.value;
    const engagement = value('engagement_trainees');
    $('.figures', root).innerHTML =
      `Adopted <b>${percent(value('uptake_total'))}</b> (committed ${percent(value('uptake_committed'))})` +
      ` · trainee engagement <b>${engagement == null ? '–' : engagement.toFixed(1)}</b>` +
      ` · trainees' leadership <b>${percent(value('trainee_leadership_share'))}</b>`;
  }

  private tellOutcomes(outcomes: Outcome[]): void {
    this.say(outcomes.map((o) => `Week ${o.week + 1}, ${o.arm}: ${o.text}`).join('\n'));
    const launched = outcomes.find((o) => o.initiative !== null);
    if (launched) {
      this.view = { initiative: launched.initiative };
      this.send({ type: 'view', view: this.view });
    }
  }

  private fillViews(roomIdeas: string[]): void {
    const select = $<HTMLSelectElement>('#view');
    const scheduled = this.scenario!.initiatives.map((i) => [i.name, `${i.name} (${i.scope === 'trust' ? 'trust' : i.scope}, wk ${i.week})`]);
    const ideas = [...new Set(roomIdeas)].map((name) => [name, `the room's idea (${name.replace('room-idea-', '')})`]);
    const options = [['', 'every change at once'], ...scheduled, ...ideas];
    if (select.options.length !== options.length) select.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
    select.value = this.view.initiative ?? '';
    const initiative = this.scenario!.initiatives.find((i) => i.name === this.view.initiative);
    const states: ViewState[] = [...VIEW_STATES].filter((s) => s !== 'out of scope' || (initiative !== undefined ? initiative.scope !== 'trust' : this.view.initiative !== null));
    drawLegend($('#legend'), states);
  }

  private drawArmKnobs(side: 0 | 1, rules: string): void {
    const ruleSet = RULE_SETS[rules as keyof typeof RULE_SETS];
    const parameters = this.settings.arms[side].parameters;
    $('.knobs', this.sides[side].root).replaceChildren(
      ...ARM_KNOBS.filter((name) => parameters[name] !== undefined).map((name) => {
        const info = ruleSet.parameters[name] as ParameterInfo;
        return knob(
          { label: KNOB_LABELS[name], description: info.description, min: info.min, max: info.max, step: 0.05, value: parameters[name]!, format: (v) => v.toFixed(2) },
          (value) => this.tweakArm(side, name, value),
        );
      }),
    );
  }

  private drawRoomKnobs(): void {
    const { initiatives } = this.preset.scenario;
    const knobs: HTMLElement[] = [];
    if (initiatives.length > 0) {
      const written = initiatives.map((i) => i.complexity);
      knobs.push(
        knob(
          {
            label: 'Complexity',
            description: 'How much social reinforcement adoption needs, 0 (simple: one contact is enough) to 1 (strongly complex; Centola & Macy 2007). Sets every scheduled change.',
            min: 0,
            max: 1,
            step: 0.05,
            value: this.settings.complexity ?? written.reduce((a, b) => a + b, 0) / written.length,
            format: (v) => v.toFixed(2),
            ...(this.settings.complexity === null ? { untouched: `as written (${[...new Set(written)].join('/')})` } : {}),
          },
          (complexity) => this.restart({ ...this.settings, complexity }, this.weeksDone, true),
        ),
      );
    }
    knobs.push(
      knob(
        {
          label: 'Foundation rotation',
          description: 'Weeks between changeovers for FY1, FY2 doctors and medical students (scenario trust.rotations.foundationWeeks; 17 ≈ four months).',
          min: 4,
          max: 52,
          step: 1,
          value: this.settings.foundationWeeks,
          format: (v) => `every ${v} wk`,
        },
        (foundationWeeks) => this.restart({ ...this.settings, foundationWeeks }, this.weeksDone, true),
      ),
    );
    $('#room-knobs').replaceChildren(...knobs);
  }

  private hover(side: 0 | 1, slot: number | null, at: { x: number; y: number }): void {
    if (slot === null || this.snapshots === null || this.picture === null) return this.card.hide();
    const box = $('.network', this.sides[side].root).getBoundingClientRect();
    const select = $<HTMLSelectElement>('#view');
    const viewName = this.view.initiative === null ? 'Changes' : select.selectedOptions[0]?.text.split(' (')[0] ?? 'Change';
    this.card.show(this.picture, this.snapshots[side], slot, viewName, { x: box.left + at.x, y: box.top + at.y });
  }

  private say(text: string, error = false): void {
    const news = $('#news');
    delete news.dataset.hint;
    news.textContent = text;
    news.classList.toggle('error', error);
  }
}

async function main(): Promise<void> {
  new Demo((await (await fetch('presets.json')).json()) as Bundle);
}

void main();

/**
 * What the room does
 * ==================
 *
 *   buttons, keys, selects, sliders, clicks ─► the room's choices ─► SessionClient
 *
 * Holds what the room chose (the preset, the settings, the change the colours
 * show) and keeps the controls showing it. A change of preset, seed or arm
 * starts a new session; a slider re-runs both panels to the week reached,
 * keeping the curves before it.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { LEADER_ROLES } from '../shared/interventions.ts';
import type { Intervention, Outcome } from '../shared/interventions.ts';
import { SIDES, mapPair, withSide } from '../shared/pair.ts';
import type { Pair, Side } from '../shared/pair.ts';
import type { Preset } from '../shared/protocol.ts';
import { armChoice, armNamed, defaultSettings } from '../shared/settings.ts';
import type { ArmKnob, RoomSettings } from '../shared/settings.ts';
import { VIEW_STATES } from '../shared/view.ts';
import type { ArmSnapshot, View } from '../shared/view.ts';
import type { LiveChart } from './charts.ts';
import { News, element, elementOf } from './dom.ts';
import { download, downloadDataUrl } from './downloads.ts';
import type { DrawingScheduler } from './drawing.ts';
import { drawLegend } from './legend.ts';
import type { SessionClient, StartedSession } from './session-client.ts';
import { armKnobs, bundledRuleSet, roomKnobs } from './what-if.ts';
import type { RoomChange } from './what-if.ts';

/** A panel's own controls: the arm shown, what it stands for, its sliders. */
export interface PanelControls {
  root: HTMLElement;
  arm: HTMLSelectElement;
}

export class Controls {
  private preset: Preset;
  private settings: RoomSettings;
  private view: View = { initiative: null };
  private readonly presetSelect = elementOf(HTMLSelectElement, '#preset');
  private readonly viewSelect = elementOf(HTMLSelectElement, '#view');
  private readonly speedSelect = elementOf(HTMLSelectElement, '#speed');
  private readonly seedInput = elementOf(HTMLInputElement, '#seed');
  private readonly playButton = elementOf(HTMLButtonElement, '#play');
  private readonly stepButton = elementOf(HTMLButtonElement, '#step');
  private readonly roleSelect = elementOf(HTMLSelectElement, '#leader-role');

  constructor(
    private readonly presets: readonly Preset[],
    private readonly client: SessionClient,
    private readonly drawing: DrawingScheduler,
    private readonly panels: Pair<PanelControls>,
    private readonly charts: Pair<LiveChart>,
    private readonly news: News,
  ) {
    if (presets.length === 0) throw new Error('presets.json offers no scenario with two arms');
    this.preset = presets[0];
    this.settings = defaultSettings(this.preset.scenario);
    this.wire();
    this.choosePreset(this.preset.name);
  }

  /** The session has started: the controls show its scenario, arms and sliders. */
  started({ scenario, arms }: StartedSession): void {
    this.seedInput.value = String(scenario.seed);
    element('#weeks').textContent = `of ${scenario.weeks}`;
    element('#title-left').textContent = arms[0];
    element('#title-right').textContent = arms[1];
    for (const side of SIDES) {
      const { root, arm: select } = this.panels[side];
      select.replaceChildren(...this.preset.scenario.arms.map((arm) => new Option(arm.name, arm.name, false, arm.name === arms[side])));
      // The other panel's arm cannot be chosen twice.
      for (const option of select.options) option.disabled = option.value === arms[side === 0 ? 1 : 0];
      const arm = armNamed(scenario, arms[side]);
      element('.explain', root).textContent = arm.description ?? bundledRuleSet(arm.rules)?.description ?? '';
      element('.knobs', root).replaceChildren(...armKnobs(arm.rules, this.settings.arms[side].parameters, (name, value) => { this.tweakArm(side, name, value); }));
    }
    element('#room-knobs').replaceChildren(...roomKnobs(this.preset.scenario, this.settings, (change) => { this.changeRoom(change); }));
    this.fillViews(scenario, []);
  }

  playing(playing: boolean, finished: boolean): void {
    if (playing) this.news.playing();
    this.playButton.textContent = finished ? 'Finished' : playing ? '❚❚ Pause' : '▶ Play';
    this.playButton.disabled = finished;
    this.stepButton.disabled = playing || finished;
  }

  /** The room's ideas launched so far join the changes the colours can show. */
  snapshotsArrived(snapshots: Pair<ArmSnapshot>): void {
    const scenario = this.client.session?.scenario;
    if (scenario === undefined) return;
    this.fillViews(scenario, snapshots.flatMap((s) => s.initiatives.filter((i) => i.origin === 'idea' && i.name.startsWith('room-idea-')).map((i) => i.name)));
  }

  /** Says what came of the room's interventions; colours by an idea it launched. */
  outcomes(outcomes: readonly Outcome[]): void {
    if (outcomes.length === 0) return;
    this.news.say(outcomes.map((o) => `Week ${o.week + 1}, ${o.arm}: ${o.text}`).join('\n'));
    const launched = outcomes.find((o) => o.initiative !== null);
    if (launched) {
      this.view = { initiative: launched.initiative };
      this.client.view(this.view);
    }
  }

  csv(text: string): void {
    download(`${this.fileName()}.csv`, text, 'text/csv');
  }

  /** What the hover card calls the change shown. */
  viewName(): string {
    return this.view.initiative === null ? 'Changes' : this.viewSelect.selectedOptions.item(0)?.text.split(' (')[0] ?? 'Change';
  }

  intervene(intervention: Intervention): void {
    if (!this.client.intervene(intervention)) return;
    const what = intervention.kind === 'departure' ? `The ${intervention.role.replace('-', ' ')} leaves` : 'That person proposes an idea';
    this.news.say(`${what} in week ${this.client.weeksDone + 1}, in both panels${this.client.playing ? '' : ' — press Play or Step'}.`);
  }

  private wire(): void {
    this.presetSelect.replaceChildren(...this.presets.map((p) => new Option(p.name, p.name)));
    this.presetSelect.addEventListener('change', () => { this.choosePreset(this.presetSelect.value); });
    this.seedInput.addEventListener('change', () => {
      const seed = Number(this.seedInput.value);
      if (Number.isInteger(seed) && seed >= 0) this.restart({ ...this.settings, seed }, 0);
    });
    this.playButton.addEventListener('click', () => { this.client.togglePlay(this.speed()); });
    this.stepButton.addEventListener('click', () => { this.client.step(); });
    element('#reset').addEventListener('click', () => { this.restart(this.settings, 0); });
    this.speedSelect.addEventListener('change', () => { this.client.speed(this.speed()); });
    this.viewSelect.addEventListener('change', () => { this.chooseView(this.viewSelect.value); });
    this.roleSelect.replaceChildren(...LEADER_ROLES.map((r) => new Option(r.replace('-', ' '), r)));
    element('#leader-leaves').addEventListener('click', () => { this.intervene({ kind: 'departure', role: LEADER_ROLES[this.roleSelect.selectedIndex] }); });
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
      const what = button.dataset.download ?? '';
      button.addEventListener('click', () => { this.download(what); });
    }
    for (const side of SIDES) {
      const select = this.panels[side].arm;
      select.addEventListener('change', () => { this.chooseArm(side, select.value); });
    }
    document.addEventListener('keydown', (event) => { this.key(event); });
  }

  private key(event: KeyboardEvent): void {
    // Typing a seed or moving a slider with the arrows is not a command.
    const typing = event.target instanceof Element && event.target.matches('input, select, textarea');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === ' ') this.client.togglePlay(this.speed());
    else if (event.key === 'ArrowRight') this.client.step();
    else if (event.key === 'r' || event.key === 'R') this.restart(this.settings, 0);
    else return;
    event.preventDefault();
  }

  private speed(): number | null {
    const value = this.speedSelect.value;
    return value === '' ? null : Number(value);
  }

  private choosePreset(name: string): void {
    this.preset = this.presets.find((p) => p.name === name) ?? this.presets[0];
    this.presetSelect.value = this.preset.name;
    this.view = { initiative: this.preset.scenario.initiatives.find((i) => i.scope === 'trust')?.name ?? null };
    this.restart(defaultSettings(this.preset.scenario), 0);
  }

  private chooseArm(side: Side, name: string): void {
    this.restart({ ...this.settings, arms: withSide(this.settings.arms, side, armChoice(this.preset.scenario, name)) }, this.client.weeksDone);
  }

  private chooseView(value: string): void {
    this.view = { initiative: value === '' ? null : value };
    this.client.view(this.view);
  }

  /** A new session; with `keepBefore`, the current curves stay as "before the change". */
  private restart(settings: RoomSettings, toWeek: number, keepBefore = false): void {
    this.drawing.keepBefore(keepBefore, this.client.starting);
    this.settings = settings;
    this.client.start(this.preset.scenario, settings, this.view, toWeek);
  }

  private tweakArm(side: Side, name: ArmKnob, value: number): void {
    const arms = mapPair(this.settings.arms, (arm, s) => (s === side ? { ...arm, parameters: { ...arm.parameters, [name]: value } } : arm));
    this.restart({ ...this.settings, arms }, this.client.weeksDone, true);
  }

  private changeRoom(change: RoomChange): void {
    this.restart({ ...this.settings, ...change }, this.client.weeksDone, true);
  }

  private fileName(): string {
    return `leadsim-${this.client.session?.scenario.name ?? this.preset.name}-seed${this.settings.seed}-week${this.client.weeksDone}`;
  }

  private download(what: string): void {
    if (what === 'csv') {
      this.client.exportCsv();
      return;
    }
    const [chart, format] = what.split('-');
    const live = chart === 'uptake' ? this.charts[0] : this.charts[1];
    const name = `${this.fileName()}-${chart}`;
    if (format === 'svg') void live.svg().then((svg) => { download(`${name}.svg`, svg, 'image/svg+xml'); });
    else void live.png().then((url) => { downloadDataUrl(`${name}.png`, url); });
  }

  private fillViews(scenario: Scenario, roomIdeas: readonly string[]): void {
    const scheduled = scenario.initiatives.map((i) => [i.name, `${i.name} (${i.scope === 'trust' ? 'trust' : i.scope}, wk ${i.week})`]);
    const ideas = [...new Set(roomIdeas)].map((name) => [name, `the room's idea (${name.replace('room-idea-', '')})`]);
    const options = [['', 'every change at once'], ...scheduled, ...ideas];
    if (this.viewSelect.options.length !== options.length) this.viewSelect.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
    this.viewSelect.value = this.view.initiative ?? '';
    const initiative = scenario.initiatives.find((i) => i.name === this.view.initiative);
    const outOfScope = initiative !== undefined ? initiative.scope !== 'trust' : this.view.initiative !== null;
    drawLegend(element('#legend'), VIEW_STATES.filter((s) => s !== 'out of scope' || outOfScope));
  }
}

/**
 * A session: the room's two arms, run week by week
 * ================================================
 *
 *   bundled scenario + settings ─► room scenario ─► the replicate's trust
 *   ─► one createRun per arm (same trust, same streams) ─► step(), step(), …
 *
 * Exactly the CLI's run (createRun, replicateTrust, scenarioMetrics,
 * resolveRules): for the same scenario, seed and arm, an untouched session's
 * numbers at week N are `leadsim run`'s for replicate 1. Interventions queue
 * up and happen inside the next week, in both arms. No DOM here: it runs in
 * the page's worker and in Node tests.
 */
import type { ScenarioResults, SeriesPoint } from '../../results/types.ts';
import { timeseriesCsv } from '../../exporters/tables/tables.ts';
import { RULE_SETS, resolveRules } from '../../leadership/index.ts';
import { createRun, replicateTrust, scenarioMetrics } from '../../run/create-run.ts';
import type { Run } from '../../run/create-run.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Intervention, Outcome } from '../shared/interventions.ts';
import { mapPair } from '../shared/pair.ts';
import type { Pair } from '../shared/pair.ts';
import type { Provenance, WeekReport } from '../shared/protocol.ts';
import { DEMO_REPLICATE, armNamed, roomScenario } from '../shared/settings.ts';
import type { RoomSettings } from '../shared/settings.ts';
import type { ArmSnapshot, TrustPicture, View } from '../shared/view.ts';
import { interventionHook } from './interventions.ts';
import { armSnapshot, trustPicture } from './snapshot.ts';

export interface Session {
  readonly scenario: Scenario;
  readonly arms: Pair<string>;
  /** The trust as it started, for drawing. */
  readonly picture: TrustPicture;
  readonly weeksDone: number;
  readonly finished: boolean;
  /** Happens inside the next week, in both arms. */
  intervene(intervention: Intervention): void;
  step(): WeekReport;
  snapshots(view: View): Pair<ArmSnapshot>;
  /** Every week so far in `leadsim run`'s timeseries.csv layout. */
  timeseriesCsv(): Promise<string>;
}

interface ArmRun {
  name: string;
  run: Run;
  series: SeriesPoint[];
}

export function createSession(preset: Scenario, settings: RoomSettings, { leadsimVersion }: Provenance): Session {
  const startedAt = new Date().toISOString();
  const scenario = roomScenario(preset, settings);
  const trust = replicateTrust(scenario, DEMO_REPLICATE);
  const metrics = scenarioMetrics(scenario);
  const arms = mapPair(settings.arms, (choice): ArmRun => {
    const arm = armNamed(scenario, choice.name);
    const run = createRun({ scenario, rules: resolveRules(arm, RULE_SETS), replicate: DEMO_REPLICATE, trust, metrics });
    return { name: arm.name, run, series: [] };
  });
  const picture = trustPicture(arms[0].run.world);
  let pending: Intervention[] = [];

  return {
    scenario,
    arms: [arms[0].name, arms[1].name],
    picture,
    get weeksDone() {
      return arms[0].run.weeksDone;
    },
    get finished() {
      return arms[0].run.finished;
    },
    intervene(intervention) {
      // One idea per person per week: a second click would repeat the first exactly.
      if (intervention.kind === 'idea' && pending.some((p) => p.kind === 'idea' && p.slot === intervention.slot)) return;
      pending.push(intervention);
    },
    step() {
      const started = performance.now();
      const week = arms[0].run.weeksDone;
      const outcomes: Outcome[] = [];
      const report = (outcome: Outcome) => { outcomes.push(outcome); };
      const points = mapPair(arms, ({ name, run, series }) => {
        const measured = run.step(pending.map((intervention) => interventionHook(intervention, week, name, report)));
        series.push(...measured);
        return measured;
      });
      pending = [];
      return { weeksDone: week + 1, points, outcomes, stepMs: performance.now() - started };
    },
    snapshots(view) {
      return mapPair(arms, ({ run }) => armSnapshot(run.world, run.weeksDone, view));
    },
    async timeseriesCsv() {
      const results: ScenarioResults = {
        scenario,
        arms: arms.map((a) => a.name),
        // A summary needs the whole run; the page exports the weeks run so far.
        runs: arms.map(({ name, series }) => ({ arm: name, replicate: DEMO_REPLICATE, series, summary: {} })),
        metrics: metrics.map(({ name, label, unit, description }) => ({ name, label, description, ...(unit === undefined ? {} : { unit }) })),
        startedAt,
        finishedAt: new Date().toISOString(),
        leadsimVersion,
        scenarioHash: await sha256Hex(JSON.stringify(scenario)),
      };
      return timeseriesCsv(results);
    },
  };
}

/** As the CLI's scenarioHash, with the Web Crypto API that browsers and Node share. */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

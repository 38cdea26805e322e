/**
 * One run of one arm, week by week
 * ================================
 *
 *   workforce of the replicate ─► world (its own copy) ─► step(): week(world) + every metric
 *
 * The single run loop: `runReplicate` steps it to the end, the browser demo
 * steps it live and may pass extra hooks for a week (the room's
 * interventions). Nothing here touches the file system, so it runs in a
 * browser worker too.
 */
import type { MetricInfo, SeriesPoint } from '../results/types.ts';
import type { ResolvedRules } from '../leadership/resolve.ts';
import type { Metric } from '../metrics/metric.ts';
import { TRUST_METRICS, initiativeMetrics } from '../metrics/trust-metrics.ts';
import { week } from '../model/week.ts';
import type { WeekHook } from '../model/week.ts';
import { createWorld } from '../model/world.ts';
import type { World } from '../model/world.ts';
import { stream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { buildScenarioWorkforce } from '../trust/build-trust.ts';
import type { Workforce } from '../trust/workforce.ts';

export interface RunSpec {
  scenario: Scenario;
  rules: ResolvedRules;
  replicate: number;
  /** The replicate's trust, shared by its arms; the run works on a copy. */
  trust: Workforce;
  metrics: readonly Metric[];
  hooks?: readonly WeekHook[];
}

export interface Run {
  readonly world: World;
  /** Weeks run so far; the next step runs this week. */
  readonly weeksDone: number;
  readonly finished: boolean;
  /** Runs the next week (with the run's hooks and any extra ones) and returns every metric measured after it. */
  step(extraHooks?: readonly WeekHook[]): SeriesPoint[];
}

export function createRun({ scenario, rules, replicate, trust, metrics, hooks = [] }: RunSpec): Run {
  const world = createWorld(scenario, trust, (agents, model) => rules.create(agents, model), stream(scenario.seed, 'replicate', replicate));
  let weeksDone = 0;
  return {
    world,
    get weeksDone() {
      return weeksDone;
    },
    get finished() {
      return weeksDone >= scenario.weeks;
    },
    step(extraHooks = []) {
      if (weeksDone >= scenario.weeks) throw new RangeError(`the run has finished its ${scenario.weeks} weeks`);
      world.week = weeksDone;
      week(world, extraHooks.length === 0 ? hooks : [...hooks, ...extraHooks]);
      weeksDone++;
      return metrics.map((metric) => ({ week: world.week, metric: metric.name, value: metric.measure(world) }));
    },
  };
}

/** Every metric a run of this scenario records: the bundled ones, one uptake series per scheduled initiative, and any extra. */
export function scenarioMetrics(scenario: Scenario, extra: readonly Metric[] = []): Metric[] {
  return [...TRUST_METRICS, ...initiativeMetrics(scenario), ...extra];
}

/** A metric as results carry it: how to show it, without its measure. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- naming the measure is how the rest leaves it out
export function metricInfo({ measure: _measure, ...info }: Metric): MetricInfo {
  return info;
}

/** The trust (or region) of a replicate: built from the replicate's own stream, so every arm and design point with the same trust settings gets the same one. */
export function replicateTrust(scenario: Scenario, replicate: number): Workforce {
  return buildScenarioWorkforce(scenario, stream(scenario.seed, 'replicate', replicate, 'trust'));
}

/**
 * Run one replicate of one arm
 * ============================
 *
 *   workforce (shared by the arms) ─► world (its own copy: agents, contacts, rules)
 *   ─► week 0 … weeks − 1: week(world), then every metric (createRun) ─► run summary
 *
 * The world's random streams are named by (seed, replicate, purpose, week),
 * never by the arm: arms of a replicate share common random numbers, so their
 * differences come from the rules.
 */
import type { RunResult, SeriesPoint } from '../results/types.ts';
import type { ResolvedRules } from '../leadership/resolve.ts';
import type { Metric } from '../metrics/metric.ts';
import type { TrustMetric } from '../metrics/trust-metric.ts';
import type { WeekHook } from '../model/week.ts';
import type { World } from '../model/world.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Workforce } from '../trust/workforce.ts';
import { createRun } from './create-run.ts';
import { summarise } from './summary.ts';

export interface ReplicateOptions {
  scenario: Scenario;
  arm: string;
  rules: ResolvedRules;
  replicate: number;
  trust: Workforce;
  metrics: readonly Metric[];
  /** Per-trust metrics: when given, the result carries the run by trust (`trusts`). */
  trustMetrics?: readonly TrustMetric[];
  hooks?: readonly WeekHook[];
}

export interface Replicate {
  result: RunResult;
  /** The final world; its graph (made when first read) carries every person's attributes at the end. */
  world: World;
}

export function runReplicate({ scenario, arm, rules, replicate, trust, metrics, trustMetrics, hooks = [] }: ReplicateOptions): Replicate {
  const run = createRun({ scenario, rules, replicate, trust, metrics, trustMetrics, hooks });
  const { world } = run;
  const series: SeriesPoint[] = [];
  while (!run.finished) series.push(...run.step());
  const result: RunResult = { arm, replicate, series, summary: summarise(world, series) };
  const trusts = run.trustResult();
  if (trusts !== undefined) result.trusts = trusts;
  return { result, world };
}

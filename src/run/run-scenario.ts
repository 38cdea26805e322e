/**
 * Run a scenario
 * ==============
 *
 *   scenario ─► for each replicate: build the trust once (seeded by replicate)
 *            ─► for each arm: run the replicate on a copy ─► ScenarioResults
 *
 * Every arm of a replicate runs on the same trust with the same random
 * streams (common random numbers). Rule sets, metrics and week hooks can be
 * added from code without editing src/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { ScenarioResults } from '../results/types.ts';
import { RULE_SETS, resolveRules, withRuleSets } from '../leadership/index.ts';
import type { RuleSet, RuleSetRegistry } from '../leadership/index.ts';
import type { Metric } from '../metrics/metric.ts';
import { perTrustMetrics } from '../metrics/per-trust.ts';
import type { TrustMetric } from '../metrics/trust-metric.ts';
import type { WeekHook } from '../model/week.ts';
import type { World } from '../model/world.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Workforce } from '../trust/workforce.ts';
import { metricInfo, replicateTrust, scenarioMetrics } from './create-run.ts';
import { runReplicate } from './run-replicate.ts';
import { summaryMetrics } from './summary.ts';
import type { Replicate } from './run-replicate.ts';

const packageJson: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
export const LEADSIM_VERSION: string =
  typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson && typeof packageJson.version === 'string' ? packageJson.version : 'unknown';

export interface RunOptions {
  /** Rule sets arms may name besides the bundled ones: a list, or a registry keyed by their names. */
  ruleSets?: RuleSetRegistry | readonly RuleSet[];
  /** Metrics recorded every week besides the bundled ones. */
  metrics?: readonly Metric[];
  /**
   * Record each run trust by trust too (`RunResult.trusts`: per-trust metrics, spread between trusts,
   * flows). `runScenario` always does (trusts.csv and the other trust files come from it); `runArms` only when asked.
   */
  byTrust?: boolean;
  /** Per-trust metrics recorded besides the bundled ones (with `byTrust`). */
  trustMetrics?: readonly TrustMetric[];
  hooks?: readonly WeekHook[];
  /** Called with each replicate's trust when it is built, before its runs (e.g. to report the trust's size). */
  onTrust?: (replicate: number, trust: Workforce) => void;
  /** Called after each run, e.g. to show progress. */
  onRun?: (done: number, total: number, arm: string, replicate: number) => void;
  /** Keep each run's final world (its graph has everyone's attributes at the end). */
  keepWorlds?: boolean;
}

export interface ScenarioRun {
  results: ScenarioResults;
  /** Final worlds by `${arm}/${replicate}`, when asked for. */
  worlds: Map<string, World>;
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioRun {
  const startedAt = new Date().toISOString();
  const metrics = scenarioMetrics(scenario, options.metrics);
  const worlds = new Map<string, World>();
  const runs: ScenarioResults['runs'] = [];
  const total = scenario.replicates * scenario.arms.length;

  for (let replicate = 1; replicate <= scenario.replicates; replicate++) {
    const trust = replicateTrust(scenario, replicate);
    options.onTrust?.(replicate, trust);
    for (const { result, world } of runArms(scenario, replicate, { ...options, byTrust: true }, trust)) {
      runs.push(result);
      if (options.keepWorlds) worlds.set(`${result.arm}/${replicate}`, world);
      options.onRun?.(runs.length, total, result.arm, replicate);
    }
  }

  return {
    results: {
      scenario,
      arms: scenario.arms.map((arm) => arm.name),
      runs,
      metrics: [...metrics.map(metricInfo), ...summaryMetrics(scenario)],
      trustMetrics: perTrustMetrics(scenario, options.trustMetrics).map(metricInfo),
      startedAt,
      finishedAt: new Date().toISOString(),
      leadsimVersion: LEADSIM_VERSION,
      scenarioHash: scenarioHash(scenario),
    },
    worlds,
  };
}

/**
 * One replicate under every arm: the trust is built once from the replicate's
 * stream and each arm runs on a copy, so arms share it and their random numbers.
 */
export function runArms(
  scenario: Scenario,
  replicate: number,
  options: Omit<RunOptions, 'onRun' | 'onTrust' | 'keepWorlds'> = {},
  trust: Workforce = replicateTrust(scenario, replicate),
): Replicate[] {
  const registry = options.ruleSets === undefined ? RULE_SETS : withRuleSets(RULE_SETS, options.ruleSets);
  const metrics = scenarioMetrics(scenario, options.metrics);
  const trustMetrics = options.byTrust === true ? perTrustMetrics(scenario, options.trustMetrics) : [];
  return scenario.arms.map((arm) =>
    runReplicate({ scenario, arm: arm.name, rules: resolveRules(arm, registry), replicate, trust, metrics, trustMetrics, hooks: options.hooks }),
  );
}

/** SHA-256 of the scenario's JSON with defaults filled (key order as the schema gives it). */
export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

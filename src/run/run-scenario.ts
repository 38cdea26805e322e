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

import type { ScenarioResults } from '../exporters/results.ts';
import { RULE_SETS, resolveRules } from '../leadership/index.ts';
import type { RuleParameters, RuleSet } from '../leadership/index.ts';
import type { Metric } from '../metrics/metric.ts';
import { TRUST_METRICS, initiativeMetrics } from '../metrics/trust-metrics.ts';
import type { WeekHook } from '../model/week.ts';
import type { World } from '../model/world.ts';
import { stream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { buildTrust } from '../trust/build-trust.ts';
import { runReplicate } from './run-replicate.ts';

export const LEADSIM_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

export interface RunOptions {
  /** Rule sets arms may name besides the bundled ones. */
  ruleSets?: Readonly<Record<string, RuleSet<RuleParameters>>>;
  /** Metrics recorded every week besides the bundled ones. */
  metrics?: readonly Metric[];
  hooks?: readonly WeekHook[];
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
  const registry = { ...RULE_SETS, ...options.ruleSets };
  const arms = scenario.arms.map((arm) => ({ name: arm.name, rules: resolveRules(arm, registry) }));
  const metrics = [...TRUST_METRICS, ...initiativeMetrics(scenario), ...(options.metrics ?? [])];
  const worlds = new Map<string, World>();
  const runs: ScenarioResults['runs'] = [];
  const total = scenario.replicates * arms.length;

  for (let replicate = 1; replicate <= scenario.replicates; replicate++) {
    const trust = buildTrust(scenario.trust, stream(scenario.seed, 'replicate', replicate, 'trust'));
    for (const arm of arms) {
      const { result, world } = runReplicate({ scenario, arm: arm.name, rules: arm.rules, replicate, trust, metrics, hooks: options.hooks });
      runs.push(result);
      if (options.keepWorlds) worlds.set(`${arm.name}/${replicate}`, world);
      options.onRun?.(runs.length, total, arm.name, replicate);
    }
  }

  return {
    results: {
      scenario,
      arms: arms.map((arm) => arm.name),
      runs,
      metrics: metrics.map(({ name, label, unit, description }) => ({ name, label, description, ...(unit === undefined ? {} : { unit }) })),
      startedAt,
      finishedAt: new Date().toISOString(),
      leadsimVersion: LEADSIM_VERSION,
      scenarioHash: scenarioHash(scenario),
    },
    worlds,
  };
}

/** SHA-256 of the scenario's JSON with defaults filled (key order as the schema gives it). */
export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

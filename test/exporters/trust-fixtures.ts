/** Results recorded by trust, by hand: three trusts, two arms × two replicates, weeks 0–1. */
import type { RunResult, ScenarioResults, TrustRunResult } from '../../src/results/index.ts';
import { tinyResults } from './fixtures.ts';

export const TRUST_NAMES = ['northgate', 'eastfield', 'westmoor'];

export function trustRun(arm: string, replicate: number, movers: number, names = TRUST_NAMES): TrustRunResult {
  const n = names.length;
  const row = (base: number) => [...names.map((_, t) => base + t / 8), base + 1 / 2];
  return {
    names,
    headcount: names.map((_, t) => 100 * (t + 1) + replicate),
    // Out of order: the tables must sort them.
    series: [
      { week: 1, metric: 'uptake_total', values: row(0.25) },
      { week: 1, metric: 'uptake:sepsis-bundle', values: row(0.5) },
      { week: 0, metric: 'uptake:sepsis-bundle', values: row(0) },
      { week: 0, metric: 'uptake_total', values: [...names.map(() => null), null] },
      { week: 1, metric: 'engagement_trainees', values: row(6) },
      { week: 0, metric: 'engagement_trainees', values: row(5) },
    ],
    spread: [{ initiative: 'sepsis-bundle', firstAdopted: [...names.map((_, t) => (t === 1 ? null : t)), 0], succeeded: [...names.map((_, t) => (t === 0 ? 5 : null)), null] }],
    flows: n < 2 ? [] : [
      { from: 0, to: 1, movers, ideasCarried: 2, carriedLaunched: 1, carriedSucceeded: 1, carriedAbandoned: 0 },
      { from: 2, to: 0, movers: 1, ideasCarried: 0, carriedLaunched: 0, carriedSucceeded: 0, carriedAbandoned: 0 },
    ],
  };
}

/** tinyResults with each run recorded by trust; movers from northgate to eastfield: 2 and 4 (collective), 1 and 3 (heroic). */
export function trustResults(names = TRUST_NAMES): ScenarioResults {
  const results = tinyResults();
  const movers: Record<string, number> = { 'collective/1': 2, 'collective/2': 4, 'heroic/1': 1, 'heroic/2': 3 };
  return {
    ...results,
    runs: results.runs.map((run): RunResult => ({ ...run, trusts: trustRun(run.arm, run.replicate, movers[`${run.arm}/${run.replicate}`], names) })),
    trustMetrics: [
      { name: 'uptake_total', label: 'Uptake', description: 'd' },
      { name: 'engagement_trainees', label: 'Trainee engagement', description: 'd' },
    ],
  };
}

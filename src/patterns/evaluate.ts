/**
 * Evaluate the patterns on a scenario
 * ===================================
 *
 *   scenario ─► variants (each validated like a scenario file)
 *            ─► replicates × variants × arms, common random numbers throughout
 *            ─► each pattern's value per replicate ─► mean, 95% interval, verdict
 *
 * Every variant of a replicate is built from the same seed, so a difference
 * between variants (with and without a departure, clustered or random team
 * ties) is paired as the arms are. The interval is the t interval, kept inside
 * the pattern's `bounds` where it has them (`boundedInterval`).
 */
import { availableParallelism } from 'node:os';

import { Piscina } from 'piscina';

import { LeadsimError } from '../errors.ts';
import type { RunResult } from '../results/types.ts';
import { workerBeside, workerExecArgv } from '../run/worker-module.ts';
import { parseScenario } from '../scenario/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { boundedInterval } from '../statistics/bounds.ts';
import { mean, standardDeviation } from '../statistics/sample.ts';
import { armFor, patterns as catalogue, variants as allVariants } from './catalogue.ts';
import type { PatternResult, ReplicateRuns } from './pattern.ts';
import { verdictOf } from './pattern.ts';
import runPatternTask from './worker.ts';
import type { PatternTask } from './worker.ts';

export interface PatternOptions {
  /** Replicates (default: the scenario's). */
  replicates?: number;
  /** Worker threads (default: one per core); 1 runs in this thread. Results are the same for any number. */
  workers?: number;
  /** After each run, e.g. for progress. */
  onRun?: (done: number, total: number) => void;
}

export interface PatternReport {
  readonly scenario: Scenario;
  readonly replicates: number;
  readonly runs: number;
  readonly results: PatternResult[];
  /** Variants that could not be made from this scenario, with the reason. */
  readonly notApplicable: Readonly<Record<string, string>>;
}

export async function evaluatePatterns(scenario: Scenario, options: PatternOptions = {}): Promise<PatternReport> {
  const replicates = options.replicates ?? scenario.replicates;
  for (const role of ['heroic', 'collective']) armFor(scenario, role);

  const made = new Map<string, Scenario>();
  const notApplicable: Record<string, string> = {};
  for (const variant of allVariants()) {
    const input = variant.make(scenario);
    if (input === null) notApplicable[variant.name] = `${variant.description}: not possible in this scenario`;
    else made.set(variant.name, parseScenario(input, `${scenario.name}, variant ${variant.name}`));
  }

  const tasks = Array.from({ length: replicates }, (_, r) => [...made].map(([name, variant]) => ({ name, task: { scenario: variant, replicate: r + 1 } }))).flat();
  const total = tasks.reduce((sum, { task }) => sum + task.scenario.arms.length, 0);
  let done = 0;
  const runs = new Map<string, RunResult>();
  const record = (name: string, results: RunResult[]) => {
    for (const result of results) runs.set(`${name}/${result.arm}/${result.replicate}`, result);
    done += results.length;
    options.onRun?.(done, total);
  };
  const workers = options.workers ?? availableParallelism();
  if (workers <= 1) for (const { name, task } of tasks) record(name, runPatternTask(task));
  else {
    const worker = workerBeside(import.meta.url);
    const pool = new Piscina<PatternTask, RunResult[]>({
      filename: worker.href,
      minThreads: workers,
      maxThreads: workers,
      execArgv: workerExecArgv(worker),
    });
    try {
      await Promise.all(
        tasks.map(async ({ name, task }) => {
          record(name, await pool.run(task));
        }),
      );
    } finally {
      await pool.destroy();
    }
  }

  const results = catalogue(scenario).map((pattern): PatternResult => {
    const missing = pattern.variants.filter((v) => !made.has(v));
    if (missing.length > 0) return { pattern, n: 0, estimate: null, ci: null, verdict: 'inconclusive', note: missing.map((v) => notApplicable[v]).join('; ') };
    const values: number[] = [];
    for (let replicate = 1; replicate <= replicates; replicate++) {
      const at: ReplicateRuns = {
        replicate,
        run: (variant, arm) => {
          const run = runs.get(`${variant}/${arm}/${replicate}`);
          if (run === undefined) throw new LeadsimError(`patterns: pattern "${pattern.id}" reads arm "${arm}" of variant "${variant}", which the variant does not run.`);
          return run;
        },
      };
      const value = pattern.value(at);
      if (value !== null) values.push(value);
    }
    const n = values.length;
    if (n === 0) return { pattern, n, estimate: null, ci: null, verdict: 'inconclusive', note: 'undefined in every replicate' };
    const estimate = mean(values);
    const ci = n < 2 ? null : boundedInterval(estimate, standardDeviation(values, estimate), n, pattern.bounds, 0.95, `pattern ${pattern.id}`);
    return { pattern, n, estimate, ci, verdict: verdictOf(pattern.expect, pattern.reference, ci) };
  });
  return { scenario, replicates, runs: total, results, notApplicable };
}

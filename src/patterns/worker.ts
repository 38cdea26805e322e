/**
 * Patterns worker
 * ===============
 *
 * One task, a variant's replicate under each of its arms, on a worker thread.
 * Every draw comes from streams named by the seed and the replicate, so a
 * task gives the same results on any thread, in any order.
 */
import type { RunResult } from '../results/types.ts';
import { runArms } from '../run/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface PatternTask {
  readonly scenario: Scenario;
  readonly replicate: number;
}

export default function runPatternTask({ scenario, replicate }: PatternTask): RunResult[] {
  return runArms(scenario, replicate).map(({ result }) => result);
}

/**
 * Sweep worker
 * ============
 *
 * Runs one task, a design point's replicate under every arm, on a worker
 * thread, and returns what the journal writes: one summary row per arm and
 * the replicate's time series as CSV text. Everything a run draws comes from
 * streams named by the scenario's seed and the replicate, so a task gives the
 * same bytes on any thread, in any order.
 */
import { stringify } from 'csv-stringify/sync';

import { SAFE_CELLS } from '../exporters/tables/csv-cell.ts';
import { csvNumber } from '../exporters/files/numbers.ts';
import { runArms } from '../run/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

/** A design point's replicate; the scenario is what the worker runs (a leadsim scenario here). */
export interface SweepTask<S = Scenario> {
  point: string;
  replicate: number;
  scenario: S;
}

export interface TaskRun {
  arm: string;
  /** The run's summary, then each series metric at the final week as `final:<metric>`. */
  values: [name: string, value: number | null][];
}

export interface TaskResult {
  runs: TaskRun[];
  /** Rows point, arm, replicate, week, metric, value (no header). */
  series: string;
}

export default function runTask({ point, replicate, scenario }: SweepTask): TaskResult {
  const last = scenario.weeks - 1;
  const runs = runArms(scenario, replicate).map(({ result }) => ({
    arm: result.arm,
    values: [
      ...Object.entries(result.summary),
      ...result.series.filter((p) => p.week === last).map((p): [string, number | null] => [`final:${p.metric}`, p.value]),
    ],
    series: result.series.map((p) => [point, result.arm, replicate, p.week, p.metric, csvNumber(p.value)]),
  }));
  return {
    runs: runs.map(({ arm, values }) => ({ arm, values })),
    series: stringify(runs.flatMap((run) => run.series), SAFE_CELLS),
  };
}

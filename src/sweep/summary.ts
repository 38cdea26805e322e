/**
 * Sweep summary
 * =============
 *
 * From the parsed runs: for every design point, arm and metric, the number of
 * runs with a value, mean, sd and 95% confidence interval (inside the
 * metric's bounds, when `bounds` gives them; `boundedInterval`); and, when
 * there are several arms, each arm against the first, paired by replicate
 * (the arms of a replicate share their random numbers).
 */
import { stringify } from 'csv-stringify/sync';

import { SAFE_CELLS } from '../exporters/tables/csv-cell.ts';
import { csvNumber } from '../exporters/files/numbers.ts';
import type { SweepRow } from '../results/sweep-rows.ts';
import { describeSample, pairedComparison } from '../statistics/index.ts';
import type { Bounds } from '../statistics/index.ts';

/** The range a metric cannot leave, by its runs.csv column name. */
export type BoundsOf = (metric: string) => Bounds | undefined;

/** Runs by point, then arm (both in file order), each list in replicate order. */
function byPointAndArm(rows: readonly SweepRow[]): Map<string, Map<string, SweepRow[]>> {
  const points = new Map<string, Map<string, SweepRow[]>>();
  for (const row of rows) {
    let arms = points.get(row.point);
    if (arms === undefined) points.set(row.point, (arms = new Map<string, SweepRow[]>()));
    let runs = arms.get(row.arm);
    if (runs === undefined) arms.set(row.arm, (runs = []));
    runs.push(row);
  }
  return points;
}

export function sweepSummaryCsv(rows: readonly SweepRow[], factorNames: readonly string[], bounds: BoundsOf = () => undefined): string {
  const metrics = rows.length === 0 ? [] : Object.keys(rows[0].values);
  const out: (string | number)[][] = [['point', ...factorNames, 'arm', 'metric', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high']];
  for (const [point, arms] of byPointAndArm(rows))
    for (const [arm, runs] of arms)
      for (const metric of metrics) {
        const s = describeSample(runs.map((row) => row.values[metric]), bounds(metric));
        const factors = factorNames.map((f) => csvNumber(runs[0].factors[f]));
        out.push([point, ...factors, arm, metric, s.n, csvNumber(s.mean), csvNumber(s.sd), csvNumber(s.ci95?.[0] ?? null), csvNumber(s.ci95?.[1] ?? null)]);
      }
  return stringify(out, SAFE_CELLS);
}

/** Each arm against the first at every point (arm − baseline), paired by replicate; null when there is one arm. */
export function sweepComparisonsCsv(rows: readonly SweepRow[], factorNames: readonly string[], bounds: BoundsOf = () => undefined): string | null {
  const metrics = rows.length === 0 ? [] : Object.keys(rows[0].values);
  const out: (string | number)[][] = [
    ['point', ...factorNames, 'metric', 'baseline', 'arm', 'n', 'mean_difference', 'sd', 'ci95_low', 'ci95_high', 'effect_size', 'distinguishable'],
  ];
  for (const [point, arms] of byPointAndArm(rows)) {
    const [[baseline, baseRuns], ...others] = [...arms];
    const factors = factorNames.map((f) => csvNumber(baseRuns[0].factors[f]));
    for (const [arm, runs] of others) {
      // Pair by replicate number, not position.
      const byReplicate = new Map(runs.map((row) => [row.replicate, row]));
      const pairs = baseRuns.flatMap((base): [SweepRow, SweepRow][] => {
        const other = byReplicate.get(base.replicate);
        return other === undefined ? [] : [[base, other]];
      });
      for (const metric of metrics) {
        const c = pairedComparison(
          pairs.map(([base]) => base.values[metric]),
          pairs.map(([, other]) => other.values[metric]),
          0.95,
          bounds(metric),
        );
        out.push([point, ...factors, metric, baseline, arm, c.n, csvNumber(c.meanDifference), csvNumber(c.sd), csvNumber(c.ci?.[0] ?? null), csvNumber(c.ci?.[1] ?? null), csvNumber(c.effectSize), String(c.distinguishable)]);
      }
    }
  }
  return out.length === 1 ? null : stringify(out, SAFE_CELLS);
}

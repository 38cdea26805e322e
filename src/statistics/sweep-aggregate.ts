/**
 * Aggregating sweep runs
 * ======================
 *
 * Sweep tables and charts report a metric per arm as a mean across runs with
 * its 95% confidence interval (`describeSample`; inside the metric's bounds,
 * when the catalogue gives them), grouped two ways:
 *
 * - per design point: the point's replicates;
 * - per value of some factors (one for a factor chart, two for a heatmap):
 *   every run with those values, pooling the other factors. That is the
 *   factor's main effect averaged over the design of the others, and its
 *   interval includes the spread the other factors cause.
 *
 * A run with no value (null, or no such column) is left out; `n` says how
 * many remained. Groups come in design order (by point key, or by factor
 * values ascending), arms in the order given.
 */
import { byCodeUnit } from '../results/order.ts';
import type { SweepRow } from '../results/sweep-rows.ts';
import type { Bounds } from './bounds.ts';
import { describeSample } from './describe-sample.ts';
import type { SampleDescription } from './describe-sample.ts';

export interface PointStatistics extends SampleDescription {
  point: string;
  factors: Record<string, number>;
  arm: string;
  metric: string;
}

export interface LevelStatistics extends SampleDescription {
  /** The grouping factors' values, by factor name. */
  levels: Record<string, number>;
  arm: string;
  metric: string;
}

/** Each design point × arm, sorted by point key then arm. */
export function pointStatistics(rows: readonly SweepRow[], arms: readonly string[], metric: string, bounds?: Bounds): PointStatistics[] {
  const points = new Map<string, SweepRow>();
  for (const row of rows) if (!points.has(row.point)) points.set(row.point, row);
  return [...points.keys()].sort(byCodeUnit).flatMap((point) =>
    arms.map((arm) => ({
      point,
      factors: { ...points.get(point)!.factors },
      arm,
      metric,
      ...describeSample(valuesOf(rows.filter((r) => r.point === point && r.arm === arm), metric), bounds),
    })),
  );
}

/** Each combination of the given factors' values × arm, pooling every other factor. */
export function levelStatistics(
  rows: readonly SweepRow[],
  arms: readonly string[],
  metric: string,
  factors: readonly string[],
  bounds?: Bounds,
): LevelStatistics[] {
  const key = (row: SweepRow) => JSON.stringify(factors.map((f) => row.factors[f]));
  const groups = new Map<string, number[]>();
  for (const row of rows) if (!groups.has(key(row))) groups.set(key(row), factors.map((f) => row.factors[f]));
  const ascending = (a: number[], b: number[]) => a.reduce((order, x, i) => order || x - b[i], 0);
  return [...groups.entries()]
    .sort(([, a], [, b]) => ascending(a, b))
    .flatMap(([group, values]) =>
      arms.map((arm) => ({
        levels: Object.fromEntries(factors.map((f, i) => [f, values[i]])),
        arm,
        metric,
        ...describeSample(valuesOf(rows.filter((r) => r.arm === arm && key(r) === group), metric), bounds),
      })),
    );
}

/** Whether any run has a value for the metric. */
export function hasValues(rows: readonly SweepRow[], metric: string): boolean {
  return valuesOf(rows, metric).some((value) => value !== null);
}

// Sorted by replicate so sums are taken in the same order however the runs were listed.
function valuesOf(rows: readonly SweepRow[], metric: string): (number | null)[] {
  return [...rows]
    .sort((a, b) => byCodeUnit(a.point, b.point) || a.replicate - b.replicate)
    .map((row) => (Object.hasOwn(row.values, metric) ? row.values[metric] : null));
}

/**
 * Convergence
 * ===========
 *
 * How many replicates are enough? `convergence` answers with the half-width of
 * the t-based confidence interval of the mean computed from the first n values
 * (replicates in order), for n = 2, 3, …: it shrinks roughly as 1/√n, so a
 * user sees how precise the estimate already is and roughly how many more runs
 * it would take to halve it (four times as many). Nulls (the measure undefined
 * in that run) are skipped: n counts the values used.
 */
import { checkLevel, tHalfWidth } from './interval.ts';
import { mean, presentValues, standardDeviation } from './sample.ts';
import type { Sample } from './sample.ts';

export interface ConvergencePoint {
  /** Values used: the first n non-null values. */
  n: number;
  /** Their mean, to judge the half-width against. */
  mean: number;
  /** Half-width of the t-based confidence interval of that mean. */
  halfWidth: number;
}

export function convergence(values: Sample, level = 0.95): ConvergencePoint[] {
  checkLevel(level, 'convergence');
  const xs = presentValues(values, 'convergence');
  const points: ConvergencePoint[] = [];
  for (let n = 2; n <= xs.length; n++) {
    // Recomputed from scratch for each n (not updated): the last point then matches describeSample exactly.
    const first = xs.slice(0, n);
    const centre = mean(first);
    points.push({ n, mean: centre, halfWidth: tHalfWidth(standardDeviation(first, centre), n, level, 'convergence') });
  }
  return points;
}

/**
 * Describing a sample
 * ===================
 *
 * `describeSample` gives what a results table reports for one measure across
 * replicates: how many values there were, their mean, standard deviation and
 * the 95% confidence interval of the mean: the t interval, or for a measure
 * with bounds the interval that respects them (`boundedInterval`). Nulls (undefined in that
 * run) are skipped and not counted. Too few values give nulls, not NaN, so
 * they serialise as empty cells.
 */
import { mean, presentValues, standardDeviation } from './sample.ts';
import type { Sample } from './sample.ts';
import { boundedInterval } from './bounds.ts';
import type { Bounds } from './bounds.ts';
import type { Interval } from './interval.ts';

export interface SampleDescription {
  /** Number of non-null values. */
  n: number;
  /** null when n = 0. */
  mean: number | null;
  /** Sample sd (n − 1); null when n < 2. */
  sd: number | null;
  /** 95% confidence interval of the mean, inside `bounds` when given; null when n < 2. */
  ci95: Interval | null;
}

export function describeSample(values: Sample, bounds?: Bounds): SampleDescription {
  const xs = presentValues(values, 'describeSample');
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, ci95: null };
  const centre = mean(xs);
  if (n === 1) return { n, mean: centre, sd: null, ci95: null };
  const sd = standardDeviation(xs, centre);
  return { n, mean: centre, sd, ci95: boundedInterval(centre, sd, n, bounds, 0.95, 'describeSample') };
}

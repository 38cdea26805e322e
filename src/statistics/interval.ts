/**
 * Confidence intervals
 * ====================
 *
 * An interval is a [low, high] pair. The t-based interval of a mean lives here
 * on its own so that paired comparisons (a t interval on the differences), the
 * bootstrap (another way to get an `Interval`) and convergence (its half-width
 * as replicates accumulate) can sit beside it.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

import { InvalidOptionError } from '../errors.ts';

export type Interval = readonly [low: number, high: number];

/**
 * Student-t confidence interval of a mean: mean ± t(1 − α/2, n − 1)·sd/√n.
 * Replicates are few (often 10–30), where the normal 1.96 would be too narrow.
 */
export function tInterval(centre: number, sd: number, n: number, level = 0.95): Interval {
  const halfWidth = tHalfWidth(sd, n, level, 'tInterval');
  return [centre - halfWidth, centre + halfWidth];
}

/** The half-width t(1 − α/2, n − 1)·sd/√n of the t interval; `where` names the caller in errors. */
export function tHalfWidth(sd: number, n: number, level = 0.95, where = 'tHalfWidth'): number {
  checkLevel(level, where);
  if (!(Number.isInteger(n) && n >= 2)) throw new InvalidOptionError(where, 'n', 'a whole number ≥ 2', n);
  return (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
}

/** Checked up front, so a bad level fails even when too few values leave nothing to compute. */
export function checkLevel(level: number, where: string): void {
  if (!(level > 0 && level < 1)) throw new InvalidOptionError(where, 'level', 'a number in (0, 1)', level);
}

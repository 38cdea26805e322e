/**
 * Confidence intervals
 * ====================
 *
 * An interval is a [low, high] pair. The t-based interval of a mean lives here
 * on its own so that paired comparisons (a t interval on the differences) and
 * the bootstrap (another way to get an `Interval`) can sit beside it.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

import { InvalidOptionError } from '../errors.ts';

export type Interval = readonly [low: number, high: number];

/**
 * Student-t confidence interval of a mean: mean ± t(1 − α/2, n − 1)·sd/√n.
 * Replicates are few (often 10–30), where the normal 1.96 would be too narrow.
 */
export function tInterval(centre: number, sd: number, n: number, level = 0.95): Interval {
  if (!(level > 0 && level < 1)) throw new InvalidOptionError('tInterval', 'level', 'a number in (0, 1)', level);
  if (!(Number.isInteger(n) && n >= 2)) throw new InvalidOptionError('tInterval', 'n', 'a whole number ≥ 2', n);
  const halfWidth = (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return [centre - halfWidth, centre + halfWidth];
}

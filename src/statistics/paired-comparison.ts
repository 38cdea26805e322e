/**
 * Paired comparison
 * =================
 *
 * Arms of the same replicate share the trust and every random stream but the
 * leadership rules (common random numbers), so the fair comparison of two arms
 * is replicate by replicate: the differences cancel the noise the two runs
 * share and give a far narrower interval than two separate means would.
 *
 * `pairedComparison(baseline, treatment)` takes the two samples aligned by
 * replicate and works on `difference = treatment − baseline`: positive means
 * the treatment arm scored higher. A pair with a null on either side (the
 * measure undefined in one of the runs) is dropped. Given the measure's
 * `bounds` (a share in [0, 1]), the interval of the difference stays in the
 * difference's range ([−1, 1]; `differenceBounds`, `boundedInterval`).
 */
import { InvalidOptionError } from '../errors.ts';
import { boundedInterval, differenceBounds } from './bounds.ts';
import type { Bounds } from './bounds.ts';
import { checkLevel } from './interval.ts';
import type { Interval } from './interval.ts';
import { mean, standardDeviation } from './sample.ts';
import type { Sample } from './sample.ts';

export interface PairedComparison {
  /** Pairs with a value on both sides. */
  n: number;
  /** Mean of treatment − baseline; null when n = 0. */
  meanDifference: number | null;
  /** Sample sd (n − 1) of the differences; null when n < 2. */
  sd: number | null;
  /** Confidence interval of the mean difference at the requested level (t, or bounded); null when n < 2. */
  ci: Interval | null;
  /**
   * Standardized effect size d_z = mean difference / sd of differences (Cohen's d for paired
   * samples); null when n < 2 or every difference is the same (sd = 0).
   */
  effectSize: number | null;
  /** Whether the interval excludes 0; false when there is no interval. */
  distinguishable: boolean;
}

export function pairedComparison(baseline: Sample, treatment: Sample, level = 0.95, bounds?: Bounds): PairedComparison {
  const where = 'pairedComparison';
  checkLevel(level, where);
  if (treatment.length !== baseline.length)
    throw new InvalidOptionError(where, 'treatment', `as many values as baseline (${baseline.length}), paired by replicate`, treatment);
  const differences: number[] = [];
  for (let i = 0; i < baseline.length; i++) {
    const a = finiteOrNull(baseline[i], 'baseline');
    const b = finiteOrNull(treatment[i], 'treatment');
    if (a !== null && b !== null) differences.push(b - a);
  }
  const n = differences.length;
  if (n === 0) return { n, meanDifference: null, sd: null, ci: null, effectSize: null, distinguishable: false };
  const meanDifference = mean(differences);
  if (n === 1) return { n, meanDifference, sd: null, ci: null, effectSize: null, distinguishable: false };
  const sd = standardDeviation(differences, meanDifference);
  const ci = boundedInterval(meanDifference, sd, n, differenceBounds(bounds), level, where);
  return { n, meanDifference, sd, ci, effectSize: sd === 0 ? null : meanDifference / sd, distinguishable: ci[0] > 0 || ci[1] < 0 };
}

/** NaN or ±Infinity is a bug upstream, so it throws rather than hide (as `presentValues` does). */
function finiteOrNull(value: number | null, option: string): number | null {
  if (value !== null && !Number.isFinite(value)) throw new InvalidOptionError('pairedComparison', option, 'finite numbers or null', value);
  return value;
}

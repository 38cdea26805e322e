/**
 * Bootstrap interval
 * ==================
 *
 * The t interval assumes the mean is roughly normal across replicates; with a
 * skewed measure (weeks to 50% uptake, a share stuck near 0 or 1) and few
 * replicates that can mislead. `bootstrapInterval` makes no such assumption:
 * it resamples the values with replacement `resamples` times and takes the
 * percentiles of the resampled means (Efron & Tibshirani 1993, ch. 13).
 *
 * Draws come from the `random` stream given, never Math.random, so the same
 * stream gives the same interval. Resample r draws its n indices in order,
 * r = 1, 2, …; percentiles interpolate linearly between order statistics
 * (R's default quantile type 7).
 */
import { InvalidOptionError } from '../errors.ts';
import type { RandomStream } from '../random/stream.ts';
import { checkLevel } from './interval.ts';
import type { Interval } from './interval.ts';
import { mean, presentValues } from './sample.ts';
import type { Sample } from './sample.ts';

export interface BootstrapOptions {
  /** Number of resamples; 2000 by default, enough for stable 95% percentiles. */
  resamples?: number;
  /** Confidence level; 0.95 by default. */
  level?: number;
  /** The stream every draw comes from, e.g. stream(seed, 'bootstrap', arm, metric). */
  random: RandomStream;
}

/** Percentile bootstrap interval of the mean; nulls are skipped, and fewer than two values give null. */
export function bootstrapInterval(values: Sample, { resamples = 2000, level = 0.95, random }: BootstrapOptions): Interval | null {
  const where = 'bootstrapInterval';
  checkLevel(level, where);
  if (!(Number.isInteger(resamples) && resamples >= 1)) throw new InvalidOptionError(where, 'resamples', 'a whole number ≥ 1', resamples);
  const xs = presentValues(values, where);
  const n = xs.length;
  if (n < 2) return null;
  const resample = new Array<number>(n);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) resample[i] = xs[random.int(n)];
    means[r] = mean(resample);
  }
  means.sort();
  const alpha = 1 - level;
  return [quantile(means, alpha / 2), quantile(means, 1 - alpha / 2)];
}

/** Quantile p of ascending values, interpolating between neighbours (type 7). */
export function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/**
 * Bootstrap intervals of sensitivity indices
 * ==========================================
 *
 * Percentile 95% intervals (Efron & Tibshirani 1993, ch. 13): the units an
 * index is estimated from (the N rows of a Saltelli design, or the r Morris
 * trajectories) are resampled with replacement, the index recomputed on each
 * resample, and the 2.5% and 97.5% quantiles taken (type 7, as
 * statistics/bootstrap.ts). Resample b draws its n units in order from the
 * stream given, never Math.random, so the same stream gives the same bytes.
 */
import type { RandomStream } from '../random/stream.ts';
import type { Interval } from '../statistics/interval.ts';
import { quantile } from '../statistics/bootstrap.ts';

/**
 * Intervals for a vector of indices: `estimate(units)` returns every index from the units given;
 * null for every index when there are no resamples or fewer than two units.
 */
export function bootstrapIntervals(
  units: number,
  width: number,
  estimate: (units: Int32Array) => ArrayLike<number>,
  { resamples, random, level = 0.95 }: { resamples: number; random: RandomStream; level?: number },
): (Interval | null)[] {
  if (resamples === 0 || units < 2) return Array.from({ length: width }, () => null);
  const draws = Array.from({ length: width }, () => new Float64Array(resamples));
  const picked = new Int32Array(units);
  for (let b = 0; b < resamples; b++) {
    for (let u = 0; u < units; u++) picked[u] = random.int(units);
    const values = estimate(picked);
    for (let i = 0; i < width; i++) draws[i][b] = values[i];
  }
  const alpha = 1 - level;
  return draws.map((values) => {
    const finite = values.filter(Number.isFinite).sort();
    return finite.length === 0 ? null : [quantile(finite, alpha / 2), quantile(finite, 1 - alpha / 2)];
  });
}

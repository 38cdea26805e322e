/**
 * Bounded quantities
 * ==================
 *
 * Most measures here cannot leave a range: a share lies in [0, 1], a count is
 * ≥ 0, engagement lies on the Staff Survey's 0–10 scale. A plain t interval
 * (mean ± t·sd/√n) ignores that, and with few, skewed replicates near a bound
 * it reaches past it ("0.71 [0.26, 1.16]" for a share). `boundedInterval`
 * computes the t interval on a scale where the bound is at infinity and maps
 * it back (a transformed-scale, delta-method interval; Oehlert 1992):
 *
 * - both bounds [a, b]: the logit of p = (m − a)/(b − a), with standard error
 *   se/((b − a)·p(1 − p)) (the logit interval for a proportion, Brown, Cai &
 *   DasGupta 2001; for a difference of shares in [−1, 1] this is Fisher's z);
 * - a lower bound a only: the log of m − a, with standard error se/(m − a)
 *   (the log-transformed interval, Borgan & Liestøl 1990); an upper bound only
 *   is the mirror image.
 *
 * Back-transformed, the interval lies strictly inside the range, is
 * asymmetric near a bound, and agrees with the t interval to first order far
 * from it. A quantity with no bounds keeps the t interval exactly.
 * docs/statistics.md says why, with a coverage check.
 */
import { InvalidOptionError } from '../errors.ts';
import { tHalfWidth, tInterval } from './interval.ts';
import type { Interval } from './interval.ts';

/** The range a measure cannot leave; a side left out is unbounded. */
export interface Bounds {
  lower?: number;
  upper?: number;
}

/** Shares, proportions, Gini coefficients, densities. */
export const SHARE: Bounds = { lower: 0, upper: 1 };
/** Counts and durations. */
export const NON_NEGATIVE: Bounds = { lower: 0 };

/**
 * Confidence interval of a mean that stays inside `bounds`: the t interval on
 * the logit (two bounds) or log (one bound) scale, mapped back. `where` names
 * the caller in errors; a mean outside the bounds is a bug upstream and throws.
 */
export function boundedInterval(centre: number, sd: number, n: number, bounds: Bounds | undefined, level = 0.95, where = 'boundedInterval'): Interval {
  const { lower = -Infinity, upper = Infinity } = bounds ?? {};
  if (lower === -Infinity && upper === Infinity) return tInterval(centre, sd, n, level);
  if (!(lower < upper)) throw new InvalidOptionError(where, 'bounds', 'lower < upper', `[${lower}, ${upper}]`);
  if (!(centre >= lower && centre <= upper)) throw new InvalidOptionError(where, 'mean', `a value in [${lower}, ${upper}]`, centre);
  const halfWidth = tHalfWidth(sd, n, level, where);
  // Every value at the bound (nothing varies), or nothing varies: the interval is the mean itself.
  if (halfWidth === 0 || centre === lower || centre === upper) return [centre, centre];
  if (upper === Infinity) {
    const [low, high] = logScale(centre - lower, halfWidth);
    return [lower + low, lower + high];
  }
  if (lower === -Infinity) {
    const [low, high] = logScale(upper - centre, halfWidth);
    return [upper - high, upper - low];
  }
  const width = upper - lower;
  const p = (centre - lower) / width;
  const logit = Math.log(p / (1 - p));
  const spread = halfWidth / (width * p * (1 - p));
  return [lower + width * expit(logit - spread), lower + width * expit(logit + spread)];
}

/**
 * The bounds of x − y for x in `minuend` and y in `subtrahend` (by default the same range):
 * [x's lower − y's upper, x's upper − y's lower], a side left out where a term is unbounded
 * that way. Two values in [a, b] differ within [a − b, b − a]; two counts, without bounds.
 */
export function differenceBounds(minuend: Bounds | undefined, subtrahend: Bounds | undefined = minuend): Bounds | undefined {
  const x = minuend ?? {};
  const y = subtrahend ?? {};
  const lower = x.lower === undefined || y.upper === undefined ? undefined : x.lower - y.upper;
  const upper = x.upper === undefined || y.lower === undefined ? undefined : x.upper - y.lower;
  if (lower === undefined && upper === undefined) return undefined;
  return { ...(lower === undefined ? {} : { lower }), ...(upper === undefined ? {} : { upper }) };
}

/** log(distance) ± halfWidth/distance, back on the distance scale. */
function logScale(distance: number, halfWidth: number): Interval {
  const spread = halfWidth / distance;
  return [distance * Math.exp(-spread), distance * Math.exp(spread)];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

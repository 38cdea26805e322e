import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import {
  NON_NEGATIVE, SHARE, boundedInterval, describeSample, differenceBounds, mean, pairedComparison, standardDeviation, tInterval,
} from '../../src/statistics/index.ts';

const stats = (xs: number[]) => {
  const m = mean(xs);
  return [m, standardDeviation(xs, m), xs.length] as const;
};

// Ten runs of a share: seven where the change took, three where it stalled (mean 0.71, as in the issue).
const splitShare = [0.95, 0.97, 0.96, 0.98, 0.95, 0.97, 0.96, 0.1, 0.15, 0.12];
// Ten runs of a small count with zeros (mean 1.4).
const smallCount = [0, 0, 0, 1, 0, 0, 7, 0, 6, 0];

describe('boundedInterval', () => {
  it('keeps a share inside [0, 1] where the t interval leaves it', () => {
    const [m, sd, n] = stats(splitShare);
    expect(tInterval(m, sd, n)[1]).toBeGreaterThan(1);
    const [low, high] = boundedInterval(m, sd, n, SHARE);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(low).toBeLessThan(m);
    expect(high).toBeGreaterThan(m);
  });

  it('keeps a count at or above 0 where the t interval goes below', () => {
    const [m, sd, n] = stats(smallCount);
    expect(tInterval(m, sd, n)[0]).toBeLessThan(0);
    const [low, high] = boundedInterval(m, sd, n, NON_NEGATIVE);
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(m);
    // Asymmetric: the log scale stretches upwards.
    expect(high - m).toBeGreaterThan(m - low);
  });

  it('is the t interval, bit for bit, for a quantity without bounds', () => {
    const [m, sd, n] = stats(smallCount);
    expect(boundedInterval(m, sd, n, undefined)).toEqual(tInterval(m, sd, n));
    expect(boundedInterval(m, sd, n, {})).toEqual(tInterval(m, sd, n));
  });

  it('agrees with the t interval far from the bounds', () => {
    const xs = [0.49, 0.5, 0.51, 0.5, 0.495, 0.505, 0.5, 0.5, 0.49, 0.51];
    const [m, sd, n] = stats(xs);
    const t = tInterval(m, sd, n);
    const bounded = boundedInterval(m, sd, n, SHARE);
    const half = (t[1] - t[0]) / 2;
    expect(Math.abs(bounded[0] - t[0])).toBeLessThan(0.01 * half);
    expect(Math.abs(bounded[1] - t[1])).toBeLessThan(0.01 * half);
  });

  it('follows the logit scale for two bounds and the log scale for one', () => {
    // mean 0.2, half-width h: logit(0.2) ± h / (0.2 · 0.8), back through expit.
    const h = tInterval(0.2, 0.1, 10)[1] - 0.2;
    const expit = (x: number) => 1 / (1 + Math.exp(-x));
    const [low, high] = boundedInterval(0.2, 0.1, 10, SHARE);
    expect(low).toBeCloseTo(expit(Math.log(0.25) - h / 0.16), 12);
    expect(high).toBeCloseTo(expit(Math.log(0.25) + h / 0.16), 12);
    // On a 0–10 scale, the same share of the range.
    const [low10, high10] = boundedInterval(2, 1, 10, { lower: 0, upper: 10 });
    expect(low10).toBeCloseTo(10 * low, 10);
    expect(high10).toBeCloseTo(10 * high, 10);
    // One bound: exp(log(m) ± h/m); an upper bound only is the mirror image.
    const [cLow, cHigh] = boundedInterval(0.2, 0.1, 10, NON_NEGATIVE);
    expect(cLow).toBeCloseTo(0.2 * Math.exp(-h / 0.2), 12);
    expect(cHigh).toBeCloseTo(0.2 * Math.exp(h / 0.2), 12);
    const [uLow, uHigh] = boundedInterval(-0.2, 0.1, 10, { upper: 0 });
    expect(uLow).toBeCloseTo(-cHigh, 12);
    expect(uHigh).toBeCloseTo(-cLow, 12);
  });

  it('is the mean itself when nothing varies or every value sits on a bound', () => {
    expect(boundedInterval(0.3, 0, 5, SHARE)).toEqual([0.3, 0.3]);
    expect(boundedInterval(0, 0, 5, SHARE)).toEqual([0, 0]);
    expect(boundedInterval(1, 0, 5, SHARE)).toEqual([1, 1]);
    expect(boundedInterval(0, 0, 5, NON_NEGATIVE)).toEqual([0, 0]);
  });

  it('rejects a mean outside the bounds, and bounds the wrong way round', () => {
    expect(() => boundedInterval(1.2, 0.1, 5, SHARE)).toThrow(InvalidOptionError);
    expect(() => boundedInterval(-1, 0.1, 5, NON_NEGATIVE)).toThrow(/expected a value in \[0, Infinity\], found -1/);
    expect(() => boundedInterval(0.5, 0.1, 5, { lower: 1, upper: 0 })).toThrow(/lower < upper/);
  });
});

describe('bounds through describeSample and pairedComparison', () => {
  it('describeSample keeps a bounded measure in range and leaves an unbounded one as it was', () => {
    const [low, high] = describeSample(splitShare, SHARE).ci95!;
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(describeSample(splitShare).ci95).toEqual(tInterval(...stats(splitShare)));
  });

  it('a paired difference of shares stays in [−1, 1]; of counts it is not bounded', () => {
    expect(differenceBounds(SHARE)).toEqual({ lower: -1, upper: 1 });
    expect(differenceBounds(NON_NEGATIVE)).toBeUndefined();
    expect(differenceBounds(undefined)).toBeUndefined();
    // Of two different ranges: a share minus a 0–10 score, a share minus a count, a difference of differences of shares.
    expect(differenceBounds(SHARE, { lower: 0, upper: 10 })).toEqual({ lower: -10, upper: 1 });
    expect(differenceBounds(SHARE, NON_NEGATIVE)).toEqual({ upper: 1 });
    expect(differenceBounds(NON_NEGATIVE, SHARE)).toEqual({ lower: -1 });
    expect(differenceBounds(differenceBounds(SHARE))).toEqual({ lower: -2, upper: 2 });
    // Seven runs where the change took everyone under one arm and no one under the other, three where neither moved.
    const baseline = splitShare.map(() => 0);
    const treatment = [1, 1, 1, 1, 1, 1, 1, 0.02, 0.05, 0.03];
    const plain = pairedComparison(baseline, treatment);
    expect(plain.ci![1]).toBeGreaterThan(1);
    const bounded = pairedComparison(baseline, treatment, 0.95, SHARE);
    expect(bounded.ci![0]).toBeGreaterThan(-1);
    expect(bounded.ci![1]).toBeLessThan(1);
    expect(bounded.meanDifference).toBe(plain.meanDifference);
    expect(bounded.effectSize).toBe(plain.effectSize);
    expect(pairedComparison(smallCount.map(() => 0), smallCount, 0.95, NON_NEGATIVE)).toEqual(pairedComparison(smallCount.map(() => 0), smallCount));
  });
});

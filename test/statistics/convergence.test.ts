import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { stream } from '../../src/random/stream.ts';
import { convergence, describeSample } from '../../src/statistics/index.ts';

// Student t quantiles from published tables (R: qt(0.975, df)).
const T975 = { 1: 12.7062047361747, 2: 4.30265272974946, 4: 2.77644510519779 };

describe('convergence', () => {
  it('gives the t half-width of the first n values for n = 2 … N', () => {
    const points = convergence([1, 2, 3, 4, 5]);
    expect(points.map((p) => p.n)).toEqual([2, 3, 4, 5]);
    expect(points.map((p) => p.mean)).toEqual([1.5, 2, 2.5, 3]);
    expect(points[0].halfWidth).toBeCloseTo((T975[1] * Math.sqrt(0.5)) / Math.SQRT2, 10); // [1, 2]: sd √0.5
    expect(points[1].halfWidth).toBeCloseTo(T975[2] / Math.sqrt(3), 10); // [1, 2, 3]: sd 1
    expect(points[3].halfWidth).toBeCloseTo(1.9632432, 6); // t(0.975, 4) · √2.5 / √5
  });

  it('ends at the interval describeSample reports for the whole sample', () => {
    const values = Array.from({ length: 15 }, (_, i) => Math.sin(i));
    const last = convergence(values).at(-1)!;
    const { mean, ci95 } = describeSample(values);
    expect(last.n).toBe(15);
    expect(last.mean).toBe(mean);
    expect(ci95![1]).toBeCloseTo(mean! + last.halfWidth, 14);
  });

  it('shrinks roughly as 1/√n on a fixed sequence', () => {
    const values = Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    const halfWidth = new Map(convergence(values).map((p) => [p.n, p.halfWidth]));
    // Even n: mean 0, sd √(n/(n − 1)), so the half-width is t(0.975, n − 1)/√(n − 1).
    expect(halfWidth.get(16)! / halfWidth.get(64)!).toBeGreaterThan(1.8); // √(64/16) = 2, plus a little from t
    expect(halfWidth.get(16)! / halfWidth.get(64)!).toBeLessThan(2.3);
    for (const n of [16, 32, 64]) expect(halfWidth.get(n)! * Math.sqrt(n)).toBeGreaterThan(1.96);
    for (const n of [16, 32, 64]) expect(halfWidth.get(n)! * Math.sqrt(n)).toBeLessThan(2.25);
  });

  it('shrinks about fourfold from 25 to 400 values of a noisy sample', () => {
    const random = stream(9, 'test', 'convergence');
    const values = Array.from({ length: 400 }, () => random.normal(0.5, 0.1));
    const points = convergence(values);
    expect(points).toHaveLength(399);
    const ratio = points.find((p) => p.n === 25)!.halfWidth / points.find((p) => p.n === 400)!.halfWidth;
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5.5);
  });

  it('skips nulls, counting only the values used', () => {
    expect(convergence([null, 1, 2, null, 3])).toEqual(convergence([1, 2, 3]));
    expect(convergence([0.4, null])).toEqual([]);
    expect(convergence([])).toEqual([]);
  });

  it('rejects a bad level and NaN', () => {
    expect(() => convergence([1, 2, 3], 1.5)).toThrow(InvalidOptionError);
    expect(() => convergence([1, Number.NaN])).toThrow(/finite numbers or null/);
  });
});

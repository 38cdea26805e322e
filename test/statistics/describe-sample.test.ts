import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { describeSample, mean, tInterval } from '../../src/statistics/index.ts';

// Student t quantiles from published tables (R: qt(0.975, df)).
const T975 = { 1: 12.7062047361747, 2: 4.30265272974946, 4: 2.77644510519779 };

describe('describeSample', () => {
  it('gives mean, sd and the t-based 95% CI of [1, 2, 3, 4, 5]', () => {
    const d = describeSample([1, 2, 3, 4, 5]);
    expect(d.n).toBe(5);
    expect(d.mean).toBe(3);
    expect(d.sd).toBeCloseTo(Math.sqrt(2.5), 14);
    const half = (T975[4] * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(d.ci95![0]).toBeCloseTo(3 - half, 10);
    expect(d.ci95![1]).toBeCloseTo(3 + half, 10);
    expect(half).toBeCloseTo(1.9632432, 6);
  });

  it('uses n − 1 degrees of freedom: two values give the wide t(0.975, 1) interval', () => {
    const d = describeSample([1, 3]);
    expect(d.sd).toBeCloseTo(Math.SQRT2, 14);
    expect(d.ci95![0]).toBeCloseTo(2 - T975[1], 10);
    expect(d.ci95![1]).toBeCloseTo(2 + T975[1], 10);
  });

  it('skips nulls and does not count them', () => {
    const d = describeSample([null, 2, null, 4, 6]);
    expect(d.n).toBe(3);
    expect(d.mean).toBe(4);
    expect(d.sd).toBeCloseTo(2, 14);
    expect(d.ci95![1] - 4).toBeCloseTo((T975[2] * 2) / Math.sqrt(3), 10);
    expect(describeSample([null, 2, null, 4, 6])).toEqual(describeSample([2, 4, 6]));
  });

  it('gives a mean but no sd or interval for one value, and nothing for none', () => {
    expect(describeSample([0.4])).toEqual({ n: 1, mean: 0.4, sd: null, ci95: null });
    expect(describeSample([null, 0.4])).toEqual({ n: 1, mean: 0.4, sd: null, ci95: null });
    expect(describeSample([])).toEqual({ n: 0, mean: null, sd: null, ci95: null });
    expect(describeSample([null, null])).toEqual({ n: 0, mean: null, sd: null, ci95: null });
  });

  it('gives a zero-width interval for a constant sample', () => {
    expect(describeSample([0.5, 0.5, 0.5])).toEqual({ n: 3, mean: 0.5, sd: 0, ci95: [0.5, 0.5] });
  });

  it('rejects NaN and infinities rather than hiding them', () => {
    expect(() => describeSample([1, Number.NaN])).toThrow(InvalidOptionError);
    expect(() => describeSample([1, Number.POSITIVE_INFINITY])).toThrow(/finite numbers or null/);
  });

  it('does not depend on the scale: shifting the values shifts mean and interval', () => {
    const a = describeSample([0.1, 0.2, 0.3, 0.4]);
    const b = describeSample([1000.1, 1000.2, 1000.3, 1000.4]);
    expect(b.mean! - 1000).toBeCloseTo(a.mean!, 10);
    expect(b.sd).toBeCloseTo(a.sd!, 10);
  });
});

describe('mean', () => {
  it('corrects the rounding of the plain sum', () => {
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1); // the plain sum gives 0.10000000000000002
  });
});

describe('tInterval', () => {
  it('takes other confidence levels', () => {
    const [low, high] = tInterval(0, 1, 5, 0.9); // qt(0.95, 4) = 2.131847
    expect(high).toBeCloseTo(2.131847 / Math.sqrt(5), 6);
    expect(low).toBeCloseTo(-high, 12);
  });

  it('rejects a level outside (0, 1) and fewer than two values', () => {
    expect(() => tInterval(0, 1, 5, 95)).toThrow(InvalidOptionError);
    expect(() => tInterval(0, 1, 1)).toThrow(/whole number ≥ 2/);
  });
});

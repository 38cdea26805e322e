import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { stream } from '../../src/random/stream.ts';
import { describeSample, pairedComparison } from '../../src/statistics/index.ts';

// Student t quantiles from published tables (R: qt(0.975, df)).
const T975 = { 1: 12.7062047361747, 4: 2.77644510519779 };

describe('pairedComparison', () => {
  it('works on treatment − baseline: differences [1, 2, 3, 4, 5]', () => {
    const c = pairedComparison([10, 20, 30, 40, 50], [11, 22, 33, 44, 55]);
    expect(c.n).toBe(5);
    expect(c.meanDifference).toBe(3);
    expect(c.sd).toBeCloseTo(Math.sqrt(2.5), 14);
    const half = (T975[4] * Math.sqrt(2.5)) / Math.sqrt(5); // 1.9632432
    expect(c.ci![0]).toBeCloseTo(3 - half, 10);
    expect(c.ci![1]).toBeCloseTo(3 + half, 10);
    expect(c.effectSize).toBeCloseTo(3 / Math.sqrt(2.5), 12); // d_z = 1.8973666
    expect(c.distinguishable).toBe(true);
  });

  it('changes sign when the arms are swapped', () => {
    const c = pairedComparison([11, 22, 33, 44, 55], [10, 20, 30, 40, 50]);
    expect(c.meanDifference).toBe(-3);
    expect(c.effectSize).toBeCloseTo(-3 / Math.sqrt(2.5), 12);
    expect(c.ci![1]).toBeLessThan(0);
    expect(c.distinguishable).toBe(true);
  });

  it('says a difference whose interval spans 0 is not distinguishable from zero', () => {
    const c = pairedComparison([0, 0, 0, 0, 0], [1, -1, 2, -2, 0.5]);
    expect(c.meanDifference).toBeCloseTo(0.1, 14);
    expect(c.ci![0]).toBeLessThan(0);
    expect(c.ci![1]).toBeGreaterThan(0);
    expect(c.distinguishable).toBe(false);
  });

  it('drops pairs with a null on either side', () => {
    const c = pairedComparison([10, null, 30, 40, 50, 60], [11, 22, 33, 44, 55, null]);
    expect(c.n).toBe(4);
    expect(c).toEqual(pairedComparison([10, 30, 40, 50], [11, 33, 44, 55]));
    expect(c.meanDifference).toBe(3.25); // differences 1, 3, 4, 5
  });

  it('takes other confidence levels', () => {
    const c = pairedComparison([0, 0, 0, 0, 0], [1, 2, 3, 4, 5], 0.9); // qt(0.95, 4) = 2.131847
    expect(c.ci![1] - 3).toBeCloseTo((2.131847 * Math.sqrt(2.5)) / Math.sqrt(5), 6);
  });

  it('gives no effect size for identical differences, and a zero-width interval', () => {
    const shifted = pairedComparison([1, 2, 3], [3, 4, 5]);
    expect(shifted).toEqual({ n: 3, meanDifference: 2, sd: 0, ci: [2, 2], effectSize: null, distinguishable: true });
    const same = pairedComparison([1, 2, 3], [1, 2, 3]);
    expect(same).toEqual({ n: 3, meanDifference: 0, sd: 0, ci: [0, 0], effectSize: null, distinguishable: false });
  });

  it('gives a difference but no spread for one pair, and nothing for none', () => {
    expect(pairedComparison([1, null], [3, 4])).toEqual({ n: 1, meanDifference: 2, sd: null, ci: null, effectSize: null, distinguishable: false });
    expect(pairedComparison([null], [4])).toEqual({ n: 0, meanDifference: null, sd: null, ci: null, effectSize: null, distinguishable: false });
    expect(pairedComparison([], [])).toMatchObject({ n: 0, distinguishable: false });
  });

  it('uses the t(0.975, 1) interval for two pairs', () => {
    const c = pairedComparison([0, 0], [1, 3]);
    expect(c.ci![0]).toBeCloseTo(2 - T975[1], 10);
    expect(c.ci![1]).toBeCloseTo(2 + T975[1], 10);
  });

  it('detects under common random numbers what separate intervals cannot', () => {
    // Runs share large replicate-level noise; the treatment adds 0.05 give or take a little.
    const shared = stream(3, 'test', 'shared');
    const own = stream(3, 'test', 'own');
    const baseline: number[] = [];
    const treatment: number[] = [];
    for (let i = 0; i < 10; i++) {
      const replicate = shared.normal(0.5, 0.2);
      baseline.push(replicate);
      treatment.push(replicate + 0.05 + own.normal(0, 0.01));
    }
    const [a, b] = [describeSample(baseline).ci95!, describeSample(treatment).ci95!];
    expect(a[1]).toBeGreaterThan(b[0]); // the separate intervals overlap widely…
    const c = pairedComparison(baseline, treatment);
    expect(c.distinguishable).toBe(true); // …the paired one excludes 0
    expect(c.ci![0]).toBeGreaterThan(0.03);
    expect(c.ci![1]).toBeLessThan(0.07);
  });

  it('rejects unpaired lengths, NaN and a bad level', () => {
    expect(() => pairedComparison([1, 2, 3], [1, 2])).toThrow(InvalidOptionError);
    expect(() => pairedComparison([1, 2, 3], [1, 2])).toThrow(/as many values as baseline \(3\).*found an array of length 2/);
    expect(() => pairedComparison([1, Number.NaN], [1, 2])).toThrow(/invalid `baseline`: expected finite numbers or null, found NaN/);
    expect(() => pairedComparison([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(/invalid `treatment`/);
    expect(() => pairedComparison([1], [2], 95)).toThrow(/invalid `level`/); // even with too few pairs for an interval
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { stream } from '../../src/random/stream.ts';
import { bootstrapInterval, describeSample } from '../../src/statistics/index.ts';

afterEach(() => vi.restoreAllMocks());

const sample = (seed: number, n: number) => {
  const random = stream(seed, 'test', 'sample');
  return Array.from({ length: n }, () => random.normal(5, 2));
};

describe('bootstrapInterval', () => {
  it('gives the same interval for the same stream, and another for another stream', () => {
    const values = sample(1, 12);
    const a = bootstrapInterval(values, { random: stream(42, 'bootstrap', 'heroic', 'final_uptake') });
    const b = bootstrapInterval(values, { random: stream(42, 'bootstrap', 'heroic', 'final_uptake') });
    const c = bootstrapInterval(values, { random: stream(43, 'bootstrap', 'heroic', 'final_uptake') });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(a![0]).toBeLessThan(a![1]);
  });

  it('never draws from Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    bootstrapInterval(sample(2, 20), { resamples: 200, random: stream(1, 'bootstrap') });
    expect(spy).not.toHaveBeenCalled();
  });

  it('is close to the t interval for a large, roughly normal sample', () => {
    const values = sample(3, 400);
    const t = describeSample(values).ci95!;
    const half = (t[1] - t[0]) / 2; // about 1.96 · 2 / √400 = 0.2
    const boot = bootstrapInterval(values, { random: stream(7, 'bootstrap') })!;
    expect(Math.abs(boot[0] - t[0])).toBeLessThan(0.1 * half);
    expect(Math.abs(boot[1] - t[1])).toBeLessThan(0.1 * half);
  });

  it('narrows with a lower level', () => {
    const values = sample(4, 30);
    const wide = bootstrapInterval(values, { random: stream(1, 'b') })!;
    const narrow = bootstrapInterval(values, { level: 0.5, random: stream(1, 'b') })!;
    expect(narrow[0]).toBeGreaterThan(wide[0]);
    expect(narrow[1]).toBeLessThan(wide[1]);
  });

  it('skips nulls, and gives null for fewer than two values', () => {
    const values = sample(5, 10);
    const withNulls = [null, ...values.slice(0, 5), null, ...values.slice(5)];
    expect(bootstrapInterval(withNulls, { random: stream(1, 'b') })).toEqual(bootstrapInterval(values, { random: stream(1, 'b') }));
    expect(bootstrapInterval([0.4, null], { random: stream(1, 'b') })).toBeNull();
    expect(bootstrapInterval([], { random: stream(1, 'b') })).toBeNull();
  });

  it('gives a zero-width interval for a constant sample', () => {
    expect(bootstrapInterval([0.1, 0.1, 0.1], { resamples: 50, random: stream(1, 'b') })).toEqual([0.1, 0.1]);
  });

  it('rejects bad options and values, even with too few values to resample', () => {
    const random = stream(1, 'b');
    expect(() => bootstrapInterval([1, 2], { resamples: 0, random })).toThrow(InvalidOptionError);
    expect(() => bootstrapInterval([1], { resamples: 2.5, random })).toThrow(/invalid `resamples`: expected a whole number ≥ 1/);
    expect(() => bootstrapInterval([1], { level: 1, random })).toThrow(/invalid `level`/);
    expect(() => bootstrapInterval([1, Number.NaN], { random })).toThrow(/finite numbers or null/);
  });
});

import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { stream } from '../../src/random/stream.ts';
import { MAX_SOBOL_DIMENSION, SobolSequence } from '../../src/sensitivity/sobol-sequence.ts';

/** Every coordinate's first 2^m values fall one in each interval [a/2^m, (a+1)/2^m). */
function balanced(sequence: SobolSequence, m: number): boolean {
  const n = 2 ** m;
  const points = sequence.points(n);
  for (let j = 0; j < sequence.dimension; j++) {
    const cells = new Set(points.map((p) => Math.floor(p[j] * n)));
    if (cells.size !== n) return false;
  }
  return true;
}

describe('SobolSequence', () => {
  it("gives the Joe–Kuo sequence's first points (as SciPy's unscrambled qmc.Sobol)", () => {
    const points = new SobolSequence(3).points(8).map((p) => Array.from(p));
    expect(points).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });

  it('puts 2^m points one in each of 2^m intervals of every coordinate, scrambled or not, in 40 dimensions', () => {
    expect(balanced(new SobolSequence(40), 10)).toBe(true);
    expect(balanced(new SobolSequence(40, { random: stream(1, 'scramble') }), 10)).toBe(true);
  });

  it('is a (0, m, 2)-net in its first two dimensions: one point in every elementary box of area 2^-m', () => {
    const m = 8;
    const points = new SobolSequence(2, { random: stream(5, 'scramble') }).points(2 ** m);
    for (let a = 0; a <= m; a++) {
      const boxes = new Set(points.map((p) => `${Math.floor(p[0] * 2 ** a)},${Math.floor(p[1] * 2 ** (m - a))}`));
      expect(boxes.size).toBe(2 ** m);
    }
  });

  it('scrambles reproducibly from the named stream, differently for another', () => {
    const a = new SobolSequence(6, { random: stream(1, 's') }).points(16);
    const b = new SobolSequence(6, { random: stream(1, 's') }).points(16);
    const c = new SobolSequence(6, { random: stream(2, 's') }).points(16);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.flatMap((p) => Array.from(p)).every((x) => x >= 0 && x < 1)).toBe(true);
    // Scrambled, the first point is no longer the origin.
    expect(Array.from(a[0]).some((x) => x !== 0)).toBe(true);
  });

  it('computes any point on its own, equal to the point reached in order', () => {
    const sequence = new SobolSequence(5, { random: stream(3, 's') });
    const inOrder = sequence.points(1025);
    expect(sequence.point(1024)).toEqual(inOrder[1024]);
    expect(sequence.point(777)).toEqual(inOrder[777]);
  });

  it('refuses dimensions it has no direction numbers for', () => {
    expect(MAX_SOBOL_DIMENSION).toBe(201);
    expect(() => new SobolSequence(0)).toThrow(InvalidOptionError);
    expect(() => new SobolSequence(MAX_SOBOL_DIMENSION + 1)).toThrow(InvalidOptionError);
  });
});

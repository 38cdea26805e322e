import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';

import { InvalidOptionError, stream } from '../../src/index.ts';

const draw = (s: { next(): number }, n: number) => Array.from({ length: n }, () => s.next());

describe('stream', () => {
  it('gives the same sequence for the same seed and path', () => {
    expect(draw(stream(42, 'arm:collective', 'rep:3', 'thresholds'), 20)).toEqual(
      draw(stream(42, 'arm:collective', 'rep:3', 'thresholds'), 20),
    );
  });

  it('gives different sequences for different seeds or paths', () => {
    const base = draw(stream(42, 'arm:collective', 'rep:3'), 5);
    expect(draw(stream(43, 'arm:collective', 'rep:3'), 5)).not.toEqual(base);
    expect(draw(stream(42, 'arm:heroic', 'rep:3'), 5)).not.toEqual(base);
    expect(draw(stream(42, 'arm:collective', 'rep:4'), 5)).not.toEqual(base);
    expect(draw(stream(42, 'arm:collective'), 5)).not.toEqual(base);
  });

  it('keeps path parts apart even when they contain separators', () => {
    expect(draw(stream(1, 'a/b'), 5)).not.toEqual(draw(stream(1, 'a', 'b'), 5));
    expect(draw(stream(1, 3), 5)).not.toEqual(draw(stream(1, '3'), 5));
  });

  it('is not shifted by draws from another stream, in any order', () => {
    const alone = draw(stream(7, 'b'), 10);
    const a = stream(7, 'a');
    const b = stream(7, 'b');
    draw(a, 1000);
    const interleaved: number[] = [];
    for (let i = 0; i < 10; i++) {
      interleaved.push(b.next());
      a.next();
    }
    expect(interleaved).toEqual(alone);
  });

  it('forks children that equal the stream named by the extended path, whatever the parent drew', () => {
    const parent = stream(5, 'run');
    draw(parent, 17);
    expect(draw(parent.fork('thresholds'), 5)).toEqual(draw(stream(5, 'run', 'thresholds'), 5));
    expect(parent.fork('x').path).toEqual(['run', 'x']);
  });

  it('draws uniforms in [0, 1), integers in range and normals with the right moments', () => {
    const s = stream(1, 'moments');
    const u = draw(s, 10_000);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const ints = Array.from({ length: 10_000 }, () => s.int(6));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    const normals = Array.from({ length: 20_000 }, () => s.normal(2, 3));
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((a, b) => a + (b - mean) ** 2, 0) / (normals.length - 1));
    // Standard error of the mean is 3 / √20000 ≈ 0.021; 5 SE keeps this test from flaking.
    expect(Math.abs(mean - 2)).toBeLessThan(0.11);
    expect(Math.abs(sd - 3)).toBeLessThan(0.1);
  });

  it("gives exactly seedrandom's Alea seeded with the JSON text of [seed, ...path], by next and by fill", () => {
    const names: [number | string, ...(string | number)[]][] = [
      [42],
      [42, 'replicate', 1, 'hiring', 17, 'turnover', 123456],
      ['a seed', 'spread', 'idea-w12-p0001234'],
      [-3.5, 'ünïcödé ✓ "quoted" \\ back', 0, -0, 1e21],
      [7, 'x'.repeat(500)],
    ];
    for (const [seed, ...path] of names) {
      const reference = seedrandom.alea(JSON.stringify([seed, ...path]));
      const expected = Array.from({ length: 300 }, () => reference());
      expect(draw(stream(seed, ...path), 300)).toEqual(expected);
      // fill continues where next left off, and next where fill did.
      const s = stream(seed, ...path);
      const block = new Float64Array(200);
      const first = draw(s, 50);
      s.fill(block, 150);
      expect([...first, ...block.subarray(0, 150), ...draw(s, 100)]).toEqual(expected);
    }
    expect(() => {
      stream(1).fill(new Float64Array(2), 3);
    }).toThrow(RangeError);
  });

  it('rejects seeds and path parts that cannot name a stream', () => {
    expect(() => stream(Number.NaN)).toThrow(InvalidOptionError);
    expect(() => stream(1, {} as unknown as string)).toThrow(InvalidOptionError);
    expect(() => stream(1, 'week', undefined as unknown as string)).toThrow(InvalidOptionError);
    expect(() => stream(1, 'week', Number.POSITIVE_INFINITY)).toThrow(/path.*found Infinity/);
  });
});

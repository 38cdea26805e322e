import { describe, expect, it } from 'vitest';

import { compileGraph, independentCascade, simulate, stream } from '../../../src/index.ts';
import { directed, stepsByKey, undirected } from '../helpers.ts';

describe('independentCascade', () => {
  it('with probability 1 reaches exactly the nodes reachable along arcs, one hop per step', () => {
    const g = compileGraph(directed(['a>b', 'b>c', 'c>d', 'x>a']));
    const r = simulate(g, independentCascade(), { initialAdopters: ['a'], random: stream(1) });
    expect(stepsByKey(r)).toEqual({ a: 0, b: 1, c: 2, d: 3, x: -1 });
    expect(r.stoppedBy).toBe('fixed-point');
  });

  it('gives each new adopter one chance only', () => {
    // A star whose centre has a 1-in-2 chance per leaf: the leaves that the first
    // attempt misses are never reached later.
    const leaves = Array.from({ length: 400 }, (_, i) => `centre-l${i}`);
    const g = compileGraph(undirected(leaves));
    const r = simulate(g, independentCascade({ probability: 0.5 }), { initialAdopters: ['centre'], random: stream(4) });
    expect(r.steps).toBe(2);
    // Binomial(400, 0.5): SD 10, ±5 SD.
    expect(Math.abs(r.finalSize - 1 - 200)).toBeLessThan(50);
  });

  it('reads edge weights as transmission probabilities and refuses ones above 1', () => {
    const g = compileGraph(directed(['a>b:0', 'a>c:1']));
    const r = simulate(g, independentCascade(), { initialAdopters: ['a'], random: stream(2) });
    expect(stepsByKey(r)).toEqual({ a: 0, b: -1, c: 1 });
    const heavy = compileGraph(directed(['a>b:3']));
    expect(() => simulate(heavy, independentCascade(), { initialAdopters: ['a'], random: stream(2) })).toThrow(/≤ 1/);
  });

  it('needs a seeded stream', () => {
    const g = compileGraph(directed(['a>b']));
    expect(() => simulate(g, independentCascade(), { initialAdopters: ['a'] })).toThrow(/seeded stream/);
  });

  it('with an external term eventually reaches isolated nodes', () => {
    const g = compileGraph(undirected(['a-b'], ['isolated']));
    const r = simulate(g, independentCascade({ probability: 0, external: 0.3 }), { initialAdopters: [], random: stream(5) });
    expect(r.finalSize).toBe(3);
    expect(r.stoppedBy).toBe('fixed-point');
  });
});

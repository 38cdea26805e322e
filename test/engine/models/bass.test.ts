import { describe, expect, it } from 'vitest';

import { bass, compileGraph, complete, simulate, stream } from '../../../src/index.ts';
import { undirected } from '../helpers.ts';

describe('bass', () => {
  it('with q = 0 adopts at rate p regardless of neighbours', () => {
    // 2,000 isolated nodes, p = 0.2: after one step ~400 adopt (binomial SD ≈ 18; ±4 SD).
    const g = compileGraph(undirected([], Array.from({ length: 2000 }, (_, i) => `n${i}`)));
    const r = simulate(g, bass({ p: 0.2, q: 0 }), { initialAdopters: [], random: stream(1), maxSteps: 1 });
    expect(Math.abs(r.adopters[1] - 400)).toBeLessThan(72);
  });

  it('with p = 0 spreads only by imitation, from the initial adopters', () => {
    const g = compileGraph(complete(50));
    const none = simulate(g, bass({ p: 0, q: 0.5 }), { initialAdopters: [], random: stream(1) });
    expect(none.finalSize).toBe(0);
    expect(none.stoppedBy).toBe('fixed-point');
    const some = simulate(g, bass({ p: 0, q: 0.5 }), { initialAdopters: ['0'], random: stream(1) });
    expect(some.finalSize).toBe(50);
  });

  it('rejects probabilities outside [0, 1]', () => {
    expect(() => bass({ p: -0.1, q: 0.3 })).toThrow(/`p`/);
    expect(() => bass({ p: 0.1, q: 1.3 })).toThrow(/`q`/);
  });
});

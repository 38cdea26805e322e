import { describe, expect, it } from 'vitest';

import { absoluteThreshold, compileGraph, fractionalThreshold, simulate } from '../../../src/index.ts';
import { adopters, stepsByKey, undirected } from '../helpers.ts';

describe('absoluteThreshold', () => {
  it('needs m adopting neighbours, whatever the degree', () => {
    // hub has 5 neighbours: 2 adopters reach m = 2 (a 40% share), 1 does not.
    const g = compileGraph(undirected(['hub-a', 'hub-b', 'hub-c', 'hub-d', 'hub-e']));
    expect(adopters(simulate(g, absoluteThreshold({ threshold: 2 }), { initialAdopters: ['a', 'b'] }))).toContain('hub');
    expect(adopters(simulate(g, absoluteThreshold({ threshold: 2 }), { initialAdopters: ['a'] }))).toEqual(['a']);
  });

  it('spreads complex contagion through wide bridges only', () => {
    // Two triangles joined by four ties, so d and e each see two of the first
    // cluster (a wide bridge), vs joined by one tie (a narrow bridge).
    const wide = compileGraph(undirected(['a-b', 'b-c', 'a-c', 'b-d', 'c-d', 'b-e', 'c-e', 'd-e', 'd-f', 'e-f']));
    const narrow = compileGraph(undirected(['a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'd-f', 'e-f']));
    const model = absoluteThreshold({ threshold: 2 });
    expect(simulate(wide, model, { initialAdopters: ['a', 'b'] }).finalSize).toBe(6);
    expect(adopters(simulate(narrow, model, { initialAdopters: ['a', 'b'] }))).toEqual(['a', 'b', 'c']);
    expect(stepsByKey(simulate(wide, model, { initialAdopters: ['a', 'b'] }))).toEqual({ a: 0, b: 0, c: 1, d: 2, e: 2, f: 3 });
  });

  it('rejects negative thresholds', () => {
    const g = compileGraph(undirected(['a-b']));
    expect(() => absoluteThreshold({ threshold: -1 }).prepare(g, null)).toThrow(/a number ≥ 0, found -1/);
  });

  it('makes m = 0 an instigator, as φ = 0 is for the fractional threshold; never without neighbours', () => {
    const g = compileGraph(undirected(['a-b'], ['isolated']));
    const r = simulate(g, absoluteThreshold({ threshold: 0 }), { initialAdopters: [] });
    expect(adopters(r)).toEqual(adopters(simulate(g, fractionalThreshold({ threshold: 0 }), { initialAdopters: [] })));
    expect(stepsByKey(r)).toEqual({ a: 1, b: 1, isolated: -1 });
  });
});

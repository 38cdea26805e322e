import { describe, expect, it } from 'vitest';

import { InvalidOptionError, compileGraph, fractionalThreshold, simulate, stream } from '../../src/index.ts';
import type { SimulateOptions } from '../../src/index.ts';
import { undirected } from './helpers.ts';

const ring = compileGraph(undirected(Array.from({ length: 100 }, (_, i) => `${i}-${(i + 1) % 100}`)));

describe('simulate', () => {
  it('draws k distinct random initial adopters from the "initial-adopters" stream', () => {
    const model = fractionalThreshold({ threshold: 1 });
    const r = simulate(ring, model, { initialAdopters: { random: 10 }, random: stream(8) });
    expect(r.adopters[0]).toBe(10);
    const again = simulate(ring, model, { initialAdopters: { random: 10 }, random: stream(8) });
    expect([...again.adoptionStep]).toEqual([...r.adoptionStep]);
    const other = simulate(ring, model, { initialAdopters: { random: 10 }, random: stream(9) });
    expect([...other.adoptionStep]).not.toEqual([...r.adoptionStep]);
  });

  it('ignores duplicate initial adopters and names unknown ones', () => {
    const r = simulate(ring, fractionalThreshold({ threshold: 1 }), { initialAdopters: ['3', '3'] });
    expect(r.adopters[0]).toBe(1);
    expect(() => simulate(ring, fractionalThreshold({ threshold: 1 }), { initialAdopters: ['ward 7'] })).toThrow(
      /expected keys of nodes in the graph, found "ward 7"/,
    );
  });

  it('validates its options', () => {
    const model = fractionalThreshold({ threshold: 1 });
    expect(() => simulate(ring, model, { initialAdopters: [], maxSteps: -1 })).toThrow(InvalidOptionError);
    expect(() => simulate(ring, model, { initialAdopters: { random: 101 }, random: stream(1) })).toThrow(/\[0, 100\]/);
    expect(() => simulate(ring, model, { initialAdopters: { random: 2 } })).toThrow(/seeded stream/);
  });

  it('checks initial adopters given from JavaScript rather than trusting their type', () => {
    const model = fractionalThreshold({ threshold: 1 });
    // JSON.parse stands for a caller without types.
    const given = (json: string): SimulateOptions['initialAdopters'] => JSON.parse(json);
    expect(simulate(ring, model, { initialAdopters: given('[3, 4]') }).adopters[0]).toBe(2);
    for (const json of ['null', '7', '{ "count": 2 }'])
      expect(() => simulate(ring, model, { initialAdopters: given(json) })).toThrow(/expected node keys or \{ random: k \}/);
    expect(() => simulate(ring, model, { initialAdopters: given('{ "random": "3" }'), random: stream(1) })).toThrow(
      /invalid `initialAdopters.random`: expected a whole number in \[0, 100\], found "3"/,
    );
  });

  it('runs zero steps when maxSteps is 0', () => {
    const r = simulate(ring, fractionalThreshold({ threshold: 0.5 }), { initialAdopters: ['0'], maxSteps: 0 });
    expect(r.adopters).toEqual([1]);
    expect(r.stoppedBy).toBe('step-limit');
  });
});

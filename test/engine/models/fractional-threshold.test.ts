import { describe, expect, it } from 'vitest';

import { InvalidOptionError, compileGraph, fractionalThreshold, simulate, stream } from '../../../src/index.ts';
import type { FractionalThresholdOptions } from '../../../src/index.ts';
import { adopters, directed, stepsByKey, undirected } from '../helpers.ts';

describe('fractionalThreshold', () => {
  it('adopts when the adopting share of neighbours reaches φ, synchronously', () => {
    // Path a-b-c-d: b has 1 of 2 neighbours adopting (0.5), then c, then d (1 of 1).
    const g = compileGraph(undirected(['a-b', 'b-c', 'c-d']));
    const r = simulate(g, fractionalThreshold({ threshold: 0.5 }), { initialAdopters: ['a'] });
    expect(stepsByKey(r)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(r.adopters).toEqual([1, 2, 3, 4, 4]);
    expect(r.stoppedBy).toBe('fixed-point');
    expect(r.finalSize).toBe(4);
  });

  it('stays below threshold when the share is short of φ', () => {
    const g = compileGraph(undirected(['a-b', 'b-c']));
    const r = simulate(g, fractionalThreshold({ threshold: 0.51 }), { initialAdopters: ['a'] });
    expect(adopters(r)).toEqual(['a']);
    expect(r.steps).toBe(1);
  });

  it('counts exactly-at-threshold shares despite floating point (φ = 0.7 of 10 neighbours)', () => {
    const pairs = Array.from({ length: 10 }, (_, i) => `hub-n${i}`);
    const g = compileGraph(undirected(pairs));
    const seven = Array.from({ length: 7 }, (_, i) => `n${i}`);
    expect(adopters(simulate(g, fractionalThreshold({ threshold: 0.7 }), { initialAdopters: seven }))).toContain('hub');
    const six = seven.slice(0, 6);
    expect(adopters(simulate(g, fractionalThreshold({ threshold: 0.7 }), { initialAdopters: six }))).not.toContain('hub');
  });

  it('weights the share by edge weight, over in-neighbours only', () => {
    // Trainee listens to a consultant (weight 3) and a peer (weight 1).
    const g = compileGraph(directed(['consultant>trainee:3', 'peer>trainee:1', 'trainee>peer:1']));
    const model = fractionalThreshold({ threshold: 0.7 });
    expect(adopters(simulate(g, model, { initialAdopters: ['consultant'] }))).toEqual(['consultant', 'trainee', 'peer'].sort());
    // The peer alone is 1/4 of the trainee's influence; the trainee never influences the consultant.
    expect(adopters(simulate(g, model, { initialAdopters: ['peer'] }))).toEqual(['peer']);
  });

  it('never adopts by influence without neighbours, even at φ = 0 (no division by zero)', () => {
    const g = compileGraph(undirected(['a-b'], ['isolated']));
    const r = simulate(g, fractionalThreshold({ threshold: 0 }), { initialAdopters: [] });
    // φ = 0 instigators with neighbours adopt at once; the isolated node cannot.
    expect(adopters(r)).toEqual(['a', 'b']);
  });

  it('takes per-node thresholds from an array in node order', () => {
    const g = compileGraph(undirected(['a-b', 'a-c']));
    const r = simulate(g, fractionalThreshold({ threshold: [0, 1, 0.1] }), { initialAdopters: [] });
    expect(stepsByKey(r)).toEqual({ a: 1, b: 2, c: 2 });
  });

  it('draws thresholds from a distribution on the run stream, reproducibly', () => {
    const g = compileGraph(undirected(Array.from({ length: 200 }, (_, i) => `${i}-${(i + 1) % 200}`)));
    const model = fractionalThreshold({ threshold: { distribution: 'uniform', min: 0.4, max: 0.6 } });
    const run = (seed: number) => simulate(g, model, { initialAdopters: ['0'], random: stream(seed, 'thresholds-test') });
    // On a ring each node needs 1 of 2 neighbours (0.5): about half the thresholds allow it.
    expect([...run(1).adoptionStep]).toEqual([...run(1).adoptionStep]);
    expect([...run(1).adoptionStep]).not.toEqual([...run(2).adoptionStep]);
    expect(() => simulate(g, model, { initialAdopters: ['0'] })).toThrow(/seeded stream/);
  });

  it('adds noise only below threshold and only next to an adopter', () => {
    // With noise 1, a node with one adopting neighbour (below φ = 0.9) adopts at once;
    // a node with none never does.
    const g = compileGraph(undirected(['a-b', 'b-c', 'b-d', 'b-e'], ['isolated']));
    const r = simulate(g, fractionalThreshold({ threshold: 0.9, noise: 1 }), { initialAdopters: ['a'], random: stream(1) });
    expect(stepsByKey(r)).toEqual({ a: 0, b: 1, c: 2, d: 2, e: 2, isolated: -1 });
    expect(r.stoppedBy).toBe('fixed-point');
  });

  it('adds an external term that reaches everyone, even isolated nodes', () => {
    const g = compileGraph(undirected(['a-b'], ['isolated']));
    const r = simulate(g, fractionalThreshold({ threshold: 1, external: 0.5 }), { initialAdopters: [], random: stream(3) });
    expect(r.finalSize).toBe(3);
    expect(r.stoppedBy).toBe('fixed-point');
  });

  it('sees same-step adoptions under random-order update', () => {
    // On a path with φ = 0.5, synchronous update moves one hop per step; in random
    // order, a node visited after its newly adopted neighbour follows in the same step.
    const pairs = Array.from({ length: 99 }, (_, i) => `${i}-${i + 1}`);
    const g = compileGraph(undirected(pairs));
    const sync = simulate(g, fractionalThreshold({ threshold: 0.5 }), { initialAdopters: ['0'] });
    const random = simulate(g, fractionalThreshold({ threshold: 0.5, update: 'random-order' }), {
      initialAdopters: ['0'],
      random: stream(9),
    });
    expect(sync.finalSize).toBe(100);
    expect(random.finalSize).toBe(100);
    expect(sync.steps).toBe(100);
    expect(random.steps).toBeLessThan(sync.steps / 1.5);
  });

  it('stops at the step limit', () => {
    const pairs = Array.from({ length: 9 }, (_, i) => `${i}-${i + 1}`);
    const r = simulate(compileGraph(undirected(pairs)), fractionalThreshold({ threshold: 0.5 }), {
      initialAdopters: ['0'],
      maxSteps: 3,
    });
    expect(r.stoppedBy).toBe('step-limit');
    expect(r.adopters).toEqual([1, 2, 3, 4]);
  });

  it('rejects thresholds outside [0, 1], naming the node', () => {
    const g = compileGraph(undirected(['a-b']));
    expect(() => fractionalThreshold({ threshold: 1.5 }).prepare(g, null)).toThrow(InvalidOptionError);
    expect(() => fractionalThreshold({ threshold: [0.5, -0.1] }).prepare(g, null)).toThrow(/threshold\[1\] \(node "b"\)/);
    expect(() => fractionalThreshold({ threshold: [0.5] }).prepare(g, null)).toThrow(/one value per node \(2\)/);
    expect(() => fractionalThreshold({ threshold: 0.5, noise: 2 })).toThrow(/noise/);
    expect(() => fractionalThreshold({ threshold: 0.5, update: 'sometimes' as 'synchronous' })).toThrow(/update/);
  });

  it('names an unknown threshold distribution given from JavaScript', () => {
    const g = compileGraph(undirected(['a-b']));
    // JSON.parse stands for a caller without types.
    const threshold: FractionalThresholdOptions['threshold'] = JSON.parse('{ "distribution": "beta", "a": 2, "b": 5 }');
    expect(() => fractionalThreshold({ threshold }).prepare(g, stream(1))).toThrow(
      /invalid `threshold.distribution`: expected "uniform" or "normal", found "beta"/,
    );
  });
});

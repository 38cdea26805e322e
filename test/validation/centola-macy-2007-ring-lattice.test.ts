/**
 * Centola & Macy (2007), "Complex contagions and the weakness of long ties",
 * American Journal of Sociology 113(3).
 *
 * On a clustered ring lattice (N = 1000, each node tied to its 2 nearest
 * neighbours on each side, k = 4), seeded with one node and its neighbours and
 * updated synchronously:
 *   - a simple contagion (adopt with 1 adopting contact) and a complex one
 *     (2 contacts) both saturate, the complex one about twice as slowly;
 *   - randomly rewiring ties (the small-world "long ties") speeds the simple
 *     contagion up but stops the complex one, whose wide bridges are cut.
 * Without rewiring the dynamics is deterministic, so the step counts are exact.
 */
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { absoluteThreshold, compileGraph, simulate, stream, wattsStrogatz } from '../../src/index.ts';
import type { DiffusionResult } from '../../src/index.ts';

const N = 1000;

const report = (...parts: unknown[]) => {
  if (process.env.LEADSIM_REPORT) console.log('[centola-macy 2007]', ...parts);
};

/** First step after which everyone has adopted, or -1. */
const saturationStep = (result: DiffusionResult) => result.adopters.indexOf(N);

/** Step of the last adoption. */
const lastAdoption = (result: DiffusionResult) => Math.max(...result.adoptionStep);

function spread(graph: Graph, threshold: number): DiffusionResult {
  const initialAdopters = ['0', ...graph.neighbors('0')];
  return simulate(compileGraph(graph), absoluteThreshold({ threshold }), { initialAdopters });
}

/** Size of node "0"'s connected component, by breadth-first search on graphology directly. */
function componentOfZero(graph: Graph): number {
  const seen = new Set(['0']);
  const queue = ['0'];
  while (queue.length > 0) for (const v of graph.neighbors(queue.pop()!)) if (!seen.has(v)) seen.add(v), queue.push(v);
  return seen.size;
}

describe('Centola & Macy (2007): complex contagion on a ring lattice, N = 1000, k = 4', () => {
  const ring = wattsStrogatz({ order: N, k: 4, rewiring: 0 });

  it('without rewiring both contagions saturate, the 2-contact one taking twice as many steps', () => {
    // Seeds: nodes −2..2 (node 0 and its four neighbours).
    // 1 contact: every node within distance 2 of the adopting block adopts,
    //   so the block grows by 2 on each side per step: 5 + 4t ≥ 1000 ⇒ t = 249.
    // 2 contacts: only the next node on each side has 2 adopting neighbours
    //   (node 3 sees 1 and 2; node 4 sees only 2), so the block grows by 1 per
    //   side: 5 + 2t, until the last 3 nodes, whose middle one sees adopters
    //   on both sides, all adopt in step 497 (5 + 2·496 = 997).
    // Ratio 497/249 ≈ 1.996: the complex front advances at half the speed.
    const simple = spread(ring, 1);
    const complex = spread(ring, 2);
    report('ring', 'steps to saturate: 1 contact', saturationStep(simple), '2 contacts', saturationStep(complex));
    expect(simple.finalSize).toBe(N);
    expect(complex.finalSize).toBe(N);
    expect(saturationStep(simple)).toBe(249);
    expect(saturationStep(complex)).toBe(497);
    const ratio = saturationStep(complex) / saturationStep(simple);
    expect(ratio).toBeGreaterThanOrEqual(1.8);
    expect(ratio).toBeLessThanOrEqual(2.2);
    // The fronts move at exactly 4 and 2 nodes a step until they meet.
    expect(simple.adopters.slice(0, 6)).toEqual([5, 9, 13, 17, 21, 25]);
    expect(complex.adopters.slice(0, 6)).toEqual([5, 7, 9, 11, 13, 15]);
  });

  // With 10% of ties rewired, the 2-contact front must cross, at every step,
  // ties from two adjacent adopters to the next node; each of those ties was
  // rewired away with probability ≈ 0.1, so the front dies after ~5 steps per
  // side (on the graphs below: final sizes 5–16 of 1000). A rewired long tie gives a
  // distant node only one adopting contact, never the two it needs. The
  // 1-contact contagion reaches everyone connected to the seeds, in O(log N)
  // steps (11–13 below) instead of 249. Checked on 8 independently seeded
  // graphs, each one asserting the claim (not just the average).
  const rewiring = 0.1;
  for (let g = 0; g < 8; g++)
    it(`with rewiring ${rewiring} (graph ${g}), 2 contacts stall while 1 contact spreads faster than on the ring`, () => {
      const graph = wattsStrogatz({ order: N, k: 4, rewiring, random: stream(2007, 'centola-macy', rewiring, g) });
      const simple = spread(graph, 1);
      const complex = spread(graph, 2);
      report(`rewired graph ${g}`, '1 contact: size', simple.finalSize, 'steps', lastAdoption(simple), '| 2 contacts: size', complex.finalSize);
      expect(simple.finalSize).toBe(componentOfZero(graph));
      expect(simple.finalSize).toBeGreaterThanOrEqual(0.99 * N);
      expect(lastAdoption(simple)).toBeLessThanOrEqual(50);
      expect(complex.finalSize / N).toBeLessThan(0.05);
    });
});

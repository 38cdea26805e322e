/**
 * Watts–Strogatz small world (Watts & Strogatz 1998)
 * ==================================================
 *
 * A ring lattice where each node is tied to its k/2 nearest neighbours on each
 * side; each tie (i, i + j) is then rewired with probability `rewiring` to a
 * uniformly chosen node, avoiding self-loops and duplicate ties. With
 * rewiring 0 this is the clustered ring lattice of Centola & Macy (2007).
 */
import { UndirectedGraph } from 'graphology';

import type { RandomStream } from '../random/stream.ts';
import { InvalidOptionError } from '../errors.ts';

export interface WattsStrogatzOptions {
  order: number;
  /** Even mean degree, 2 ≤ k < order. */
  k: number;
  /** Probability of rewiring each tie, in [0, 1]. */
  rewiring: number;
  /** Required when rewiring > 0. */
  random?: RandomStream;
}

export function wattsStrogatz(options: WattsStrogatzOptions): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < options.order; i++) graph.addNode(String(i));
  for (const [u, v] of smallWorldTies(options)) graph.addEdge(String(u), String(v));
  return graph;
}

/** The ties of a Watts–Strogatz graph as index pairs [u, v], u < v, sorted. */
export function smallWorldTies({ order, k, rewiring, random }: WattsStrogatzOptions): [number, number][] {
  const where = 'wattsStrogatz';
  if (!Number.isInteger(order) || order < 3) throw new InvalidOptionError(where, 'order', 'a whole number ≥ 3', order);
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0 || k >= order)
    throw new InvalidOptionError(where, 'k', `an even whole number in [2, ${order - 1}]`, k);
  if (!(rewiring >= 0 && rewiring <= 1)) throw new InvalidOptionError(where, 'rewiring', 'a probability in [0, 1]', rewiring);
  let draws: RandomStream | null = null;
  if (rewiring > 0) {
    if (random === undefined) throw new InvalidOptionError(where, 'random', 'a seeded stream, because rewiring is random', random);
    draws = random;
  }

  // Ties as numbers u * order + v (u < v), so duplicates are a Set lookup.
  const ties = new Set<number>();
  const tie = (u: number, v: number) => (u < v ? u * order + v : v * order + u);
  for (let i = 0; i < order; i++) for (let j = 1; j <= k / 2; j++) ties.add(tie(i, (i + j) % order));

  if (draws !== null) {
    for (let j = 1; j <= k / 2; j++)
      for (let i = 0; i < order; i++) {
        const old = tie(i, (i + j) % order);
        if (draws.next() >= rewiring || !ties.has(old)) continue;
        let w = draws.int(order);
        // A node already tied to everyone keeps its tie.
        for (let tries = 0; (w === i || ties.has(tie(i, w))) && tries < order; tries++) w = draws.int(order);
        if (w === i || ties.has(tie(i, w))) continue;
        ties.delete(old);
        ties.add(tie(i, w));
      }
  }
  return [...ties].sort((a, b) => a - b).map((t) => [Math.floor(t / order), t % order]);
}

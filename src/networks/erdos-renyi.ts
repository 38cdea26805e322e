/**
 * Erdős–Rényi random graph
 * ========================
 *
 * graphology-generators' sparse G(n, p) with a seeded stream, parameterised by
 * the mean degree z = p (n − 1) as in Watts (2002).
 */
import { UndirectedGraph } from 'graphology';
import generate from 'graphology-generators/random/erdos-renyi.js';

import type { RandomStream } from '../random/stream.ts';
import { InvalidOptionError } from '../errors.ts';

export interface ErdosRenyiOptions {
  order: number;
  meanDegree: number;
  random: RandomStream;
}

export function erdosRenyi({ order, meanDegree, random }: ErdosRenyiOptions): UndirectedGraph {
  if (!Number.isInteger(order) || order < 2) throw new InvalidOptionError('erdosRenyi', 'order', 'a whole number ≥ 2', order);
  if (!(meanDegree >= 0 && meanDegree <= order - 1))
    throw new InvalidOptionError('erdosRenyi', 'meanDegree', `a number in [0, ${order - 1}]`, meanDegree);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the generator builds the graph with the constructor it is given; its typings return graphology's Graph interface, not that class
  return generate.sparse(UndirectedGraph, { order, probability: meanDegree / (order - 1), rng: random.next });
}

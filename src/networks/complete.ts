/**
 * Complete graph
 * ==============
 *
 * Everyone tied to everyone: the network form of a mean-field model.
 */
import { UndirectedGraph } from 'graphology';
import generate from 'graphology-generators/classic/complete.js';

import { InvalidOptionError } from '../errors.ts';

export function complete(order: number): UndirectedGraph {
  if (!Number.isInteger(order) || order < 1) throw new InvalidOptionError('complete', 'order', 'a whole number ≥ 1', order);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the generator builds the graph with the constructor it is given; its typings return graphology's Graph interface, not that class
  return generate(UndirectedGraph, order);
}

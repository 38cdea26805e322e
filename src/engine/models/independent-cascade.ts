/**
 * Independent cascade (Kempe, Kleinberg & Tardos 2003)
 * ====================================================
 *
 * Each node that adopted in the previous step gets one chance to activate each
 * non-adopting out-neighbour v, succeeding with probability
 * p_uv = probability × w_uv (edge weights default to 1). An optional external
 * term lets any non-adopter adopt by itself with probability p each step.
 */
import type { DiffusionModel } from '../model.ts';
import { probability, requireRandom } from '../model.ts';
import { adopt } from '../state.ts';
import { InvalidOptionError } from '../../errors.ts';

export interface IndependentCascadeOptions {
  /** Scales edge weights into transmission probabilities. Default 1 (weights are the probabilities). */
  probability?: number;
  /** Per-step probability of adopting regardless of neighbours. Default 0. */
  external?: number;
}

export function independentCascade(options: IndependentCascadeOptions = {}): DiffusionModel {
  const where = 'independentCascade';
  const scale = probability(where, 'probability', options.probability ?? 1);
  const external = probability(where, 'external', options.external ?? 0);
  return {
    name: 'independent-cascade',
    prepare(graph, random) {
      const streams = requireRandom(where, random, 'transmission is random');
      const transmission = streams.fork('transmission');
      const spontaneous = streams.fork('external');
      const { offsets, neighbours, weights } = graph.out;
      if (weights !== null)
        for (const weight of weights)
          if (scale * weight > 1)
            throw new InvalidOptionError(where, 'probability × edge weight', 'a probability ≤ 1 on every edge', scale * weight);
      let next: Int32Array = new Int32Array(graph.order);

      return {
        step(state) {
          const { adopted } = state;
          const frontier = state.newAdopters;
          let count = 0;
          for (let f = 0; f < state.newAdopterCount; f++) {
            const u = frontier[f];
            for (let e = offsets[u]; e < offsets[u + 1]; e++) {
              const v = neighbours[e];
              if (adopted[v] !== 0) continue;
              if (transmission.next() < scale * (weights === null ? 1 : weights[e])) {
                adopt(state, v);
                next[count++] = v;
              }
            }
          }
          if (external > 0)
            for (let v = 0; v < graph.order; v++)
              if (adopted[v] === 0 && spontaneous.next() < external) {
                adopt(state, v);
                next[count++] = v;
              }
          [state.newAdopters, next] = [next, frontier];
          state.newAdopterCount = count;
          const canStillAdopt = external > 0 && state.adopters < graph.order;
          return count === 0 && !canStillAdopt;
        },
      };
    },
  };
}

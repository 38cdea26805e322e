/**
 * Bass diffusion on a network (Bass 1969)
 * =======================================
 *
 * Each step a non-adopter adopts with independent chances p (innovation,
 * external influence) and q × the weighted share of its neighbours who have
 * adopted (imitation). On a complete graph this is the mean-field Bass model,
 * f / (1 − F) = p + qF, in discrete time.
 */
import type { DiffusionModel } from '../model.ts';
import { probability } from '../model.ts';
import type { UpdateOrder } from './threshold-kernel.ts';
import { readChanceOptions, thresholdKernel } from './threshold-kernel.ts';

export interface BassOptions {
  /** Innovation: per-step probability of adopting regardless of neighbours. */
  p: number;
  /** Imitation: per-step probability per unit share of adopting neighbours. */
  q: number;
  update?: UpdateOrder;
}

export function bass(options: BassOptions): DiffusionModel {
  const where = 'bass';
  const { external, update } = readChanceOptions(where, { external: probability(where, 'p', options.p), update: options.update });
  const imitation = probability(where, 'q', options.q);
  return {
    name: 'bass',
    prepare(graph, random) {
      const need = new Float64Array(graph.order).fill(Infinity);
      return thresholdKernel(where, { need, external, noise: 0, imitation, update }, random);
    },
  };
}

/**
 * Fractional threshold (Granovetter 1978; Watts 2002)
 * ===================================================
 *
 * A non-adopter adopts when the weighted fraction of its in-neighbours who have
 * adopted reaches its threshold φ_i, compared as a product (s ≥ φ_i · W_i) so no
 * division happens and nodes without neighbours never adopt by influence.
 */
import type { DiffusionModel } from '../model.ts';
import type { ThresholdSpec } from '../thresholds.ts';
import { resolveThresholds } from '../thresholds.ts';
import type { ChanceOptions } from './threshold-kernel.ts';
import { atLeast, readChanceOptions, thresholdKernel } from './threshold-kernel.ts';

const FRACTION = { min: 0, max: 1, expected: 'a fraction in [0, 1]' };

export interface FractionalThresholdOptions extends ChanceOptions {
  /** φ in [0, 1]: a value, one per node, or a distribution. */
  threshold: ThresholdSpec;
}

export function fractionalThreshold(options: FractionalThresholdOptions): DiffusionModel {
  const where = 'fractionalThreshold';
  const chances = readChanceOptions(where, options);
  return {
    name: 'fractional-threshold',
    prepare(graph, random) {
      const phi = resolveThresholds(where, options.threshold, graph, FRACTION, random?.fork('thresholds') ?? null);
      const need = new Float64Array(graph.order);
      for (let i = 0; i < graph.order; i++) {
        const total = graph.inWeightSum[i];
        need[i] = total > 0 ? atLeast(phi[i] * total) : Infinity;
      }
      return thresholdKernel(where, { need, imitation: 0, ...chances }, random);
    },
  };
}

/**
 * Absolute threshold (complex contagion; Centola & Macy 2007)
 * ===========================================================
 *
 * A non-adopter adopts once at least m_i of its in-neighbours have adopted
 * (the weighted sum, which is the count on an unweighted graph). As with the
 * fractional threshold, m_i = 0 makes an instigator (Granovetter 1978), who
 * adopts at the first step when nobody else has; a node without in-neighbours
 * never adopts by influence, whatever its threshold.
 */
import type { DiffusionModel } from '../model.ts';
import type { ThresholdSpec } from '../thresholds.ts';
import { resolveThresholds } from '../thresholds.ts';
import type { ChanceOptions } from './threshold-kernel.ts';
import { atLeast, readChanceOptions, thresholdKernel } from './threshold-kernel.ts';

const NON_NEGATIVE = { min: 0, max: Number.MAX_VALUE, expected: 'a number ≥ 0' };

export interface AbsoluteThresholdOptions extends ChanceOptions {
  /** m ≥ 0 adopting neighbours (or weight): a value, one per node, or a distribution. */
  threshold: ThresholdSpec;
}

export function absoluteThreshold(options: AbsoluteThresholdOptions): DiffusionModel {
  const where = 'absoluteThreshold';
  const chances = readChanceOptions(where, options);
  return {
    name: 'absolute-threshold',
    prepare(graph, random) {
      const m = resolveThresholds(where, options.threshold, graph, NON_NEGATIVE, random?.fork('thresholds') ?? null);
      const need = new Float64Array(graph.order);
      for (let i = 0; i < graph.order; i++) need[i] = graph.inWeightSum[i] > 0 ? atLeast(m[i]) : Infinity;
      return thresholdKernel(where, { need, imitation: 0, ...chances }, random);
    },
  };
}

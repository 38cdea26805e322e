/**
 * Absolute threshold (complex contagion; Centola & Macy 2007)
 * ===========================================================
 *
 * A non-adopter adopts once at least m_i of its in-neighbours have adopted
 * (the weighted sum, which is the count on an unweighted graph).
 */
import type { DiffusionModel } from '../model.ts';
import type { ThresholdSpec } from '../thresholds.ts';
import { resolveThresholds } from '../thresholds.ts';
import type { ChanceOptions } from './threshold-kernel.ts';
import { atLeast, readChanceOptions, thresholdKernel } from './threshold-kernel.ts';

const POSITIVE = { min: Number.MIN_VALUE, max: Number.MAX_VALUE, expected: 'a number > 0' };

export interface AbsoluteThresholdOptions extends ChanceOptions {
  /** m > 0 adopting neighbours (or weight): a value, one per node, or a distribution. */
  threshold: ThresholdSpec;
}

export function absoluteThreshold(options: AbsoluteThresholdOptions): DiffusionModel {
  const where = 'absoluteThreshold';
  const chances = readChanceOptions(where, options);
  return {
    name: 'absolute-threshold',
    prepare(graph, random) {
      const m = resolveThresholds(where, options.threshold, graph, POSITIVE, random?.fork('thresholds') ?? null);
      const need = m.map(atLeast);
      return thresholdKernel(where, { need, imitation: 0, ...chances }, random);
    },
  };
}

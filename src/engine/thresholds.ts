/**
 * Per-node thresholds
 * ===================
 *
 * A threshold is given as one value for everyone, an array in the graph's node
 * order, or a distribution drawn once per run from the run's "thresholds"
 * stream (Granovetter 1978: heterogeneous thresholds). Normal draws are clipped
 * to the model's range, as in Watts (2002).
 */
import type { CompiledGraph } from './compile.ts';
import type { RandomStream } from '../random/stream.ts';
import { InvalidOptionError } from '../errors.ts';
import { requireRandom } from './model.ts';

export type ThresholdDistribution =
  | { distribution: 'uniform'; min: number; max: number }
  | { distribution: 'normal'; mean: number; sd: number };

export type ThresholdSpec = number | ArrayLike<number> | ThresholdDistribution;

export interface ThresholdRange {
  readonly min: number;
  readonly max: number;
  /** How to name the range in errors. */
  readonly expected: string;
}

export function resolveThresholds(
  where: string,
  spec: ThresholdSpec,
  graph: CompiledGraph,
  range: ThresholdRange,
  random: RandomStream | null,
): Float64Array {
  const n = graph.order;
  const inRange = (x: number) => x >= range.min && x <= range.max;
  const { expected } = range;

  if (typeof spec === 'number') {
    if (!inRange(spec)) throw new InvalidOptionError(where, 'threshold', expected, spec);
    return new Float64Array(n).fill(spec);
  }
  if (isArrayLike(spec)) {
    if (spec.length !== n)
      throw new InvalidOptionError(where, 'threshold', `one value per node (${n})`, spec);
    const values = Float64Array.from(spec);
    for (let i = 0; i < n; i++)
      if (!inRange(values[i]))
        throw new InvalidOptionError(where, `threshold[${i}] (node "${graph.keys[i]}")`, expected, spec[i]);
    return values;
  }

  const draws = requireRandom(where, random, 'thresholds are drawn from a distribution');
  const values = new Float64Array(n);
  switch (spec.distribution) {
    case 'uniform': {
      const { min, max } = spec;
      if (!(inRange(min) && inRange(max) && min <= max))
        throw new InvalidOptionError(where, 'threshold.min/max', `min ≤ max, both ${expected}`, `${min}/${max}`);
      for (let i = 0; i < n; i++) values[i] = min + (max - min) * draws.next();
      return values;
    }
    case 'normal': {
      const { mean, sd } = spec;
      if (!Number.isFinite(mean)) throw new InvalidOptionError(where, 'threshold.mean', 'a finite number', mean);
      if (!(sd >= 0)) throw new InvalidOptionError(where, 'threshold.sd', 'a number ≥ 0', sd);
      for (let i = 0; i < n; i++) values[i] = Math.min(range.max, Math.max(range.min, draws.normal(mean, sd)));
      return values;
    }
    default: {
      // Reached only from JavaScript or parsed input, where the types were not checked.
      const given: unknown = spec;
      const distribution = typeof given === 'object' && given !== null && 'distribution' in given ? given.distribution : undefined;
      throw new InvalidOptionError(where, 'threshold.distribution', '"uniform" or "normal"', distribution);
    }
  }
}

function isArrayLike(spec: unknown): spec is ArrayLike<number> {
  return typeof spec === 'object' && spec !== null && 'length' in spec && typeof spec.length === 'number';
}

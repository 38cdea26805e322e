/**
 * Factor scales
 * =============
 *
 * Designs are built in the unit cube; a factor maps u ∈ [0, 1] onto its range,
 * uniformly (`linear`) or uniformly in the logarithm (`log`), rounded when the
 * factor is `integer`.
 */
import type { SensitivityFactor } from './schema.ts';

export type ScaledFactor = Pick<SensitivityFactor, 'range' | 'scale' | 'integer'>;

export function factorValue({ range: [min, max], scale, integer }: ScaledFactor, u: number): number {
  const value = scale === 'log' ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : (1 - u) * min + u * max;
  return integer ? Math.round(value) : value;
}

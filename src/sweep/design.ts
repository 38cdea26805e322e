/**
 * Design points
 * =============
 *
 * A grid takes every combination of the factors' values, the first factor
 * varying slowest. A Latin hypercube with N samples cuts each factor's range
 * into N equal strata and gives each stratum to exactly one point, in an
 * independent random order per factor, at a random place within the stratum
 * (McKay, Beckman & Conover 1979); the draws come from streams named by the
 * sweep's seed and the factor, so the design is reproducible.
 */
import { LeadsimError } from '../errors.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Factor, Sweep } from './schema.ts';

export interface DesignPoint {
  /** "p001", "p002", …: the point's key in file names and run keys. */
  readonly point: string;
  readonly factors: Readonly<Record<string, number>>;
}

export function designPoints(sweep: Sweep, random: RandomStream): DesignPoint[] {
  const combinations = sweep.design === 'grid' ? grid(sweep.factors) : latinHypercube(sweep.factors, sweep.design.latinHypercube.samples, random);
  const width = Math.max(3, String(combinations.length).length);
  return combinations.map((factors, i) => ({ point: `p${String(i + 1).padStart(width, '0')}`, factors }));
}

function grid(factors: readonly Factor[]): Record<string, number>[] {
  return factors.reduce<Record<string, number>[]>(
    (points, factor) => points.flatMap((point) => designed(factor, 'values', 'grid').map((value) => ({ ...point, [factor.name]: value }))),
    [{}],
  );
}

function latinHypercube(factors: readonly Factor[], samples: number, random: RandomStream): Record<string, number>[] {
  const columns = factors.map((factor) => {
    const draws = random.fork('latin-hypercube', factor.name);
    const strata = Array.from({ length: samples }, (_, i) => i);
    for (let i = samples - 1; i > 0; i--) {
      const j = draws.int(i + 1);
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    const [min, max] = designed(factor, 'range', 'Latin hypercube');
    return strata.map((stratum) => {
      const value = min + ((stratum + draws.next()) / samples) * (max - min);
      return factor.integer ? Math.round(value) : value;
    });
  });
  return Array.from({ length: samples }, (_, i) => Object.fromEntries(factors.map((factor, f) => [factor.name, columns[f][i]])));
}

/** A factor's values or range, which the sweep schema requires of every factor in a design that uses it. */
function designed<K extends 'values' | 'range'>(factor: Factor, field: K, design: string): NonNullable<Factor[K]> {
  const given = factor[field];
  if (given === undefined) throw new LeadsimError(`sweep: factor ${JSON.stringify(factor.name)} has no ${field}, which a ${design} design needs.`);
  return given;
}

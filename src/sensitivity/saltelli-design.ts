/**
 * Saltelli sampling
 * =================
 *
 * The design of Saltelli et al. (2010, Comput. Phys. Commun. 181:259, §3):
 * two N × k matrices A and B, and for each factor i the matrix A_B^(i), A with
 * column i taken from B; N(k + 2) points in all. Row j of A and of B are the
 * first and last k coordinates of point j of one 2k-dimensional (scrambled)
 * Sobol' sequence, as the paper recommends.
 *
 * Rows are laid out as OpenTURNS' SobolIndicesExperiment lays them out:
 * A (rows 0 … N−1), B (N … 2N−1), then A_B^(1), …, A_B^(k), N rows each
 * (OpenTURNS calls A_B^(i) "E^i"). The estimators (sobol-indices.ts) read
 * outputs in that order.
 */
import type { RandomStream } from '../random/stream.ts';
import { SobolSequence } from './sobol-sequence.ts';

export interface SaltelliDesign {
  /** N: rows of A and of B. */
  samples: number;
  /** k. */
  factors: number;
  /** N(k + 2) points in the unit cube, in the layout above. */
  rows: Float64Array[];
}

/** The block a row belongs to: "A", "B", or "AB" with the factor (0-based) whose column came from B. */
export function saltelliBlock(row: number, samples: number): { block: 'A' | 'B' | 'AB'; factor: number | null; sample: number } {
  const block = Math.floor(row / samples);
  const sample = row % samples;
  return block === 0 ? { block: 'A', factor: null, sample } : block === 1 ? { block: 'B', factor: null, sample } : { block: 'AB', factor: block - 2, sample };
}

/** The design from a Sobol' sequence scrambled with `random`'s bits (unscrambled without). */
export function saltelliDesign(factors: number, samples: number, random?: RandomStream): SaltelliDesign {
  const sequence = new SobolSequence(2 * factors, { random });
  const points = sequence.points(samples);
  const a = points.map((p) => p.slice(0, factors));
  const b = points.map((p) => p.slice(factors));
  const mixed = Array.from({ length: factors }, (_, i) =>
    a.map((row, j) => {
      const out = row.slice();
      out[i] = b[j][i];
      return out;
    }),
  );
  return { samples, factors, rows: [...a, ...b, ...mixed.flat()] };
}

/**
 * Sobol' index estimators
 * =======================
 *
 * First-order (S_i) and total-order (ST_i) indices from the outputs of a
 * Saltelli design (saltelli-design.ts: y_A, y_B, then y_E^(i) = f(A_B^(i)) for
 * each factor, N values each), with the normalisations OpenTURNS 1.20 uses, so
 * the two agree to rounding on the same design and outputs. V is the unbiased
 * variance of y_A, Σ runs over the N rows j.
 *
 * jansen — Jansen (1999, Comput. Phys. Commun. 117:35), as in Saltelli et al.
 * (2010) Table 2 (b) and (f), with 2N − 1 in place of 2N:
 *
 *   S_i  = [V − Σ (y_E^(i) − y_B)² / (2N − 1)] / V
 *   ST_i =      Σ (y_E^(i) − y_A)² / (2N − 1)  / V
 *
 * saltelli — Saltelli (2002, Comput. Phys. Commun. 145:280), on outputs
 * centred by the mean m of all N(k + 2); g = y − m, μ_A and μ_B the means of
 * g_A and g_B:
 *
 *   S_i  = [Σ g_B g_E^(i) / (N − 1) − μ_A μ_B] / V
 *   ST_i = [μ_A² + V − Σ g_A g_E^(i) / (N − 1)] / V
 *
 * The difference from 1/(2N) is a factor (2N − 1)/2N on a sum: below 0.1% of it
 * at N ≥ 512. `rows` picks the N rows to use (a bootstrap resample); by default
 * 0 … N − 1.
 */
export type SobolEstimator = 'jansen' | 'saltelli';

export interface SobolIndices {
  first: Float64Array;
  total: Float64Array;
  /** V, the variance of y_A the indices are shares of. */
  variance: number;
}

export function sobolIndices(
  y: ArrayLike<number>,
  samples: number,
  factors: number,
  estimator: SobolEstimator,
  rows: ArrayLike<number> = identity(samples),
): SobolIndices {
  const n = rows.length;
  const first = new Float64Array(factors);
  const total = new Float64Array(factors);
  const at = (block: number, r: number) => y[block * samples + rows[r]];
  let sumA = 0;
  let sumB = 0;
  for (let r = 0; r < n; r++) {
    sumA += at(0, r);
    sumB += at(1, r);
  }
  let squares = 0;
  for (let r = 0; r < n; r++) squares += (at(0, r) - sumA / n) ** 2;
  const variance = squares / (n - 1);

  if (estimator === 'jansen') {
    for (let i = 0; i < factors; i++) {
      let fromB = 0;
      let fromA = 0;
      for (let r = 0; r < n; r++) {
        const e = at(2 + i, r);
        fromB += (e - at(1, r)) ** 2;
        fromA += (e - at(0, r)) ** 2;
      }
      first[i] = (variance - fromB / (2 * n - 1)) / variance;
      total[i] = fromA / (2 * n - 1) / variance;
    }
    return { first, total, variance };
  }

  let sumAll = sumA + sumB;
  for (let i = 0; i < factors; i++) for (let r = 0; r < n; r++) sumAll += at(2 + i, r);
  const m = sumAll / (n * (factors + 2));
  const muA = sumA / n - m;
  const muB = sumB / n - m;
  for (let i = 0; i < factors; i++) {
    let withB = 0;
    let withA = 0;
    for (let r = 0; r < n; r++) {
      const e = at(2 + i, r) - m;
      withB += (at(1, r) - m) * e;
      withA += (at(0, r) - m) * e;
    }
    first[i] = (withB / (n - 1) - muA * muB) / variance;
    total[i] = (muA * muA + variance - withA / (n - 1)) / variance;
  }
  return { first, total, variance };
}

function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/**
 * Morris elementary effects
 * =========================
 *
 * For trajectory t and factor i, the elementary effect
 * EE_i = d_i (y_(s+1) − y_s) / Δ, where step s moves factor i by d_i Δ
 * (d_i = ±1) in the unit cube: effects are per unit of the factor's range.
 * Over the r trajectories (Morris 1991; Campolongo et al. 2007):
 *
 *   μ_i  = mean of EE_i          (signed: effects of opposite sign cancel)
 *   μ*_i = mean of |EE_i|        (the screening measure)
 *   σ_i  = sd of EE_i (n − 1)    (non-linearity or interactions)
 */
import type { MorrisTrajectory } from './morris-design.ts';

export interface MorrisIndices {
  mu: Float64Array;
  muStar: Float64Array;
  sigma: Float64Array;
}

/** effects[t][i] for each trajectory t and factor i, from the outputs at the trajectory's k + 1 points. */
export function elementaryEffects(trajectories: readonly MorrisTrajectory[], outputs: readonly ArrayLike<number>[], delta: number): Float64Array[] {
  return trajectories.map((trajectory, t) => {
    const y = outputs[t];
    const effects = new Float64Array(trajectory.order.length);
    trajectory.order.forEach((factor, step) => {
      effects[factor] = (trajectory.directions[factor] * (y[step + 1] - y[step])) / delta;
    });
    return effects;
  });
}

/** μ, μ* and σ over the trajectories picked (by default all). */
export function morrisIndices(effects: readonly Float64Array[], picked: ArrayLike<number> = Int32Array.from(effects.keys())): MorrisIndices {
  const k = effects[0].length;
  const n = picked.length;
  const mu = new Float64Array(k);
  const muStar = new Float64Array(k);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = 0;
    let sumAbs = 0;
    for (let t = 0; t < n; t++) {
      const e = effects[picked[t]][i];
      sum += e;
      sumAbs += Math.abs(e);
    }
    mu[i] = sum / n;
    muStar[i] = sumAbs / n;
    let squares = 0;
    for (let t = 0; t < n; t++) squares += (effects[picked[t]][i] - mu[i]) ** 2;
    sigma[i] = n > 1 ? Math.sqrt(squares / (n - 1)) : NaN;
  }
  return { mu, muStar, sigma };
}

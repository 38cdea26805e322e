/**
 * Replicate noise
 * ===============
 *
 * Indices decompose the variance of the outputs' point means (the mean over a
 * point's R replicates). Part of that variance is replicate noise. Under
 * common random numbers replicate r draws the same trust and turnover at every
 * point, so part of its noise is shared by every point and moves no index:
 * what matters is the point × replicate residual of the two-way layout
 * (replicates as blocks, one value per cell):
 *
 *   MS_res = Σ_pr (y_pr − ȳ_p· − ȳ_·r + ȳ)² / ((P − 1)(R − 1))
 *   noise share = (MS_res / R) / s²(ȳ_p·)
 *
 * s² with P − 1 in the denominator. Without common random numbers (the noisy
 * test functions) the residual is the within-point variance, and the share is
 * the familiar (σ²/R) / Var(point means). It can exceed 1 by chance when the
 * factors do nothing. Null with one replicate, a missing value, or no spread.
 */
export function noiseShare(values: readonly (readonly (number | null)[])[]): number | null {
  const points = values.length;
  const replicates = values[0]?.length ?? 0;
  if (points < 2 || replicates < 2 || !complete(values, replicates)) return null;
  const y = values;
  const pointMeans = y.map((row) => row.reduce((a, b) => a + b, 0) / replicates);
  const replicateMeans = Array.from({ length: replicates }, (_, r) => y.reduce((sum, row) => sum + row[r], 0) / points);
  const grand = pointMeans.reduce((a, b) => a + b, 0) / points;
  let residual = 0;
  for (let p = 0; p < points; p++) for (let r = 0; r < replicates; r++) residual += (y[p][r] - pointMeans[p] - replicateMeans[r] + grand) ** 2;
  const spread = pointMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0) / (points - 1);
  if (spread === 0) return null;
  return residual / ((points - 1) * (replicates - 1)) / replicates / spread;
}

/** Every row has a finite value for each replicate. */
function complete(values: readonly (readonly (number | null)[])[], replicates: number): values is readonly (readonly number[])[] {
  return values.every((row) => row.length === replicates && row.every((v) => v !== null && Number.isFinite(v)));
}

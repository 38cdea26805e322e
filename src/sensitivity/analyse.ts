/**
 * Analysing a finished design
 * ===========================
 *
 *   runs.csv rows ──▶ each output's value per point and replicate
 *     ──▶ point means ──▶ Sobol' indices (+ bootstrap, + convergence) or
 *         Morris μ, μ*, σ (+ bootstrap)
 *     ──▶ noise share of the replicates ──▶ robustness grid of the difference
 *
 * A grid cell's interval stays inside the range of the difference (two shares
 * differ within [−1, 1]; `differenceBounds` of the two metrics' bounds).
 * Every estimate is a tidy row (method, output, factor, index, n, estimate,
 * interval). Output-level rows (mean, variance, noise share) have no factor.
 * Bootstrap draws come from streams named by the seed, the analysis and the
 * output, so the same runs give the same bytes.
 */
import { stream } from '../random/stream.ts';
import { sweepMetricBounds } from '../results/sweep-rows.ts';
import type { SweepRow } from '../results/sweep-rows.ts';
import { describeSample, differenceBounds } from '../statistics/index.ts';
import type { Interval } from '../statistics/index.ts';
import { bootstrapIntervals } from './bootstrap-indices.ts';
import type { SensitivityPlan } from './load.ts';
import { elementaryEffects, morrisIndices } from './morris-indices.ts';
import { noiseShare } from './noise.ts';
import { outputValues, parseOutput, pointMean } from './outputs.ts';
import type { ParsedOutput } from './outputs.ts';
import { sobolIndices } from './sobol-indices.ts';

export type IndexName = 'S1' | 'ST' | 'mu' | 'mu_star' | 'sigma' | 'mean' | 'variance' | 'noise_share';

export interface IndexRow {
  method: 'sobol' | 'morris';
  output: string;
  /** Null for rows about the output as a whole. */
  factor: string | null;
  index: IndexName;
  /** Sobol': the N rows used (convergence rows use the first n); Morris: trajectories. */
  n: number;
  estimate: number | null;
  ci95: Interval | null;
}

export interface RobustnessCell {
  x: number;
  y: number;
  n: number;
  mean: number | null;
  ci95: Interval | null;
  /** The interval holds zero: the sign of the difference is not established here. */
  spansZero: boolean;
}

export interface SensitivityResults {
  outputs: ParsedOutput[];
  indices: IndexRow[];
  robustness: RobustnessCell[] | null;
  /** Outputs that could not be analysed, and why. */
  warnings: string[];
}

export function analyseSensitivity(plan: SensitivityPlan, rows: readonly SweepRow[]): SensitivityResults {
  const outputs = plan.spec.outputs.map(parseOutput);
  const indices: IndexRow[] = [];
  const warnings: string[] = [];
  const names = plan.spec.factors.map((f) => f.name);
  const design = plan.points.slice(0, plan.designSize).map((p) => p.point);
  const method = plan.method;
  let robustnessValues: { output: ParsedOutput; values: (number | null)[][] } | null = null;

  for (const output of outputs) {
    const perReplicate = outputValues(output, rows, design, plan.replicates, plan.file);
    if (plan.robustness !== null && output.name === plan.robustness.output)
      robustnessValues = { output, values: outputValues(output, rows, plan.points.slice(plan.designSize).map((p) => p.point), plan.robustness.replicates, plan.file) };
    const means = perReplicate.map(pointMean);
    const missing = means.findIndex((m) => m === null);
    if (missing >= 0) {
      warnings.push(`${output.name}: no value at ${design[missing]} (a run without this metric, e.g. a change that never reached 50%); not analysed.`);
      continue;
    }
    const y = Float64Array.from(means, (m) => m ?? NaN);
    const describe = describeSample(Array.from(y));
    const row = (factor: string | null, index: IndexName, n: number, estimate: number | null, ci95: Interval | null = null): IndexRow => ({
      method: method.kind,
      output: output.name,
      factor,
      index,
      n,
      estimate,
      ci95,
    });
    const units = method.kind === 'sobol' ? method.samples : method.trajectories.length;
    indices.push(row(null, 'mean', units, describe.mean), row(null, 'variance', units, describe.sd === null ? null : describe.sd ** 2), row(null, 'noise_share', units, noiseShare(perReplicate)));
    const random = stream(plan.seed, 'sensitivity', plan.spec.name, 'bootstrap', output.name);

    if (method.kind === 'sobol') {
      const { samples, settings } = method;
      const k = names.length;
      const full = sobolIndices(y, samples, k, settings.estimator);
      const intervals = bootstrapIntervals(samples, 2 * k, (picked) => {
        const { first, total } = sobolIndices(y, samples, k, settings.estimator, picked);
        return [...first, ...total];
      }, { resamples: settings.bootstrap, random });
      names.forEach((name, i) => indices.push(row(name, 'S1', samples, finite(full.first[i]), intervals[i]), row(name, 'ST', samples, finite(full.total[i]), intervals[k + i])));
      // Convergence: the same estimator on the first n rows (a Sobol' prefix of 2^m rows is itself balanced).
      for (let n = Math.min(16, samples / 2); n < samples; n *= 2) {
        const prefix = Int32Array.from({ length: n }, (_, j) => j);
        const part = sobolIndices(y, samples, k, settings.estimator, prefix);
        names.forEach((name, i) => indices.push(row(name, 'S1', n, finite(part.first[i])), row(name, 'ST', n, finite(part.total[i]))));
      }
    } else {
      const size = names.length + 1;
      const perTrajectory = method.trajectories.map((_, t) => y.subarray(t * size, (t + 1) * size));
      const effects = elementaryEffects(method.trajectories, perTrajectory, method.delta);
      const full = morrisIndices(effects);
      const k = names.length;
      const intervals = bootstrapIntervals(effects.length, 3 * k, (picked) => {
        const { mu, muStar, sigma } = morrisIndices(effects, picked);
        return [...mu, ...muStar, ...sigma];
      }, { resamples: method.settings.bootstrap, random });
      const r = effects.length;
      names.forEach((name, i) =>
        indices.push(
          row(name, 'mu', r, finite(full.mu[i]), intervals[i]),
          row(name, 'mu_star', r, finite(full.muStar[i]), intervals[k + i]),
          row(name, 'sigma', r, finite(full.sigma[i]), intervals[2 * k + i]),
        ),
      );
    }
  }

  return { outputs, indices, robustness: plan.robustness === null ? null : robustnessCells(plan, robustnessValues), warnings };
}

/** Each grid cell's paired difference: mean over replicates and its 95% interval, inside the difference's range. */
function robustnessCells(plan: SensitivityPlan, robustness: { output: ParsedOutput; values: (number | null)[][] } | null): RobustnessCell[] | null {
  if (robustness === null || plan.robustness === null) return null;
  const { x, y } = plan.robustness;
  const [first, second] = robustness.output.terms.map((term) => sweepMetricBounds(plan.metrics, term.metric));
  // The schema allows only a difference of two arms here; a single term would keep its own range.
  const bounds = robustness.output.terms.length === 2 ? differenceBounds(first, second) : first;
  return plan.points.slice(plan.designSize).map((point, i) => {
    const s = describeSample(robustness.values[i], bounds);
    const ci95 = s.ci95 ?? null;
    return { x: point.factors[x.factor], y: point.factors[y.factor], n: s.n, mean: s.mean, ci95, spansZero: ci95 === null || (ci95[0] <= 0 && ci95[1] >= 0) };
  });
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

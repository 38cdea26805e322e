/**
 * Comparing arms, and judging the number of replicates
 * ====================================================
 *
 * - `comparisons.csv`: every arm against the baseline, the first arm of
 *   `arms`, for every measure of summary.csv. The arms of a replicate share
 *   the trust and the random numbers (common random numbers), so runs are
 *   paired by replicate and the difference is taken within each pair:
 *   `mean_difference` is the mean of arm − baseline (positive: the arm scored
 *   higher), with the sd of the differences, their 95% CI (t-based, or
 *   kept inside [−(b − a), b − a] for a metric bounded in [a, b]), the
 *   effect size d_z = mean difference / sd, and `distinguishable` (the CI
 *   excludes 0). A replicate with no value on either side is left out; `n`
 *   counts the pairs.
 * - `convergence.csv`: for the headline measures, per arm, the half-width of
 *   the 95% CI of the mean from the first n replicates, n = 2 … N. It shrinks
 *   roughly as 1/√n; when it is still wide against the differences of
 *   interest, more replicates are worth running.
 */
import { stringify } from 'csv-stringify/sync';

import { convergence, pairedComparison } from '../../statistics/index.ts';
import { replicateSamples } from '../../statistics/aggregate.ts';
import type { ReplicateSample, SummarySource } from '../../statistics/aggregate.ts';
import { csvNumber } from '../files/numbers.ts';
import { metricBounds } from '../../results/order.ts';
import type { ScenarioResults } from '../../results/types.ts';
import { HEADLINE_SERIES } from './summary-table.ts';
import { CSV } from './tables.ts';

/** One row of comparisons.csv. `week` is the final week for series rows, null for run summaries. */
export interface ComparisonRow {
  source: SummarySource;
  metric: string;
  week: number | null;
  baseline: string;
  arm: string;
  n: number;
  mean_difference: number | null;
  sd: number | null;
  ci95_low: number | null;
  ci95_high: number | null;
  effect_size: number | null;
  distinguishable: boolean;
}

export const COMPARISON_COLUMNS = [
  'source', 'metric', 'week', 'baseline', 'arm', 'n', 'mean_difference', 'sd', 'ci95_low', 'ci95_high', 'effect_size', 'distinguishable',
] as const;

/** In summary.csv's order: run summaries, then the final week; by metric, then arm. */
export function comparisonRows(results: ScenarioResults): ComparisonRow[] {
  const [baseline, ...others] = results.arms;
  return replicateSamples(results).flatMap(({ source, metric, week, byArm }) =>
    others.map((arm) => {
      const [a, b] = [byArm.get(baseline)!, byArm.get(arm)!];
      const replicates = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
      const c = pairedComparison(
        replicates.map((r) => a.get(r) ?? null),
        replicates.map((r) => b.get(r) ?? null),
        0.95,
        metricBounds(results, metric),
      );
      return {
        source, metric, week, baseline, arm, n: c.n,
        mean_difference: c.meanDifference, sd: c.sd, ci95_low: c.ci?.[0] ?? null, ci95_high: c.ci?.[1] ?? null,
        effect_size: c.effectSize, distinguishable: c.distinguishable,
      };
    }),
  );
}

export function comparisonsCsv(results: ScenarioResults): string {
  const rows = comparisonRows(results).map((r) => [
    r.source, r.metric, r.week === null ? '' : String(r.week), r.baseline, r.arm, String(r.n),
    csvNumber(r.mean_difference), csvNumber(r.sd), csvNumber(r.ci95_low), csvNumber(r.ci95_high), csvNumber(r.effect_size),
    String(r.distinguishable),
  ]);
  return stringify(rows, { ...CSV, columns: [...COMPARISON_COLUMNS] });
}

/** Run-summary metrics whose convergence is reported by default, beside HEADLINE_SERIES. */
export const HEADLINE_SUMMARY = ['final_uptake', 'sustained_uptake'] as const;

export interface HeadlineOptions {
  /** Run-summary metrics, in this order, when present; HEADLINE_SUMMARY by default. */
  summary?: readonly string[];
  /** Series metrics at the final week, in this order, when present; HEADLINE_SERIES by default. */
  series?: readonly string[];
}

/** One row of convergence.csv: a measure of one arm from its first n values (replicates ascending). */
export interface ConvergenceRow {
  source: SummarySource;
  metric: string;
  week: number | null;
  arm: string;
  n: number;
  mean: number;
  half_width: number;
}

export const CONVERGENCE_COLUMNS = ['source', 'metric', 'week', 'arm', 'n', 'mean', 'half_width'] as const;

/** By measure (run summaries, then series, each in the order given), then arm, then n. */
export function convergenceRows(results: ScenarioResults, options: HeadlineOptions = {}): ConvergenceRow[] {
  return headlineSamples(results, options).flatMap(({ source, metric, week, byArm }) =>
    results.arms.flatMap((arm) =>
      convergence([...byArm.get(arm)!.values()]).map(({ n, mean, halfWidth }) => ({ source, metric, week, arm, n, mean, half_width: halfWidth })),
    ),
  );
}

export function convergenceCsv(results: ScenarioResults, options: HeadlineOptions = {}): string {
  const rows = convergenceRows(results, options).map((r) => [
    r.source, r.metric, r.week === null ? '' : String(r.week), r.arm, String(r.n), csvNumber(r.mean), csvNumber(r.half_width),
  ]);
  return stringify(rows, { ...CSV, columns: [...CONVERGENCE_COLUMNS] });
}

/** The headline measures that are present, in the order the lists give. */
function headlineSamples(
  results: ScenarioResults,
  { summary = HEADLINE_SUMMARY, series = HEADLINE_SERIES }: HeadlineOptions = {},
): ReplicateSample[] {
  const samples = replicateSamples(results);
  const pick = (source: SummarySource, metrics: readonly string[]) =>
    metrics.flatMap((metric) => samples.filter((s) => s.source === source && s.metric === metric));
  return [...pick('run_summary', summary), ...pick('series_final_week', series)];
}

/**
 * Result tables
 * =============
 *
 * - `timeseries.csv`: tidy long format, one row per arm × replicate × week ×
 *   metric (columns arm, replicate, week, metric, value), sorted in that
 *   order with metrics by name; an empty value is undefined that week.
 * - `summary.csv` / `summary.json`: per arm, n, mean, sd and 95% CI across
 *   replicates of each per-run summary metric (source `run_summary`) and of
 *   each series metric at the final week (source `series_final_week`).
 *   With the `bootstrap` option, also a percentile-bootstrap 95% CI of the
 *   mean (columns ci95_boot_low, ci95_boot_high), from the stream named
 *   (seed, "bootstrap", arm, metric): reproducible, and off by default so the
 *   usual files stay as they were.
 */
import { stringify } from 'csv-stringify/sync';

import { stream } from '../../random/stream.ts';
import { bootstrapInterval } from '../../statistics/index.ts';
import { finalWeek, replicateSamples, summaryStatistics, weekStatistics } from '../../statistics/aggregate.ts';
import type { ArmStatistics, SummarySource } from '../../statistics/aggregate.ts';
import { SAFE_CELLS } from './csv-cell.ts';
import { csvNumber, jsonText } from '../files/numbers.ts';
import { byCodeUnit, runsInOrder } from '../../results/order.ts';
import type { ScenarioResults } from '../../results/types.ts';

export const CSV = { header: true, record_delimiter: 'unix', eof: true, ...SAFE_CELLS } as const;

export const TIMESERIES_COLUMNS = ['arm', 'replicate', 'week', 'metric', 'value'] as const;

export function timeseriesCsv(results: ScenarioResults): string {
  const rows = runsInOrder(results).flatMap((run) =>
    [...run.series]
      .sort((a, b) => a.week - b.week || byCodeUnit(a.metric, b.metric))
      .map((p) => [run.arm, String(run.replicate), String(p.week), p.metric, csvNumber(p.value)]),
  );
  return stringify(rows, { ...CSV, columns: [...TIMESERIES_COLUMNS] });
}

/** One row of summary.csv. `week` is the final week for series rows, null for run summaries. */
export interface SummaryRow {
  source: SummarySource;
  metric: string;
  week: number | null;
  arm: string;
  n: number;
  mean: number | null;
  sd: number | null;
  ci95_low: number | null;
  ci95_high: number | null;
  /** Percentile-bootstrap interval; only with the `bootstrap` option, null when n < 2. */
  ci95_boot_low?: number | null;
  ci95_boot_high?: number | null;
}

export const SUMMARY_COLUMNS = ['source', 'metric', 'week', 'arm', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high'] as const;
export const BOOTSTRAP_COLUMNS = ['ci95_boot_low', 'ci95_boot_high'] as const;

export interface SummaryOptions {
  /** Add percentile-bootstrap 95% intervals of the mean; off by default. */
  bootstrap?: BootstrapSettings;
}

export interface BootstrapSettings {
  /** Resamples per arm and measure, e.g. 2000. */
  resamples: number;
  /** Seed of the streams (seed, "bootstrap", arm, metric). */
  seed: number;
}

/** Run summaries first, then the final week; within each, by metric then arm so arms sit side by side. */
export function summaryRows(results: ScenarioResults, { bootstrap }: SummaryOptions = {}): SummaryRow[] {
  const week = finalWeek(results);
  const rows = [
    ...summaryStatistics(results).map((s) => summaryRow('run_summary', null, s)),
    ...weekStatistics(results, week).map((s) => summaryRow('series_final_week', week, s)),
  ];
  if (!bootstrap) return rows;
  const samples = new Map(replicateSamples(results).map((s) => [JSON.stringify([s.source, s.metric]), s.byArm]));
  return rows.map((row) => {
    const values = samples.get(JSON.stringify([row.source, row.metric]))!.get(row.arm)!.values();
    const random = stream(bootstrap.seed, 'bootstrap', row.arm, row.metric);
    const interval = bootstrapInterval([...values], { resamples: bootstrap.resamples, random });
    return { ...row, ci95_boot_low: interval?.[0] ?? null, ci95_boot_high: interval?.[1] ?? null };
  });
}

export function summaryCsv(results: ScenarioResults, options: SummaryOptions = {}): string {
  const bootstrap = options.bootstrap !== undefined;
  const rows = summaryRows(results, options).map((r) => [
    r.source, r.metric, r.week === null ? '' : String(r.week), r.arm, String(r.n),
    csvNumber(r.mean), csvNumber(r.sd), csvNumber(r.ci95_low), csvNumber(r.ci95_high),
    ...(bootstrap ? [csvNumber(r.ci95_boot_low ?? null), csvNumber(r.ci95_boot_high ?? null)] : []),
  ]);
  return stringify(rows, { ...CSV, columns: [...SUMMARY_COLUMNS, ...(bootstrap ? BOOTSTRAP_COLUMNS : [])] });
}

/** One metric's statistics for one arm, as summary.json holds them. */
export type SummaryStatistics = Pick<SummaryRow, 'n' | 'mean' | 'sd' | 'ci95_low' | 'ci95_high' | 'ci95_boot_low' | 'ci95_boot_high'>;

/** summary.json: the same numbers as summary.csv, keyed by arm then metric. */
export interface SummaryJson {
  scenario: string;
  arms: string[];
  statistics: string;
  /** Only when bootstrap intervals were asked for. */
  bootstrap?: BootstrapSettings;
  runSummary: Record<string, Record<string, SummaryStatistics>>;
  finalWeek: number | null;
  seriesAtFinalWeek: Record<string, Record<string, SummaryStatistics>>;
}

export function summaryJson(results: ScenarioResults, options: SummaryOptions = {}): SummaryJson {
  const { bootstrap } = options;
  const rows = summaryRows(results, options);
  // fromEntries defines own properties, so a metric named "__proto__" stays a plain key.
  const statistics = (source: SummarySource, arm: string) =>
    Object.fromEntries(
      rows
        .filter((r) => r.source === source && r.arm === arm)
        .map(({ metric, n, mean, sd, ci95_low, ci95_high, ci95_boot_low, ci95_boot_high }) => [
          metric,
          { n, mean, sd, ci95_low, ci95_high, ...(bootstrap ? { ci95_boot_low, ci95_boot_high } : {}) },
        ]),
    );
  const byArm = (source: SummarySource) => Object.fromEntries(results.arms.map((arm) => [arm, statistics(source, arm)]));
  const described =
    'Across replicates of each arm: n non-null values, mean, sd (n - 1 denominator) and the t-based 95% confidence interval of the mean (null when n < 2).';
  return {
    scenario: results.scenario.name,
    arms: [...results.arms],
    statistics: bootstrap
      ? `${described} ci95_boot_low/high: percentile-bootstrap 95% interval of the mean from ${bootstrap.resamples} resamples of the replicates, streams (seed ${bootstrap.seed}, "bootstrap", arm, metric).`
      : described,
    ...(bootstrap ? { bootstrap: { resamples: bootstrap.resamples, seed: bootstrap.seed } } : {}),
    runSummary: byArm('run_summary'),
    finalWeek: finalWeek(results),
    seriesAtFinalWeek: byArm('series_final_week'),
  };
}

export function summaryJsonText(results: ScenarioResults, options: SummaryOptions = {}): string {
  return jsonText(summaryJson(results, options));
}

function summaryRow(source: SummarySource, week: number | null, s: ArmStatistics): SummaryRow {
  return { source, metric: s.metric, week, arm: s.arm, n: s.n, mean: s.mean, sd: s.sd, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null };
}

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
 */
import { stringify } from 'csv-stringify/sync';

import { finalWeek, summaryStatistics, weekStatistics } from './aggregate.ts';
import type { ArmStatistics } from './aggregate.ts';
import { csvNumber, jsonText } from './numbers.ts';
import { byCodeUnit, runsInOrder } from './order.ts';
import type { ScenarioResults } from './results.ts';

const CSV = { header: true, record_delimiter: 'unix', eof: true } as const;

export const TIMESERIES_COLUMNS = ['arm', 'replicate', 'week', 'metric', 'value'] as const;

export function timeseriesCsv(results: ScenarioResults): string {
  const rows = runsInOrder(results).flatMap((run) =>
    [...run.series]
      .sort((a, b) => a.week - b.week || byCodeUnit(a.metric, b.metric))
      .map((p) => [run.arm, String(run.replicate), String(p.week), p.metric, csvNumber(p.value)]),
  );
  return stringify(rows, { ...CSV, columns: [...TIMESERIES_COLUMNS] });
}

export type SummarySource = 'run_summary' | 'series_final_week';

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
}

export const SUMMARY_COLUMNS = ['source', 'metric', 'week', 'arm', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high'] as const;

/** Run summaries first, then the final week; within each, by metric then arm so arms sit side by side. */
export function summaryRows(results: ScenarioResults): SummaryRow[] {
  const week = finalWeek(results);
  return [
    ...summaryStatistics(results).map((s) => summaryRow('run_summary', null, s)),
    ...weekStatistics(results, week).map((s) => summaryRow('series_final_week', week, s)),
  ];
}

export function summaryCsv(results: ScenarioResults): string {
  const rows = summaryRows(results).map((r) => [
    r.source, r.metric, r.week === null ? '' : String(r.week), r.arm, String(r.n),
    csvNumber(r.mean), csvNumber(r.sd), csvNumber(r.ci95_low), csvNumber(r.ci95_high),
  ]);
  return stringify(rows, { ...CSV, columns: [...SUMMARY_COLUMNS] });
}

type Statistics = Pick<SummaryRow, 'n' | 'mean' | 'sd' | 'ci95_low' | 'ci95_high'>;

/** summary.json: the same numbers as summary.csv, keyed by arm then metric. */
export interface SummaryJson {
  scenario: string;
  arms: string[];
  statistics: string;
  runSummary: Record<string, Record<string, Statistics>>;
  finalWeek: number | null;
  seriesAtFinalWeek: Record<string, Record<string, Statistics>>;
}

export function summaryJson(results: ScenarioResults): SummaryJson {
  const rows = summaryRows(results);
  // fromEntries defines own properties, so a metric named "__proto__" stays a plain key.
  const statistics = (source: SummarySource, arm: string) =>
    Object.fromEntries(
      rows
        .filter((r) => r.source === source && r.arm === arm)
        .map(({ metric, n, mean, sd, ci95_low, ci95_high }) => [metric, { n, mean, sd, ci95_low, ci95_high }]),
    );
  const byArm = (source: SummarySource) => Object.fromEntries(results.arms.map((arm) => [arm, statistics(source, arm)]));
  return {
    scenario: results.scenario.name,
    arms: [...results.arms],
    statistics:
      'Across replicates of each arm: n non-null values, mean, sd (n - 1 denominator) and the t-based 95% confidence interval of the mean (null when n < 2).',
    runSummary: byArm('run_summary'),
    finalWeek: finalWeek(results),
    seriesAtFinalWeek: byArm('series_final_week'),
  };
}

export function summaryJsonText(results: ScenarioResults): string {
  return jsonText(summaryJson(results));
}

function summaryRow(source: SummarySource, week: number | null, s: ArmStatistics): SummaryRow {
  return { source, metric: s.metric, week, arm: s.arm, n: s.n, mean: s.mean, sd: s.sd, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null };
}

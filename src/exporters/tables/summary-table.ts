/**
 * Summary table for the terminal
 * ==============================
 *
 * `formatSummaryTable` prints what a user wants first after a run: arms side
 * by side, one row per key metric, each cell "mean [95% CI low, high]". Rows
 * are the per-run summary metrics, then a few headline series metrics at the
 * final week. Numbers show three significant figures: enough to compare arms,
 * and the CSV has the rest.
 */
import { finalWeek, summaryStatistics, weekStatistics } from '../../statistics/aggregate.ts';
import type { ArmStatistics } from '../../statistics/aggregate.ts';
import { metricLabel } from '../../results/order.ts';
import type { ScenarioResults } from '../../results/types.ts';

/** Series metrics worth a row in the terminal, in this order, when present. */
export const HEADLINE_SERIES = [
  'uptake_total',
  'uptake_committed',
  'engagement_trainees',
  'trainees_disengaged_share',
  'leadership_centralization',
  'trainee_leadership_share',
] as const;

export interface SummaryTableOptions {
  /** Series metrics to show at the final week; HEADLINE_SERIES by default. */
  series?: readonly string[];
  /**
   * Which run-summary metrics get a row. By default those without a qualifier:
   * per-initiative and per-grade breakdowns ("weeks_to_50:sepsis-bundle") stay in summary.csv.
   */
  summary?: (metric: string) => boolean;
}

export function formatSummaryTable(
  results: ScenarioResults,
  { series = HEADLINE_SERIES, summary: showSummary = (metric) => !metric.includes(':') }: SummaryTableOptions = {},
): string {
  const replicates = new Map(results.arms.map((arm) => [arm, results.runs.filter((r) => r.arm === arm).length]));
  const cell = (s: ArmStatistics | undefined) => (s ? formatStatistics(s, replicates.get(s.arm) ?? 0) : 'n/a');
  const rowsOf = (stats: ArmStatistics[], metrics: readonly string[], suffix: string) =>
    metrics.map((metric) => [
      `${metricLabel(results, metric)}${suffix}`,
      ...results.arms.map((arm) => cell(stats.find((s) => s.metric === metric && s.arm === arm))),
    ]);

  const summary = summaryStatistics(results);
  const week = finalWeek(results);
  const atWeek = weekStatistics(results, week);
  const shown = series.filter((metric) => atWeek.some((s) => s.metric === metric));
  const rows = [
    ...rowsOf(summary, [...new Set(summary.map((s) => s.metric))].filter(showSummary), ''),
    ...rowsOf(atWeek, shown, ` (week ${week})`),
  ];
  const counts = results.arms.map((arm) => replicates.get(arm)).join('/');
  return [
    layout(['metric', ...results.arms], rows),
    '',
    `mean [95% confidence interval] across replicates (${counts} per arm); "n=" where some runs had no value.`,
  ].join('\n');
}

/** "0.452 [0.431, 0.474]", "0.452 (n=1)" or "n/a". */
export function formatStatistics(s: Pick<ArmStatistics, 'n' | 'mean' | 'ci95'>, replicates: number): string {
  if (s.mean === null) return 'n/a';
  const interval = s.ci95 ? ` [${formatNumber(s.ci95[0])}, ${formatNumber(s.ci95[1])}]` : '';
  const count = s.n < replicates ? ` (n=${s.n})` : '';
  return `${formatNumber(s.mean)}${interval}${count}`;
}

/** Three significant figures without exponents for everyday magnitudes; locale-free. */
export function formatNumber(x: number): string {
  if (x === 0) return '0';
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

/** Columns padded to their widest cell, a rule under the header; trailing spaces trimmed. */
export function layout(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

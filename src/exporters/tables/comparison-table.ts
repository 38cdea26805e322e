/**
 * Comparison table for the terminal
 * =================================
 *
 * `formatComparisonTable` prints, for each arm after the first (the
 * baseline), how it differs from the baseline on the key measures: the mean
 * difference arm − baseline over replicates paired under common random
 * numbers, its 95% CI and the effect size d_z, with "≈ 0" where the interval
 * includes 0, so no one reads a difference into noise. comparisons.csv has
 * every measure, unrounded.
 */
import { HEADLINE_SUMMARY, comparisonRows } from './comparisons.ts';
import type { ComparisonRow, HeadlineOptions } from './comparisons.ts';
import { metricLabel } from '../../results/order.ts';
import type { ScenarioResults } from '../../results/types.ts';
import { HEADLINE_SERIES, formatNumber, layout } from './summary-table.ts';

/** Run-summary metrics worth a row by default, in this order, when present. */
export const KEY_SUMMARY = [...HEADLINE_SUMMARY, 'claims_granted', 'ideas_dropped'] as const;

/** Not distinguishable from zero: the 95% CI of the difference includes 0. */
export const INDISTINGUISHABLE = '≈ 0';

export function formatComparisonTable(
  results: ScenarioResults,
  { summary = KEY_SUMMARY, series = HEADLINE_SERIES }: HeadlineOptions = {},
): string {
  const [baseline, ...others] = results.arms;
  if (others.length === 0) return `One arm (${baseline ?? 'none'}): nothing to compare.`;
  const rows = comparisonRows(results);
  // Run summaries have week null; series rows the final week.
  const pick = (arm: string, week: number | null, metrics: readonly string[]) =>
    metrics.flatMap((metric) => rows.filter((r) => r.arm === arm && r.metric === metric && r.week === week));
  const week = rows.find((r) => r.week !== null)?.week ?? null;
  const blocks = others.map((arm) => {
    const pairs = pairedReplicates(results, baseline, arm);
    const shown = [...pick(arm, null, summary), ...(week === null ? [] : pick(arm, week, series))];
    return layout(
      ['metric', `${arm} − ${baseline}`, ''],
      shown.map((r) => [
        `${metricLabel(results, r.metric)}${r.week === null ? '' : ` (week ${r.week})`}`,
        formatDifference(r, pairs),
        r.ci95_low !== null && !r.distinguishable ? INDISTINGUISHABLE : '',
      ]),
    );
  });
  return [
    ...blocks.flatMap((block) => [block, '']),
    `mean difference arm − ${baseline} over replicates paired under common random numbers [95% confidence interval];`,
    `d = effect size d_z (mean difference / sd of the differences); "${INDISTINGUISHABLE}": not distinguishable from zero (the interval includes 0).`,
  ].join('\n');
}

/** "-0.319 [-0.452, -0.187] d=-1.71", with "(n=…)" when some pairs lacked a value; "n/a" with none. */
export function formatDifference(r: Pick<ComparisonRow, 'n' | 'mean_difference' | 'ci95_low' | 'ci95_high' | 'effect_size'>, pairs: number): string {
  if (r.mean_difference === null) return 'n/a';
  const interval = r.ci95_low === null || r.ci95_high === null ? '' : ` [${formatNumber(r.ci95_low)}, ${formatNumber(r.ci95_high)}]`;
  const effect = r.effect_size === null ? '' : ` d=${formatNumber(r.effect_size)}`;
  const count = r.n < pairs ? ` (n=${r.n})` : '';
  return `${formatNumber(r.mean_difference)}${interval}${effect}${count}`;
}

/** Replicates run in both arms. */
function pairedReplicates(results: ScenarioResults, baseline: string, arm: string): number {
  const inBaseline = new Set(results.runs.filter((run) => run.arm === baseline).map((run) => run.replicate));
  return results.runs.filter((run) => run.arm === arm && inBaseline.has(run.replicate)).length;
}

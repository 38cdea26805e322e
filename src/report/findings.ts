/**
 * Findings
 * ========
 *
 * What the report leads with: for each arm against the baseline (the first
 * arm), the headline measures side by side, the paired difference with its
 * 95% interval in the measure's units (shares in percentage points), whether
 * the interval excludes 0, the effect size d_z, and, where a practical scale
 * exists (engagement between trusts), the difference as a multiple of it.
 * From summary.json and comparisons.csv; the full tables follow further down.
 */
import { readCsv } from '../results/csv-read.ts';
import type { SummaryJson } from '../exporters/tables/tables.ts';
import type { Catalogue } from './catalogue.ts';
import type { ResultsFolder } from './folder.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import type { Section } from './page.ts';
import { table } from './tables.ts';

/** The headline measures, in this order, when present: run outcomes, then weekly measures at the final week. */
export const FINDINGS = {
  run_summary: ['final_uptake', 'sustained_uptake', 'ideas_dropped', 'claims_granted'],
  series_final_week: ['engagement_trainees', 'engagement_others', 'trainees_disengaged_share', 'trainee_leadership_share', 'leadership_centralization'],
} as const;

interface Comparison {
  source: string;
  metric: string;
  arm: string;
  n: number;
  mean_difference: number | null;
  ci95_low: number | null;
  ci95_high: number | null;
  effect_size: number | null;
  distinguishable: boolean;
}

export function findingsSection(folder: ResultsFolder, summary: SummaryJson | null, catalogue: Catalogue): Section | null {
  const text = folder.read('comparisons.csv');
  if (summary === null || text === null || summary.arms.length < 2) return null;
  const comparisons = readCsv(text, `${folder.dir}/comparisons.csv`).rows.map(
    (row): Comparison => ({
      source: row.source,
      metric: row.metric,
      arm: row.arm,
      n: Number(row.n),
      mean_difference: numberOrNull(row.mean_difference),
      ci95_low: numberOrNull(row.ci95_low),
      ci95_high: numberOrNull(row.ci95_high),
      effect_size: numberOrNull(row.effect_size),
      distinguishable: row.distinguishable === 'true',
    }),
  );
  const [baseline, ...others] = summary.arms;
  const blocks = others.map((arm) => armFindings(summary, comparisons, catalogue, baseline, arm)).filter((block) => block !== null);
  if (blocks.length === 0) return null;
  const spreads = [...new Set(Object.values(FINDINGS).flat().map((metric) => catalogue.info(metric)?.practicalSpread?.description).filter((d) => d !== undefined))];
  const week = summary.finalWeek === null ? '' : ` (week ${summary.finalWeek})`;
  const body = html`<p>Each arm against <strong>${baseline}</strong>, the first arm, replicate by replicate: the arms of a replicate share
the trust and every random number but the leadership rules, so their difference is the rules' doing. Weekly measures are
taken at the final week${week}. Shares are in percent and their differences in percentage points.</p>
${blocks}
<p class="note"><strong>Difference</strong>: mean of arm − ${baseline} over the paired replicates, with its 95% confidence interval
(kept inside the range a difference can take; docs/statistics.md). <strong>d<sub>z</sub></strong>: Cohen's d for paired
samples, the mean difference over the standard deviation of the differences. Pairing removes most of the noise two runs
share, so d<sub>z</sub> says how reliably the model separates the arms, not how large the difference is${spreads.length > 0 ? html`; for size, a
difference in engagement is also given as a multiple of ${spreads.join('; ')}` : ''}.</p>`;
  return { id: 'findings', title: 'Findings', body };
}

/** The headline table of one arm against the baseline; null when comparisons.csv has none of its measures. */
function armFindings(summary: SummaryJson, comparisons: Comparison[], catalogue: Catalogue, baseline: string, arm: string): Html | null {
  const rows = Object.entries(FINDINGS).flatMap(([source, metrics]) =>
    metrics.flatMap((metric) => {
      const c = comparisons.find((r) => r.source === source && r.metric === metric && r.arm === arm);
      // summary.json, read from the folder, may lack an arm or a measure.
      const stats: Partial<Record<string, Partial<SummaryJson['runSummary'][string]>>> = source === 'run_summary' ? summary.runSummary : summary.seriesAtFinalWeek;
      const mean = (which: string) => stats[which]?.[metric]?.mean ?? null;
      const meanDifference = c?.mean_difference ?? null;
      if (c === undefined || meanDifference === null) return [];
      const share = catalogue.isShare(metric);
      const unit = catalogue.info(metric)?.unit;
      const label = html`${catalogue.label(metric)}${unit && !share ? html` <span class="unit">(${unit})</span>` : ''}`;
      return [[label, level(mean(baseline), share), level(mean(arm), share), difference(meanDifference, c, share), reading(meanDifference, c, catalogue), c.effect_size === null ? '' : signed(c.effect_size)]];
    }),
  );
  if (rows.length === 0) return null;
  return table(
    [
      { header: 'Measure' },
      { header: baseline, numeric: true },
      { header: arm, numeric: true },
      { header: html`Difference [95% CI]`, numeric: true },
      { header: 'Reading' },
      { header: html`d<sub>z</sub>`, numeric: true },
    ],
    rows,
    html`${arm} against ${baseline}`,
  );
}

/** A mean: "91.7%" for a share, "6.84" otherwise. */
function level(value: number | null, share: boolean): string {
  if (value === null) return 'n/a';
  return share ? `${threeFigures(100 * value)}%` : threeFigures(value);
}

/** "−33.0 points [−46.7, −19.4]" for a share, "+111 [72.6, 149]" otherwise. */
function difference(meanDifference: number, c: Comparison, share: boolean): string {
  const scale = share ? 100 : 1;
  const interval = c.ci95_low === null || c.ci95_high === null ? '' : ` [${signed(scale * c.ci95_low)}, ${signed(scale * c.ci95_high)}]`;
  return `${signed(scale * meanDifference)}${share ? ' points' : ''}${interval}`;
}

function reading(meanDifference: number, c: Comparison, catalogue: Catalogue): string {
  if (c.ci95_low === null) return 'too few replicates for an interval';
  if (!c.distinguishable) return 'no clear difference (the interval includes 0)';
  const direction = meanDifference > 0 ? 'higher' : 'lower';
  const spread = catalogue.info(c.metric)?.practicalSpread;
  return spread ? `${direction}: ${threeFigures(Math.abs(meanDifference) / spread.value)} × the spread between trusts` : direction;
}

/** Three significant figures, whole numbers from 100; a true minus sign. */
function threeFigures(x: number): string {
  if (x === 0) return '0';
  const text = Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
  return text.replace('-', '−');
}

function signed(x: number): string {
  return x > 0 ? `+${threeFigures(x)}` : threeFigures(x);
}

function numberOrNull(cell: string | undefined): number | null {
  return cell === undefined || cell === '' ? null : Number(cell);
}

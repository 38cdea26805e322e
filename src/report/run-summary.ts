/**
 * A run's summary tables
 * ======================
 *
 * From summary.json: per arm, mean [95% CI] across replicates of each per-run
 * outcome and of each weekly measure at the final week, arms side by side.
 * Breakdowns by initiative, grade or departure ("weeks_to_50:sepsis-bundle")
 * are many, so they are folded away below the headline rows. Measures are
 * named by their label, with the column name of the files beside it.
 */
import type { SummaryJson } from '../exporters/tables/tables.ts';
import { ReportError } from './errors.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import { isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';
import type { Section } from './page.ts';
import type { Catalogue } from './catalogue.ts';
import { metricCell, statisticsCell, table } from './tables.ts';
import type { Statistics } from './tables.ts';

type ByArm = Record<string, Record<string, Statistics>>;

/** summary.json, checked; null when the folder has none. */
export function readSummary(folder: ResultsFolder): SummaryJson | null {
  const summary = folder.readJson('summary.json');
  if (summary === null) return null;
  if (!isSummary(summary)) throw new ReportError(`${folder.dir}/summary.json lacks arms, runSummary or seriesAtFinalWeek. It should be the summary leadsim wrote.`);
  return summary;
}

export function runSummarySection(folder: ResultsFolder, summary: SummaryJson | null, catalogue: Catalogue): Section | null {
  if (summary === null) return null;
  const { replicates } = folder.manifest;
  const perArm = typeof replicates === 'number' ? replicates : 0;
  const headline = (metric: string) => !metric.includes(':');
  const tableOf = (byArm: ByArm, keep: (metric: string) => boolean, caption?: string): Html | '' => {
    // Metrics in file order (the catalogue's), across arms; own keys only, so "constructor" is a metric like any other.
    const metrics = [...new Set(summary.arms.flatMap((arm) => (Object.hasOwn(byArm, arm) ? Object.keys(byArm[arm]) : [])))].filter(keep);
    if (metrics.length === 0) return '';
    const cell = (arm: string, metric: string) => statisticsCell(Object.hasOwn(byArm, arm) && Object.hasOwn(byArm[arm], metric) ? byArm[arm][metric] : undefined, perArm);
    return table(
      [{ header: 'Metric' }, ...summary.arms.map((arm) => ({ header: arm, numeric: true }))],
      metrics.map((metric) => [metricCell(catalogue, metric), ...summary.arms.map((arm) => cell(arm, metric))]),
      caption,
    );
  };
  const week = summary.finalWeek === null ? '' : ` (week ${summary.finalWeek})`;
  const breakdowns = tableOf(summary.runSummary, (metric) => !headline(metric));
  const body = html`<p class="note">Mean [95% confidence interval] across replicates${perArm ? ` (${perArm} per arm)` : ''}; "n=" where some runs had no value. All numbers are in summary.csv.</p>
${tableOf(summary.runSummary, headline, 'Outcomes of each run')}
${tableOf(summary.seriesAtFinalWeek, () => true, `Weekly measures at the final week${week}`)}
${breakdowns === '' ? '' : html`<details><summary>Breakdowns by initiative, grade and departure</summary>\n${breakdowns}</details>`}`;
  return { id: 'summary', title: 'All measures', body };
}

function isSummary(value: unknown): value is SummaryJson {
  return (
    isRecord(value) &&
    Array.isArray(value.arms) && value.arms.every((arm) => typeof arm === 'string') &&
    isRecord(value.runSummary) &&
    isRecord(value.seriesAtFinalWeek) &&
    (value.finalWeek === null || typeof value.finalWeek === 'number')
  );
}

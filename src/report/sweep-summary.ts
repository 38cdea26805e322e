/**
 * A sweep's tables and charts
 * ===========================
 *
 * Built from runs.csv and sweep.json (the report never loads the large
 * timeseries.csv): for each headline metric present, a table with a row per
 * design point (its factor values) and, per arm, mean [95% CI] across the
 * point's replicates; and the sweep charts (sweep-charts.ts).
 */
import { join } from 'node:path';

import { pointStatistics } from '../statistics/sweep-aggregate.ts';
import { sweepMetricBounds } from '../results/sweep-rows.ts';
import { SWEEP_HEADLINES, headlineMetrics, parseRunsCsv, sweepPanel } from '../exporters/charts/sweep-charts.ts';
import type { SweepChartData } from '../exporters/charts/sweep-charts.ts';
import { RUNS_FILE } from '../sweep/files.ts';
import { html } from './html.ts';
import type { ResultsFolder, SweepFile } from './folder.ts';
import type { Section } from './page.ts';
import { numberCell, statisticsCell, table } from './tables.ts';

/** The sweep's runs as chart data, or null when the folder has no runs.csv. */
export function sweepData(folder: ResultsFolder, sweep: SweepFile): SweepChartData | null {
  const text = folder.read(RUNS_FILE);
  if (text === null) return null;
  const factors = sweep.factors.map((f) => f.name);
  return {
    sweep: sweep.name,
    arms: [...sweep.arms],
    factors,
    replicates: sweep.replicates,
    metrics: sweep.metrics,
    rows: parseRunsCsv(text, factors, join(folder.dir, RUNS_FILE)),
  };
}

export function sweepSummarySection(data: SweepChartData): Section {
  const metrics = headlineMetrics(data);
  const tables = metrics.map((metric) => {
    const statistics = pointStatistics(data.rows, data.arms, metric, sweepMetricBounds(data.metrics, metric));
    const points = [...new Set(statistics.map((s) => s.point))];
    const { label } = sweepPanel(data, metric);
    return table(
      [{ header: 'Point' }, ...data.factors.map((f) => ({ header: f, numeric: true })), ...data.arms.map((arm) => ({ header: arm, numeric: true }))],
      points.map((point) => {
        const at = statistics.filter((s) => s.point === point);
        return [
          point,
          ...data.factors.map((f) => numberCell(at[0].factors[f])),
          // pointStatistics gives every point each arm, in the order of data.arms.
          ...at.map((s) => statisticsCell({ n: s.n, mean: s.mean, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null }, data.replicates)),
        ];
      }),
      html`${label} <code>${metric}</code>`,
    );
  });
  const body = html`<p class="note">At each design point, per arm: mean [95% confidence interval] across its ${data.replicates} replicates; "n=" where some runs had no value. Every run is in runs.csv, every metric in summary.csv.</p>
${tables.length > 0 ? tables : html`<p>runs.csv has none of the headline metrics (${SWEEP_HEADLINES.map((h) => h.metric).join(', ')}).</p>`}`;
  return { id: 'summary', title: 'Summary by design point', body };
}

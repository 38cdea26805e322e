/**
 * Sweep charts
 * ============
 *
 * Vega-Lite specs for a parameter sweep, built as pure functions of its runs
 * (`SweepRow`s from runs.csv) and carrying their data inline, in the look of
 * the run charts (charts.ts):
 *
 * - factor: metrics against one factor, per arm the mean over every run at
 *   each value as a line over a band for its 95% confidence interval. Other
 *   factors are pooled (averaged over their design), not faceted: the
 *   heatmap shows how two factors act together;
 * - heatmap: a metric's mean over two factors, one panel per arm, the other
 *   factors pooled; a cell per pair of values, coloured in steps and
 *   labelled with the mean;
 * - distribution: every run's value at each design point, by arm, with the
 *   mean and its 95% confidence interval.
 *
 * A grid's factors take a few values (levels). A Latin hypercube samples many
 * (more than MAX_LEVELS): each value then comes from one point, so factor
 * charts show the means as dots under a LOESS trend, and heatmaps as dots
 * coloured by the mean at each sampled pair.
 *
 * Headline metrics (SWEEP_HEADLINES) carry axis titles and formats; any other
 * metric is shown with its catalogue label, or its name.
 */
import type { TopLevelSpec } from 'vega-lite';

import { ARM_COLOURS, ARM_DASHES, CHART_CONFIG, PANEL, VEGA_LITE_SCHEMA } from './chart-style.ts';
import type { ChartPanel, ChartSpec } from './charts.ts';
import type { MetricInfo } from '../../results/types.ts';
import { distinctFormat } from './number-format.ts';
import { hasValues, levelStatistics, pointStatistics } from '../../statistics/sweep-aggregate.ts';
import { sweepMetricBounds, sweepMetricInfo } from '../../results/sweep-rows.ts';
import type { SweepRow } from '../../results/sweep-rows.ts';

export { parseRunsCsv } from '../../results/sweep-rows.ts';
export type { SweepRow } from '../../results/sweep-rows.ts';

/** What the sweep charts are drawn from. */
export interface SweepChartData {
  sweep: string;
  /** Arm names in display order. */
  arms: string[];
  /** Factor names in the sweep's order. */
  factors: string[];
  replicates: number;
  /** The metric catalogue, for labels and units; `final:<name>` falls back to `<name>`'s entry. */
  metrics: MetricInfo[];
  rows: SweepRow[];
}

/** A panel with the label to use when the catalogue has none (run summaries are not catalogued). */
export interface SweepPanel extends ChartPanel {
  label: string;
}

const share = { format: '%', domain: [0, 1] as [number, number] };

/** The metrics a sweep report leads with, in this order, when present. */
export const SWEEP_HEADLINES: readonly SweepPanel[] = [
  { metric: 'final_uptake', label: 'Final uptake', axisTitle: 'Share of staff', ...share },
  { metric: 'sustained_uptake', label: 'Sustained (committed) uptake', axisTitle: 'Share of staff', ...share },
  { metric: 'final:engagement_trainees', label: 'Trainee engagement (final week)', axisTitle: 'Mean engagement' },
  { metric: 'final:trainee_leadership_share', label: 'Trainee leadership share (final week)', axisTitle: 'Share of leaders', ...share },
  { metric: 'final:leadership_centralization', label: 'Leadership centralization (final week)', axisTitle: 'Centralization' },
];

/**
 * A factor with at most this many distinct values is shown as levels (heatmap cells, lines between
 * values); more, as from a Latin hypercube, as a continuous sample (dots, a smooth trend).
 */
export const MAX_LEVELS = 12;

/** The headline metrics some run has a value for. */
export function headlineMetrics(data: SweepChartData): string[] {
  return SWEEP_HEADLINES.map((h) => h.metric).filter((metric) => hasValues(data.rows, metric));
}

/** Label, unit and axis of a metric: from the catalogue (`final:<name>` from `<name>`'s entry), else the headline definition, else its name. */
export function sweepPanel(data: Pick<SweepChartData, 'metrics'>, metric: string): SweepPanel & { title: string; unit?: string } {
  const info = sweepMetricInfo(data.metrics, metric);
  const exact = info?.name === metric;
  const headline = SWEEP_HEADLINES.find((h) => h.metric === metric);
  const label = headline?.label ?? (info ? (exact ? info.label : `${info.label} (final week)`) : metric);
  const axisTitle = headline?.axisTitle ?? label;
  // A share's axis says what it is a share of; a longer title than the panel is tall would push the grid apart.
  const unit = headline?.domain ? undefined : info?.unit;
  return { ...headline, metric, label, axisTitle, title: unit ? `${axisTitle} (${unit})` : axisTitle, ...(unit ? { unit } : {}) };
}

/** The charts a sweep report shows: each factor, heatmaps over the first two factors, one distribution. */
export function sweepChartSpecs(data: SweepChartData): ChartSpec[] {
  const metrics = headlineMetrics(data);
  if (metrics.length === 0) return [];
  const [x, y] = data.factors;
  return [
    ...data.factors.map((factor) => factorChart(data, factor, metrics)),
    ...(y === undefined ? [] : metrics.map((metric) => heatmapChart(data, metric, [x, y]))),
    distributionChart(data, metrics[0]),
  ].filter((chart) => chart !== null);
}

/** Metrics against one factor, one panel per metric; null when none has data. */
export function factorChart(data: SweepChartData, factor: string, metrics: readonly string[] = headlineMetrics(data)): ChartSpec | null {
  const shown = metrics.filter((metric) => hasValues(data.rows, metric));
  if (shown.length === 0) return null;
  const values = shown.flatMap((metric) =>
    levelStatistics(data.rows, data.arms, metric, [factor], sweepMetricBounds(data.metrics, metric)).map((s) => ({
      arm: s.arm, metric, level: s.levels[factor], n: s.n, mean: s.mean, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null,
    })),
  );
  const sampled = !hasLevels(data, factor);
  const pooled = data.factors.length > 1 ? '; other factors pooled' : '';
  const shape = sampled ? 'Line: LOESS trend through the sampled values.' : 'Shaded band: 95% confidence interval.';
  const title = `Outcomes by ${factor}`;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: [`${data.sweep}: mean of the runs at each value${pooled}.`, shape] },
    data: { values },
    columns: shown.length === 4 ? 2 : Math.min(3, shown.length), // 2 × 2 rather than 3 + 1
    concat: shown.map((metric) => factorPanel(data, factor, metric, sampled)),
    resolve: { scale: { y: 'independent', color: 'shared', strokeDash: 'shared' } },
    config: CHART_CONFIG,
  };
  return { name: `by-${fileStem(factor)}`, title, spec };
}

/**
 * Levels (a grid) get lines between values over CI bands. Sampled values (a Latin hypercube) each
 * come from one point, so a line through them would zigzag with the other factors: dots and a
 * LOESS trend instead.
 */
function factorPanel(data: SweepChartData, factor: string, metric: string, sampled: boolean) {
  const panel = sweepPanel(data, metric);
  const arm = armField(data);
  const mean = { ...yAxis(panel), field: 'mean' };
  const dashes = { ...arm, scale: { domain: data.arms, range: ARM_DASHES } };
  return {
    title: { text: panel.label, fontSize: 17, anchor: 'start' as const },
    width: PANEL.width,
    height: PANEL.height,
    transform: [{ filter: { field: 'metric', equal: metric } }],
    encoding: {
      x: { field: 'level', type: 'quantitative' as const, title: factor, scale: { zero: false } },
      color: { ...arm, scale: { domain: data.arms, range: ARM_COLOURS } },
    },
    layer: sampled
      ? [
          { mark: { type: 'circle' as const, size: 50, opacity: 0.7 }, encoding: { y: mean } },
          {
            transform: [{ filter: 'isValid(datum.mean)' }, { loess: 'mean', on: 'level', groupby: ['arm'], bandwidth: 0.5 }],
            mark: { type: 'line' as const, strokeWidth: 3 },
            encoding: { y: mean, strokeDash: dashes },
          },
        ]
      : [
          { mark: { type: 'area' as const, opacity: 0.18 }, encoding: { y: { ...yAxis(panel), field: 'ci95_low' }, y2: { field: 'ci95_high' } } },
          { mark: { type: 'line' as const, strokeWidth: 3, point: { size: 50 } }, encoding: { y: mean, strokeDash: dashes } },
        ],
  };
}

/** A metric's mean over two factors, one panel per arm; null when no run has a value. */
export function heatmapChart(data: SweepChartData, metric: string, [x, y]: readonly [string, string]): ChartSpec | null {
  const values = levelStatistics(data.rows, data.arms, metric, [x, y], sweepMetricBounds(data.metrics, metric))
    .filter((s) => s.mean !== null)
    .map((s) => ({ arm: s.arm, x: s.levels[x], y: s.levels[y], n: s.n, mean: s.mean! }));
  if (values.length === 0) return null;
  const panel = sweepPanel(data, metric);
  const cells = hasLevels(data, x) && hasLevels(data, y);
  const colour = {
    field: 'mean',
    type: 'quantitative' as const,
    title: panel.unit ? [panel.axisTitle, `(${panel.unit})`] : panel.axisTitle, // two lines: legend titles are cut short
    // Six steps of viridis (colour-blind safe, light to dark in greyscale). A stepped legend needs no
    // SVG gradient, whose ids Vega numbers from a process-wide counter: SVGs stay the same every render.
    scale: { type: 'quantize' as const, scheme: { name: 'viridis', count: 6 }, zero: false, nice: true },
    legend: { orient: 'right' as const, titleLimit: 260, ...(panel.format ? { format: panel.format } : {}) },
  };
  const pooled = data.factors.length > 2 ? '; other factors pooled' : '';
  const title = `${panel.label} by ${x} and ${y}`;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: panel.label, subtitle: `${data.sweep}: mean of the runs at each pair of ${x} and ${y}${pooled}.` },
    data: { values },
    facet: { column: { field: 'arm', type: 'nominal', title: 'Arm', sort: data.arms } },
    spec: cells ? heatmapCells(panel, colour, x, y, values) : heatmapDots(colour, x, y),
    config: CHART_CONFIG,
  };
  return { name: `heatmap-${fileStem(metric)}`, title, spec };
}

function heatmapCells(panel: SweepPanel, colour: object, x: string, y: string, values: { mean: number }[]) {
  // Labels are white on viridis' dark (low) half, black on its light half.
  const means = values.map((v) => v.mean);
  const middle = (Math.min(...means) + Math.max(...means)) / 2;
  return {
    width: PANEL.height,
    height: PANEL.height,
    encoding: {
      x: { field: 'x', type: 'ordinal' as const, title: x, axis: { labelAngle: 0 } },
      y: { field: 'y', type: 'ordinal' as const, title: y, sort: 'descending' as const },
    },
    layer: [
      { mark: { type: 'rect' as const }, encoding: { color: colour } },
      {
        mark: { type: 'text' as const, fontSize: 13 },
        encoding: {
          text: { field: 'mean', type: 'quantitative' as const, format: distinctFormat(means, panel.format === '%') },
          color: { condition: { test: `datum.mean < ${middle}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}

function heatmapDots(colour: object, x: string, y: string) {
  return {
    width: PANEL.height,
    height: PANEL.height,
    mark: { type: 'circle' as const, size: 160, opacity: 1 },
    encoding: {
      x: { field: 'x', type: 'quantitative' as const, title: x, scale: { zero: false } },
      y: { field: 'y', type: 'quantitative' as const, title: y, scale: { zero: false } },
      color: colour,
    },
  };
}

/** Every run's value at each design point by arm, with mean and 95% CI; null when no run has a value. */
export function distributionChart(data: SweepChartData, metric: string): ChartSpec | null {
  if (!hasValues(data.rows, metric)) return null;
  const panel = sweepPanel(data, metric);
  const runs = data.rows
    .filter((r) => Object.hasOwn(r.values, metric) && r.values[metric] !== null)
    .map((r) => ({ point: r.point, arm: r.arm, replicate: r.replicate, value: r.values[metric] }));
  const statistics = pointStatistics(data.rows, data.arms, metric, sweepMetricBounds(data.metrics, metric))
    .filter((s) => s.mean !== null)
    .map((s) => ({ point: s.point, arm: s.arm, n: s.n, mean: s.mean, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null }));
  const arm = armField(data);
  const colour = { ...arm, scale: { domain: data.arms, range: ARM_COLOURS } };
  const position = {
    x: { field: 'point', type: 'ordinal' as const, title: 'Design point', sort: 'ascending' as const, axis: { labelAngle: -45 } },
    xOffset: { ...arm, scale: { domain: data.arms } },
    color: colour,
  };
  const y = yAxis(panel);
  const title = `${panel.label} at each design point`;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: panel.label, subtitle: [`${data.sweep}: every design point.`, 'A dot per run; tick: mean; bar: 95% confidence interval.'] },
    width: { step: Math.max(30, 14 * data.arms.length) },
    height: PANEL.height,
    layer: [
      { data: { values: runs }, mark: { type: 'circle' as const, size: 36, opacity: 0.45 }, encoding: { ...position, y: { ...y, field: 'value' } } },
      { data: { values: statistics }, mark: { type: 'rule' as const, strokeWidth: 2 }, encoding: { ...position, y: { ...y, field: 'ci95_low' }, y2: { field: 'ci95_high' } } },
      { data: { values: statistics }, mark: { type: 'tick' as const, thickness: 3, size: 12 }, encoding: { ...position, y: { ...y, field: 'mean' } } },
    ],
    config: CHART_CONFIG,
  };
  return { name: `distribution-${fileStem(metric)}`, title, spec };
}

function hasLevels(data: SweepChartData, factor: string): boolean {
  return new Set(data.rows.map((r) => r.factors[factor])).size <= MAX_LEVELS;
}

function armField(data: SweepChartData) {
  return { field: 'arm', type: 'nominal' as const, title: 'Arm', sort: data.arms };
}

function yAxis(panel: SweepPanel & { title: string }) {
  return {
    type: 'quantitative' as const,
    title: panel.title,
    ...(panel.format ? { axis: { format: panel.format } } : {}),
    // Shares keep their whole range, clamped rather than clipped as in charts.ts (clipped SVGs would
    // differ from one render to the next); other measures zoom in on the differences a sweep is after.
    scale: panel.domain ? { domain: panel.domain, clamp: true } : { zero: false },
  };
}

/** Metric and factor names as file names: "weeks_to_50:sepsis" → "weeks_to_50-sepsis". */
function fileStem(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-');
}

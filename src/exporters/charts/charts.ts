/**
 * Charts
 * ======
 *
 * Vega-Lite specs for the three questions a run answers, built as pure
 * functions of aggregated data and carrying that data inline, so each spec
 * is self-contained (paste it into the Vega editor, or render it offline):
 *
 * - uptake: how far the change spread (all adopting, committed, compliant);
 * - engagement: how engaged trainees were, beside other staff;
 * - leadership: the shape of the leadership network (density, centralization,
 *   Gini, trainees' share of leaders).
 *
 * Each panel draws, per arm, the mean across replicates as a line over a band
 * for its 95% confidence interval. A week where a metric is undefined in
 * every run (e.g. no trainees) is a gap, not a zero.
 */
import type { TopLevelSpec } from 'vega-lite';

import { weeklyStatistics } from '../../statistics/aggregate.ts';
import type { WeeklyStatistics } from '../../statistics/aggregate.ts';
import { ARM_COLOURS, ARM_DASHES, CHART_CONFIG, PANEL, VEGA_LITE_SCHEMA } from './chart-style.ts';
import type { MetricInfo, ScenarioResults } from '../../results/types.ts';

/** What the charts are drawn from: weekly statistics per arm and the labels to show. */
export interface ChartData {
  scenario: string;
  replicates: number;
  arms: string[];
  metrics: MetricInfo[];
  weekly: WeeklyStatistics[];
}

export interface ChartPanel {
  metric: string;
  /**
   * y-axis title, short (Vega reserves room for it); the catalogued unit is appended in brackets,
   * but for a share, whose title says what it is a share of.
   */
  axisTitle: string;
  /**
   * d3 number format for the y axis without a precision, e.g. '%' for shares: Vega then picks the
   * precision from the tick step, so ticks read "0.5%, 1.0%" or "20%, 40%" as the data need and no
   * two read the same. Left out: plain decimals, likewise.
   */
  format?: string;
  /** Start the y axis at zero (Vega's default); false zooms in on the data, for a score far from 0. */
  zero?: boolean;
  /** Fixed y domain, e.g. [0, 1] so shares compare across charts; bands beyond it are clamped to its edge. */
  domain?: [number, number];
}

export interface ChartDefinition {
  /** File name stem, e.g. 'uptake' → charts/uptake.svg. */
  name: string;
  title: string;
  panels: ChartPanel[];
  columns: number;
  /** One y scale for all panels, when they measure the same thing. */
  sharedY: boolean;
}

export interface ChartSpec {
  name: string;
  title: string;
  spec: TopLevelSpec;
}

const share = { format: '%', domain: [0, 1] as [number, number] };

export const UPTAKE_CHART: ChartDefinition = {
  name: 'uptake',
  title: 'Uptake of the change over time',
  panels: [
    { metric: 'uptake_total', axisTitle: 'Share of scope', ...share },
    { metric: 'uptake_committed', axisTitle: 'Share of scope', ...share },
    { metric: 'uptake_compliant', axisTitle: 'Share of scope', ...share },
  ],
  columns: 3,
  sharedY: true,
};

export const ENGAGEMENT_CHART: ChartDefinition = {
  name: 'engagement',
  title: 'Engagement of trainees and of other staff over time',
  panels: [
    // Arms differ by tenths of a point on a 0–10 scale: an axis from 0 would flatten them into one line.
    { metric: 'engagement_trainees', axisTitle: 'Engagement', zero: false },
    { metric: 'engagement_others', axisTitle: 'Engagement', zero: false },
  ],
  columns: 2,
  sharedY: true,
};

export const LEADERSHIP_CHART: ChartDefinition = {
  name: 'leadership',
  title: 'Shape of the leadership network over time',
  panels: [
    { metric: 'leadership_density', axisTitle: 'Density' },
    { metric: 'leadership_centralization', axisTitle: 'Centralization' },
    { metric: 'leadership_gini', axisTitle: 'Gini coefficient' },
    { metric: 'trainee_leadership_share', axisTitle: 'Share of in-degree', ...share },
  ],
  columns: 2,
  sharedY: false,
};

export const CHARTS: readonly ChartDefinition[] = [UPTAKE_CHART, ENGAGEMENT_CHART, LEADERSHIP_CHART];

export function chartData(results: ScenarioResults): ChartData {
  return {
    scenario: results.scenario.name,
    replicates: results.scenario.replicates,
    arms: [...results.arms],
    metrics: results.metrics,
    weekly: weeklyStatistics(results),
  };
}

/** Every chart that has data for at least one of its panels. */
export function chartSpecs(data: ChartData): ChartSpec[] {
  return CHARTS.map((definition) => bandChart(data, definition)).filter((chart) => chart !== null);
}

export const uptakeChart = (data: ChartData) => bandChart(data, UPTAKE_CHART);
export const engagementChart = (data: ChartData) => bandChart(data, ENGAGEMENT_CHART);
export const leadershipChart = (data: ChartData) => bandChart(data, LEADERSHIP_CHART);

/** Mean lines over 95% CI bands, one panel per metric; null when no panel has data. */
export function bandChart(data: ChartData, definition: ChartDefinition): ChartSpec | null {
  const present = new Set(data.weekly.map((s) => s.metric));
  const panels = definition.panels.filter((p) => present.has(p.metric));
  if (panels.length === 0) return null;
  const wanted = new Set(panels.map((p) => p.metric));
  const values = data.weekly
    .filter((s) => wanted.has(s.metric))
    .map((s) => ({ arm: s.arm, metric: s.metric, week: s.week, n: s.n, mean: s.mean, ci95_low: s.ci95?.[0] ?? null, ci95_high: s.ci95?.[1] ?? null }));
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: definition.title,
      subtitle: `${data.scenario}: mean of ${data.replicates} replicate${data.replicates === 1 ? '' : 's'} per arm; shaded band: 95% confidence interval`,
    },
    data: { values },
    columns: Math.min(definition.columns, panels.length),
    concat: panels.map((panel) => panelSpec(data, panel)),
    resolve: { scale: { y: definition.sharedY ? 'shared' : 'independent', color: 'shared', strokeDash: 'shared' } },
    config: CHART_CONFIG,
  };
  return { name: definition.name, title: definition.title, spec };
}

function panelSpec(data: ChartData, panel: ChartPanel) {
  const info = data.metrics.find((m) => m.name === panel.metric);
  const axisTitle = info?.unit && !panel.domain ? `${panel.axisTitle} (${info.unit})` : panel.axisTitle;
  const y = {
    type: 'quantitative' as const,
    title: axisTitle,
    // A title longer than the panel is tall would stretch the cell and push the panel's title up.
    axis: { titleLimit: PANEL.height, ...(panel.format ? { format: panel.format } : {}) },
    // Clamp rather than clip: Vega numbers clip paths from a process-wide counter, so clipped SVGs
    // would differ from one render to the next.
    ...(panel.domain ? { scale: { domain: panel.domain, clamp: true } } : panel.zero === false ? { scale: { zero: false } } : {}),
  };
  const arm = { field: 'arm', type: 'nominal' as const, title: 'Arm', sort: data.arms };
  return {
    // Framed by the plot, not its axes: titles line up down a column whatever the width of the tick labels.
    title: { text: info?.label ?? panel.metric, fontSize: 17, anchor: 'start' as const, frame: 'group' as const },
    width: PANEL.width,
    height: PANEL.height,
    transform: [{ filter: { field: 'metric', equal: panel.metric } }],
    encoding: {
      x: { field: 'week', type: 'quantitative' as const, title: 'Week', axis: { tickMinStep: 1 } },
      color: { ...arm, scale: { domain: data.arms, range: ARM_COLOURS } },
    },
    layer: [
      { mark: { type: 'area' as const, opacity: 0.18 }, encoding: { y: { ...y, field: 'ci95_low' }, y2: { field: 'ci95_high' } } },
      {
        mark: { type: 'line' as const, strokeWidth: 3 },
        encoding: { y: { ...y, field: 'mean' }, strokeDash: { ...arm, scale: { domain: data.arms, range: ARM_DASHES } } },
      },
    ],
  };
}

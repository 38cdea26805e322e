/**
 * Sensitivity charts
 * ==================
 *
 * Vega-Lite specs for a sensitivity analysis, pure functions of its tidy
 * indices and robustness cells, data inline, in the look of the other charts
 * (chart-style.ts):
 *
 * - morris-<output>: μ* against σ, one labelled dot per factor (Morris 1991,
 *   Campolongo et al. 2007): far right matters, high up acts non-linearly or
 *   through interactions;
 * - sobol-<output>: S1 and ST per factor as bars with their 95% intervals;
 * - convergence-<output>: S1 and ST against the number of rows N (log scale):
 *   estimates that still move have not converged;
 * - robustness: the paired difference over a grid of two factors, coloured by
 *   sign and size (diverging at zero), cells whose 95% interval holds zero
 *   labelled "≈ 0" in grey.
 */
import type { TopLevelSpec } from 'vega-lite';

import { ARM_COLOURS, CHART_CONFIG, PANEL, VEGA_LITE_SCHEMA } from './chart-style.ts';
import type { ChartSpec } from './charts.ts';

export interface SensitivityIndexRow {
  output: string;
  factor: string | null;
  index: string;
  n: number;
  estimate: number | null;
  ci95: readonly [number, number] | null;
}

export interface SensitivityChartData {
  analysis: string;
  method: 'sobol' | 'morris';
  /** Output names with their labels, in the file's order. */
  outputs: { name: string; label: string }[];
  indices: SensitivityIndexRow[];
  robustness: {
    x: string;
    y: string;
    output: string;
    cells: { x: number; y: number; mean: number | null; ci95: readonly [number, number] | null; spansZero: boolean }[];
  } | null;
}

const INDEX_LABELS: Record<string, string> = { S1: 'First order (S1)', ST: 'Total order (ST)' };

export function sensitivityChartSpecs(data: SensitivityChartData): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const output of data.outputs) {
    const rows = data.indices.filter((r) => r.output === output.name && r.factor !== null);
    if (rows.length === 0) continue;
    if (data.method === 'morris') charts.push(morrisChart(data, output, rows));
    else charts.push(sobolChart(data, output, rows), convergenceChart(data, output, rows));
  }
  if (data.robustness !== null && data.robustness.cells.length > 0) charts.push(robustnessChart(data));
  return charts;
}

function top(title: string, subtitle: string, spec: object): TopLevelSpec {
  return { $schema: VEGA_LITE_SCHEMA, title: { text: title, subtitle }, config: CHART_CONFIG, ...spec } as TopLevelSpec;
}

/** Factors named on a Morris chart, by μ*. */
const MORRIS_LABELS = 12;

function morrisChart(data: SensitivityChartData, output: { name: string; label: string }, rows: SensitivityIndexRow[]): ChartSpec {
  const byFactor = new Map<string, { factor: string; mu_star?: number | null; sigma?: number | null; mu?: number | null }>();
  for (const r of rows) {
    const entry = byFactor.get(r.factor!) ?? { factor: r.factor! };
    (entry as Record<string, unknown>)[r.index] = r.estimate;
    byFactor.set(r.factor!, entry);
  }
  // Beyond a dozen labels the names overprint one another; indices.csv and the tooltips have every factor.
  const ranked = [...byFactor.values()].filter((v) => v.mu_star != null && v.sigma != null).sort((a, b) => b.mu_star! - a.mu_star!);
  const values = ranked.map((v, rank) => ({ ...v, labelled: rank < MORRIS_LABELS }));
  const title = `Morris screening: ${output.label}`;
  const base = { x: { field: 'mu_star', type: 'quantitative', title: 'μ* (mean |elementary effect|)', scale: { zero: true } }, y: { field: 'sigma', type: 'quantitative', title: 'σ (sd of elementary effects)', scale: { zero: true } } };
  return {
    name: `morris-${output.name}`,
    title,
    spec: top(title, `${data.analysis}: effects per unit of each factor's range${values.length > MORRIS_LABELS ? `; the ${MORRIS_LABELS} largest μ* labelled` : ''}`, {
      width: PANEL.width * 1.6,
      height: PANEL.height * 1.6,
      data: { values },
      layer: [
        { mark: { type: 'point', filled: true, size: 120, color: ARM_COLOURS[0] }, encoding: { ...base, tooltip: [{ field: 'factor' }, { field: 'mu_star', format: '.3g' }, { field: 'sigma', format: '.3g' }, { field: 'mu', format: '.3g' }] } },
        { transform: [{ filter: 'datum.labelled' }], mark: { type: 'text', align: 'left', dx: 8, dy: -6, fontSize: 13 }, encoding: { ...base, text: { field: 'factor' } } },
      ],
    }),
  };
}

function sobolChart(data: SensitivityChartData, output: { name: string; label: string }, rows: SensitivityIndexRow[]): ChartSpec {
  const n = Math.max(...rows.map((r) => r.n));
  const values = rows
    .filter((r) => r.n === n && (r.index === 'S1' || r.index === 'ST'))
    .map((r) => ({ factor: r.factor, index: INDEX_LABELS[r.index], estimate: r.estimate, low: r.ci95?.[0] ?? null, high: r.ci95?.[1] ?? null }));
  const title = `Sobol' indices: ${output.label}`;
  const colour = { field: 'index', type: 'nominal', title: null, legend: { labelLimit: 400, symbolType: 'square' }, scale: { domain: Object.values(INDEX_LABELS), range: [ARM_COLOURS[0], ARM_COLOURS[1]] } };
  const x = { field: 'factor', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30 } };
  return {
    name: `sobol-${output.name}`,
    title,
    spec: top(title, `${data.analysis}: N = ${n} rows, bars with bootstrap 95% intervals`, {
      width: Math.max(PANEL.width, 60 * new Set(values.map((v) => v.factor)).size),
      height: PANEL.height * 1.4,
      data: { values },
      encoding: { x, xOffset: { field: 'index', sort: Object.values(INDEX_LABELS) } },
      layer: [
        { mark: { type: 'bar' }, encoding: { y: { field: 'estimate', type: 'quantitative', title: 'Share of output variance' }, color: colour } },
        { mark: { type: 'errorbar', ticks: true, color: '#222' }, encoding: { y: { field: 'low', type: 'quantitative', title: 'Share of output variance' }, y2: { field: 'high' } } },
      ],
    }),
  };
}

function convergenceChart(data: SensitivityChartData, output: { name: string; label: string }, rows: SensitivityIndexRow[]): ChartSpec {
  const values = rows.filter((r) => r.index === 'S1' || r.index === 'ST').map((r) => ({ factor: r.factor, index: INDEX_LABELS[r.index], n: r.n, estimate: r.estimate }));
  const title = `Convergence: ${output.label}`;
  return {
    name: `convergence-${output.name}`,
    title,
    spec: top(title, `${data.analysis}: each index from the first N rows of the design`, {
      data: { values },
      facet: { column: { field: 'index', type: 'nominal', title: null, sort: Object.values(INDEX_LABELS) } },
      spec: {
        width: PANEL.width,
        height: PANEL.height,
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'n', type: 'quantitative', title: 'N (rows of A and B)', scale: { type: 'log', base: 2 } },
          y: { field: 'estimate', type: 'quantitative', title: 'Index' },
          color: { field: 'factor', type: 'nominal', title: 'Factor', sort: null, scale: { range: ARM_COLOURS } },
        },
      },
    }),
  };
}

function robustnessChart(data: SensitivityChartData): ChartSpec {
  const r = data.robustness!;
  const label = data.outputs.find((o) => o.name === r.output)?.label ?? r.output;
  const values = r.cells.map((c) => ({ x: c.x, y: c.y, mean: c.mean, text: c.spansZero ? '≈ 0' : (c.mean ?? 0).toPrecision(2), spans: c.spansZero }));
  const title = `Robustness: ${label}`;
  const axis = (field: string, title: string) => ({ field, type: 'ordinal', title, sort: 'ascending', axis: { format: '.3~g', labelAngle: 0 } });
  const largest = Math.max(1e-12, ...values.map((v) => Math.abs(v.mean ?? 0)));
  return {
    name: 'robustness',
    title,
    spec: top(title, `${data.analysis}: mean paired difference; "≈ 0" where its 95% interval holds zero; other factors mid-range`, {
      width: PANEL.width * 1.4,
      height: PANEL.height * 1.4,
      data: { values },
      encoding: { x: axis('x', r.x), y: { ...axis('y', r.y), sort: 'descending' } },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
          encoding: { color: { field: 'mean', type: 'quantitative', title: 'Difference', scale: { scheme: 'blueorange', domain: [-largest, largest], domainMid: 0 } } },
        },
        { mark: { type: 'text', fontSize: 13 }, encoding: { text: { field: 'text' }, color: { condition: { test: 'datum.spans', value: '#555' }, value: 'black' } } },
      ],
    }),
  };
}

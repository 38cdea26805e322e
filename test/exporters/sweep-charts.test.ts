import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

import { ARM_COLOURS, renderPng, renderSvg } from '../../src/exporters/index.ts';
import { InvalidResultsError } from '../../src/results/index.ts';
import { pointStatistics } from '../../src/statistics/sweep-aggregate.ts';
import {
  distributionChart, factorChart, headlineMetrics, heatmapChart, parseRunsCsv, sweepChartSpecs, sweepPanel,
} from '../../src/exporters/charts/sweep-charts.ts';
import type { SweepChartData } from '../../src/exporters/charts/sweep-charts.ts';
import { describeSample } from '../../src/statistics/index.ts';
import { syntheticSweep } from '../report/fixtures.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
// As in charts.test.ts: the schema needs Ajv's strict mode off and its "uri" formats unchecked.
const validate = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false }).compile(schema);

const FACTORS = ['steepness', 'ideas'];

function chartDataOf(design: 'grid' | 'latin-hypercube'): SweepChartData {
  const { sweep, runsCsv } = syntheticSweep({ design });
  return { sweep: sweep.name, arms: sweep.arms, factors: FACTORS, replicates: sweep.replicates, metrics: sweep.metrics, rows: parseRunsCsv(runsCsv, FACTORS) };
}

const grid = chartDataOf('grid');
const hypercube = chartDataOf('latin-hypercube');
type Values = Record<string, unknown>[];
const valuesOf = (spec: unknown) => (spec as { data: { values: Values } }).data.values;

describe('parseRunsCsv', () => {
  it('reads a row per run: point, factors, arm, replicate and every metric, with empty cells as null', () => {
    expect(grid.rows).toHaveLength(6 * 2 * 3);
    const [first] = grid.rows;
    expect(first).toMatchObject({ point: 'p001', factors: { steepness: 0, ideas: 1 }, arm: 'heroic', replicate: 1 });
    expect(Object.keys(first.values)).toEqual([
      'final_uptake', 'sustained_uptake', 'claims_granted', 'weeks_to_50:sepsis-bundle', 'final:engagement_trainees', 'final:trainee_leadership_share',
    ]);
    expect(first.values['final:engagement_trainees']).toBeNull();
    expect(typeof first.values.final_uptake).toBe('number');
  });

  it('rejects a missing column, a cell that is not a number, and a ragged row', () => {
    const header = 'point,steepness,arm,replicate,seed,run_key,scenario_hash,final_uptake\n';
    expect(() => parseRunsCsv(header, ['steepness', 'ideas'])).toThrow(/no "ideas" column/);
    expect(() => parseRunsCsv(`${header}p001,0.5,heroic,1,7,k,h,lots\n`, ['steepness'])).toThrow(InvalidResultsError);
    expect(() => parseRunsCsv(`${header}p001,,heroic,1,7,k,h,0.5\n`, ['steepness'])).toThrow(/column "steepness" is ""/);
    expect(() => parseRunsCsv(`${header}p001,0.5,heroic,0,7,k,h,0.5\n`, ['steepness'])).toThrow(/replicate 0/);
    expect(() => parseRunsCsv(`${header}p001,0.5,heroic\n`, ['steepness'])).toThrow(InvalidResultsError);
  });
});

describe('sweep chart specs', () => {
  const all = [...sweepChartSpecs(grid), ...sweepChartSpecs(hypercube)];

  it('draws each factor, a heatmap per headline metric and a distribution', () => {
    expect(headlineMetrics(grid)).toEqual(['final_uptake', 'sustained_uptake', 'final:engagement_trainees', 'final:trainee_leadership_share']);
    expect(sweepChartSpecs(grid).map((c) => c.name)).toEqual([
      'by-steepness', 'by-ideas',
      'heatmap-final_uptake', 'heatmap-sustained_uptake', 'heatmap-final-engagement_trainees', 'heatmap-final-trainee_leadership_share',
      'distribution-final_uptake',
    ]);
  });

  it.each(all.map((c, i) => [`${i < all.length / 2 ? 'grid' : 'hypercube'} ${c.name}`, c] as const))('%s validates against the vega-lite JSON schema', (_, chart) => {
    const valid = validate(chart.spec);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('factor charts give, per arm and value, the mean and t-based 95% CI of every run there, other factors pooled', () => {
    const chart = factorChart(grid, 'steepness', ['final_uptake'])!;
    const pooled = grid.rows.filter((r) => r.arm === 'collective' && r.factors.steepness === 0.5).map((r) => r.values.final_uptake);
    expect(pooled).toHaveLength(2 * 3); // two values of ideas × three replicates
    const { n, mean, ci95 } = describeSample(pooled);
    expect(valuesOf(chart.spec)).toContainEqual({ arm: 'collective', metric: 'final_uptake', level: 0.5, n, mean, ci95_low: ci95![0], ci95_high: ci95![1] });
    expect(valuesOf(chart.spec)).toHaveLength(3 * 2);
  });

  it('factor charts of a grid draw CI bands; of a hypercube, dots under a LOESS trend', () => {
    const layers = (data: SweepChartData) => (factorChart(data, 'steepness')!.spec as unknown as { concat: { layer: { mark: { type: string }; transform?: object[] }[] }[] }).concat[0].layer;
    expect(layers(grid).map((l) => l.mark.type)).toEqual(['area', 'line']);
    expect(layers(hypercube).map((l) => l.mark.type)).toEqual(['circle', 'line']);
    expect(layers(hypercube)[1].transform).toContainEqual({ loess: 'mean', on: 'level', groupby: ['arm'], bandwidth: 0.5 });
  });

  it('heatmaps have a panel per arm, in arm order, cells for a grid and dots for a hypercube', () => {
    const cells = heatmapChart(grid, 'final_uptake', ['steepness', 'ideas'])!.spec as unknown as { facet: { column: { sort: string[] } }; spec: { layer: { mark: { type: string } }[] } };
    expect(cells.facet.column.sort).toEqual(['heroic', 'collective']);
    expect(cells.spec.layer.map((l) => l.mark.type)).toEqual(['rect', 'text']);
    expect(valuesOf(cells)).toHaveLength(6 * 2);
    const dots = heatmapChart(hypercube, 'final_uptake', ['steepness', 'ideas'])!.spec as unknown as { spec: { mark: { type: string } } };
    expect(dots.spec.mark.type).toBe('circle');
  });

  it('distributions show every run with a value, and each point and arm with its mean and CI', () => {
    const spec = distributionChart(grid, 'final:engagement_trainees')!.spec as unknown as { layer: { data: { values: Values } }[] };
    expect(spec.layer[0].data.values).toHaveLength(grid.rows.filter((r) => r.values['final:engagement_trainees'] !== null).length);
    const [first] = pointStatistics(grid.rows, grid.arms, 'final:engagement_trainees');
    expect(spec.layer[1].data.values[0]).toEqual({ point: 'p001', arm: 'heroic', n: first.n, mean: first.mean, ci95_low: first.ci95![0], ci95_high: first.ci95![1] });
  });

  it('colours arms with the fixed palette in the order of `arms`', () => {
    const panel = (factorChart(grid, 'ideas')!.spec as unknown as { concat: { encoding: { color: { scale: unknown } } }[] }).concat[0];
    expect(panel.encoding.color.scale).toEqual({ domain: ['heroic', 'collective'], range: ARM_COLOURS });
  });

  it('labels final-week metrics from the catalogue, with units where the axis is not a share', () => {
    expect(sweepPanel(grid, 'final:engagement_trainees')).toMatchObject({ label: 'Trainee engagement (final week)', title: 'Mean engagement (0–10)' });
    expect(sweepPanel(grid, 'final:trainee_leadership_share')).toMatchObject({ label: 'Trainee leadership share (final week)', title: 'Share of leaders', format: '%' });
    expect(sweepPanel(grid, 'final_uptake')).toMatchObject({ label: 'Final uptake', title: 'Share of staff' });
    expect(sweepPanel(grid, 'claims_granted')).toMatchObject({ label: 'claims_granted', title: 'claims_granted' });
  });

  it('gives null for a metric no run has', () => {
    expect(factorChart(grid, 'steepness', ['nothing'])).toBeNull();
    expect(heatmapChart(grid, 'nothing', ['steepness', 'ideas'])).toBeNull();
    expect(distributionChart(grid, 'nothing')).toBeNull();
  });

  it('is a pure function of its data', () => {
    expect(JSON.stringify(sweepChartSpecs(chartDataOf('grid')))).toBe(JSON.stringify(sweepChartSpecs(grid)));
  });

  it('renders heatmaps to the same SVG every time, whatever was rendered before', async () => {
    // A gradient legend would take its id from Vega's process-wide counter.
    const render = (metric: string) => renderSvg(heatmapChart(grid, metric, ['steepness', 'ideas'])!.spec);
    const first = await render('final_uptake');
    await render('sustained_uptake');
    expect(await render('final_uptake')).toBe(first);
  });

  it('renders every kind of chart to SVG and PNG', async () => {
    for (const chart of [factorChart(hypercube, 'ideas')!, heatmapChart(grid, 'final_uptake', ['steepness', 'ideas'])!, distributionChart(grid, 'final_uptake')!]) {
      const svg = await renderSvg(chart.spec);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(chart.name.startsWith('by-') ? 'Outcomes by ideas' : 'Final uptake');
      expect([...renderPng(svg, { scale: 1 }).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });
});

/**
 * What a reader of the flagship's charts and tables sees: every tick label of
 * an axis distinct, every legend label distinct, and every 95% interval inside
 * the range of its quantity (a share in [0, 1], a count ≥ 0, a difference of
 * shares in [−1, 1]). On a real flagship run, at its real magnitudes (a
 * leadership density near 0.0015, engagement differences of tenths of a point).
 */
import { describe, expect, it } from 'vitest';

import { chartData, chartSpecs, comparisonRows, summaryRows } from '../../src/exporters/index.ts';
import { metricBounds } from '../../src/results/order.ts';
import { heatmapChart } from '../../src/exporters/charts/sweep-charts.ts';
import type { SweepRow } from '../../src/results/sweep-rows.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { runScenario } from '../../src/run/run-scenario.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { SHARE, differenceBounds } from '../../src/statistics/index.ts';
import type { Bounds } from '../../src/statistics/index.ts';
import { chartLabels } from './chart-labels.ts';

const scenario = { ...loadScenario('scenarios/flagship.yaml', { ruleSets: RULE_SETS }), replicates: 3 };
const { results } = runScenario(scenario);

const inside = (value: number | null, bounds: Bounds | undefined) =>
  value === null || ((bounds?.lower ?? -Infinity) <= value && value <= (bounds?.upper ?? Infinity));

describe("the flagship's charts", () => {
  const specs = chartSpecs(chartData(results));

  it.each(specs.map((chart) => [chart.name, chart] as const))('%s: every axis and legend reads each label once', async (_, chart) => {
    const groups = (await chartLabels(chart.spec)).filter((g) => g.labels.length > 0);
    expect(groups.filter((g) => g.kind === 'axis').length).toBeGreaterThan(1);
    for (const group of groups) expect(group.labels, `${group.kind} "${group.title}"`).toEqual([...new Set(group.labels)]);
  });

  it.each(specs.map((chart) => [chart.name, chart] as const))('%s: every band lies inside its quantity’s range', (_, chart) => {
    const values = (chart.spec.data as { values: { metric: string; ci95_low: number | null; ci95_high: number | null }[] }).values;
    expect(values.some((v) => v.ci95_low !== null)).toBe(true);
    for (const v of values) {
      const bounds = metricBounds(results, v.metric);
      expect(bounds, v.metric).toBeDefined();
      expect(inside(v.ci95_low, bounds) && inside(v.ci95_high, bounds), `${v.metric}: [${v.ci95_low}, ${v.ci95_high}]`).toBe(true);
    }
  });

  it('the engagement axis zooms in on the arms instead of starting at 0', async () => {
    const engagement = specs.find((c) => c.name === 'engagement')!;
    const axis = (await chartLabels(engagement.spec)).find((g) => g.kind === 'axis' && g.title.startsWith('Engagement'))!;
    expect(Number(axis.labels[0])).toBeGreaterThan(5);
  });
});

describe("the flagship's tables", () => {
  it('every interval of summary.csv lies inside its quantity’s range, and every measure has bounds', () => {
    for (const row of summaryRows(results)) {
      const bounds = metricBounds(results, row.metric);
      expect(bounds, row.metric).toBeDefined();
      expect(inside(row.ci95_low, bounds) && inside(row.ci95_high, bounds), `${row.arm} ${row.metric}: [${row.ci95_low}, ${row.ci95_high}]`).toBe(true);
    }
  });

  it('every interval of comparisons.csv lies inside the range of a difference', () => {
    for (const row of comparisonRows(results)) {
      const bounds = differenceBounds(metricBounds(results, row.metric));
      expect(inside(row.ci95_low, bounds) && inside(row.ci95_high, bounds), `${row.arm} ${row.metric}: [${row.ci95_low}, ${row.ci95_high}]`).toBe(true);
    }
  });
});

describe('a sweep heatmap over a narrow range', () => {
  // Final uptake between 72.1% and 73.3%: a fixed ".0%" read its legend "73% 73% 73% 72% 72%".
  const rows: SweepRow[] = [];
  let i = 0;
  for (const steepness of [0, 0.5, 1])
    for (const voice of [0.1, 0.2])
      for (const arm of ['heroic', 'collective'])
        for (const replicate of [1, 2])
          rows.push({ point: `s${steepness}-v${voice}`, factors: { steepness, voice }, arm, replicate, values: { final_uptake: 0.721 + 0.002 * (i++ % 7) } });
  const chart = heatmapChart(
    { sweep: 'narrow', arms: ['heroic', 'collective'], factors: ['steepness', 'voice'], replicates: 2, metrics: [{ name: 'final_uptake', label: 'Final uptake', description: '', bounds: SHARE }], rows },
    'final_uptake',
    ['steepness', 'voice'],
  )!;

  it('reads each legend label once', async () => {
    const legend = (await chartLabels(chart.spec)).find((g) => g.kind === 'legend')!;
    expect(legend.labels.length).toBeGreaterThan(2);
    expect(legend.labels).toEqual([...new Set(legend.labels)]);
  });
});

/**
 * Charts by trust
 * ===============
 *
 * For a world of several trusts only (one trust's charts would repeat the
 * run's own), in the style and arm palette of the others:
 *
 * - trust-uptake: uptake of each scheduled initiative over time, one thin line
 *   per trust in its scope and a thick one for the region, a row per
 *   initiative and a column per arm;
 * - trust-engagement: trainee engagement in the last week, a dot per trust and
 *   a bar for the region, a row per arm (how far trusts differ under each rule set);
 * - trust-flows: movers and carried ideas between trusts as from × to matrices,
 *   a panel per arm.
 *
 * Every value is the mean over the arm's replicates of the run's value.
 */
import type { TopLevelSpec } from 'vega-lite';

import type { ScenarioResults } from '../../results/types.ts';
import { hasSeveralTrusts, REGION_ROW, runsByTrust, trustRows } from '../tables/trust-tables.ts';
import { ARM_COLOURS, CHART_CONFIG, PANEL, VEGA_LITE_SCHEMA } from './chart-style.ts';
import type { ChartSpec } from './charts.ts';

/** Means over runs, keyed by the cells' identity in order of first sight. */
class Means<Key extends Record<string, string | number>> {
  private readonly sums = new Map<string, { key: Key; sum: number; n: number }>();
  add(key: Key, value: number | null): void {
    const id = JSON.stringify(key);
    const cell = this.sums.get(id) ?? { key, sum: 0, n: 0 };
    if (value !== null) {
      cell.sum += value;
      cell.n++;
    }
    this.sums.set(id, cell);
  }
  /** Means of the values added, or over `runs(key)` runs when a run that added nothing stands for a zero. */
  values(runs?: (key: Key) => number): (Key & { mean: number | null })[] {
    return [...this.sums.values()].map(({ key, sum, n }) => {
      const over = runs === undefined ? n : runs(key);
      return { ...key, mean: over === 0 ? null : sum / over };
    });
  }
}

function subtitle(results: ScenarioResults): string {
  const n = results.scenario.replicates;
  return `${results.scenario.name}: mean of ${n} replicate${n === 1 ? '' : 's'} per arm`;
}

const UPTAKE = 'uptake:';

const armColour = (results: ScenarioResults) => ({ field: 'arm', type: 'nominal' as const, title: 'Arm', sort: results.arms, scale: { domain: results.arms, range: ARM_COLOURS } });

export function trustUptakeChart(results: ScenarioResults): ChartSpec {
  // One row per scheduled initiative: a trust outside its scope has no line there.
  const initiatives: string[] = [];
  const means = new Means<{ arm: string; initiative: string; trust: string; week: number }>();
  for (const run of runsByTrust(results)) {
    for (const { initiative } of run.trusts.spread) if (!initiatives.includes(initiative)) initiatives.push(initiative);
    for (const point of run.trusts.series) {
      if (!point.metric.startsWith(UPTAKE)) continue;
      const initiative = point.metric.slice(UPTAKE.length);
      for (const [t, trust] of trustRows(run.trusts)) means.add({ arm: run.arm, initiative, trust, week: point.week }, point.values[t]);
    }
  }
  const title = 'Uptake of each change in each trust over time';
  const y = { field: 'mean', type: 'quantitative' as const, title: 'Share of scope', axis: { format: '%' }, scale: { domain: [0, 1], clamp: true } };
  const x = { field: 'week', type: 'quantitative' as const, title: 'Week', axis: { tickMinStep: 1 } };
  const header = { labelFontSize: 17 };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: `${subtitle(results)}; thin lines: trusts, thick: the region; a row per scheduled initiative` },
    data: { values: means.values().filter((cell) => cell.mean !== null) },
    facet: {
      row: { field: 'initiative', type: 'nominal', title: null, sort: initiatives, header: { ...header, labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' } },
      column: { field: 'arm', type: 'nominal', title: null, sort: results.arms, header },
    },
    spec: {
      width: PANEL.width,
      height: PANEL.height,
      layer: [
        {
          transform: [{ filter: { not: { field: 'trust', equal: REGION_ROW } } }],
          mark: { type: 'line', strokeWidth: 1.5, opacity: 0.45 },
          encoding: { x, y, detail: { field: 'trust', type: 'nominal' }, color: armColour(results) },
        },
        {
          transform: [{ filter: { field: 'trust', equal: REGION_ROW } }],
          mark: { type: 'line', strokeWidth: 4 },
          encoding: { x, y, color: armColour(results) },
        },
      ],
    },
    config: CHART_CONFIG,
  };
  return { name: 'trust-uptake', title, spec };
}

export function trustEngagementChart(results: ScenarioResults): ChartSpec {
  const means = new Means<{ arm: string; trust: string }>();
  for (const run of runsByTrust(results)) {
    const last = run.trusts.series.reduce((max, p) => Math.max(max, p.week), 0);
    for (const point of run.trusts.series)
      if (point.week === last && point.metric === 'engagement_trainees') for (const [t, trust] of trustRows(run.trusts)) means.add({ arm: run.arm, trust }, point.values[t]);
  }
  const title = 'Trainee engagement by trust in the last week';
  const x = { field: 'mean', type: 'quantitative' as const, title: 'Trainee engagement (0–10)', scale: { zero: false, nice: true, padding: 12 } };
  const y = { field: 'arm', type: 'nominal' as const, title: null, sort: results.arms };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: `${subtitle(results)}; dots: trusts, bar: the region` },
    data: { values: means.values() },
    width: PANEL.width * 2,
    height: { step: 48 },
    layer: [
      {
        transform: [{ filter: { not: { field: 'trust', equal: REGION_ROW } } }],
        mark: { type: 'point', filled: true, size: 90, opacity: 0.55 },
        encoding: { x, y, color: armColour(results), tooltip: [{ field: 'trust' }, { field: 'mean', format: '.2f' }] },
      },
      {
        transform: [{ filter: { field: 'trust', equal: REGION_ROW } }],
        mark: { type: 'tick', thickness: 4, size: 40, color: '#000000' },
        encoding: { x, y },
      },
    ],
    config: { ...CHART_CONFIG, legend: { ...CHART_CONFIG.legend, symbolType: 'circle', symbolSize: 200, symbolOpacity: 1 } },
  };
  return { name: 'trust-engagement', title, spec };
}

export function trustFlowsChart(results: ScenarioResults): ChartSpec {
  const means = new Means<{ arm: string; from: string; to: string; flow: string }>();
  const names: string[] = [];
  for (const run of runsByTrust(results)) {
    for (const name of run.trusts.names) if (!names.includes(name)) names.push(name);
    for (const f of run.trusts.flows) {
      const pair = { arm: run.arm, from: run.trusts.names[f.from], to: run.trusts.names[f.to] };
      means.add({ ...pair, flow: 'movers' }, f.movers);
      means.add({ ...pair, flow: 'ideas carried' }, f.ideasCarried);
    }
  }
  // A pair missing from a run had nothing flowing: the mean is over all the arm's runs.
  const runs = new Map(results.arms.map((arm) => [arm, runsByTrust(results).filter((run) => run.arm === arm).length]));
  const values = means.values((cell) => runs.get(cell.arm) ?? 0);
  const title = 'Flows between trusts over the run';
  const matrix = (flow: string, legend: string) => ({
    // Pairs with nothing of this flow stay blank rather than the palest colour.
    transform: [{ filter: { field: 'flow', equal: flow } }, { filter: 'datum.mean > 0' }],
    facet: { column: { field: 'arm', type: 'nominal' as const, title: null, sort: results.arms, header: { labelFontSize: 17 } } },
    spec: {
      width: PANEL.height,
      height: PANEL.height,
      mark: { type: 'rect' as const },
      encoding: {
        x: { field: 'to', type: 'ordinal' as const, title: 'To', sort: names, scale: { domain: names } },
        y: { field: 'from', type: 'ordinal' as const, title: 'From', sort: names, scale: { domain: names } },
        color: { field: 'mean', type: 'quantitative' as const, title: legend, scale: { scheme: 'blues' } },
        tooltip: [{ field: 'from' }, { field: 'to' }, { field: 'mean', title: legend, format: '.2f' }],
      },
    },
  });
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: `${subtitle(results)}; rows: trust moved from, columns: trust moved to` },
    data: { values },
    vconcat: [matrix('movers', 'Movers'), matrix('ideas carried', 'Ideas carried')],
    resolve: { scale: { color: 'independent' } },
    config: { ...CHART_CONFIG, legend: { ...CHART_CONFIG.legend, orient: 'right', symbolType: 'square' } },
  };
  return { name: 'trust-flows', title, spec };
}

/** The charts by trust, for results of several trusts; none otherwise. */
export function trustChartSpecs(results: ScenarioResults): ChartSpec[] {
  if (!hasSeveralTrusts(results)) return [];
  return [trustUptakeChart(results), trustEngagementChart(results), trustFlowsChart(results)];
}

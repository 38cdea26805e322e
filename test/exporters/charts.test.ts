import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

import {
  ARM_COLOURS, CHARTS, VEGA_LITE_SCHEMA, chartData, chartSpecs, engagementChart, leadershipChart, uptakeChart,
} from '../../src/exporters/index.ts';
import type { ChartSpec } from '../../src/exporters/index.ts';
import { syntheticResults, tinyResults } from './fixtures.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
// The vega-lite schema uses union types and keywords Ajv's strict mode rejects; its "uri"
// formats need ajv-formats, which is not installed and not what these tests are about.
const validate = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false }).compile(schema);

const data = chartData(syntheticResults());
const specs = chartSpecs(data);
const values = (chart: ChartSpec) => (chart.spec.data as { values: Record<string, unknown>[] }).values;
const panels = (chart: ChartSpec) => (chart.spec as unknown as { concat: { title: { text: string }; layer: { encoding: { y: { title: string } } }[] }[] }).concat;

describe('chart specs', () => {
  it('draws uptake, engagement and leadership when every metric is present', () => {
    expect(specs.map((c) => c.name)).toEqual(['uptake', 'engagement', 'leadership']);
    expect(panels(specs[2]).map((p) => p.title.text)).toEqual(['Density', 'Centralization', 'Gini of leadership', 'Trainees among leaders']);
  });

  it.each(specs.map((c) => [c.name, c] as const))('%s validates against the vega-lite JSON schema', (_, chart) => {
    const valid = validate(chart.spec);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail', () => {
    const broken = structuredClone(specs[0].spec) as unknown as { concat: { layer: { mark: unknown }[] }[] };
    broken.concat[0].layer[0].mark = { type: 'areaa' };
    expect(validate(broken)).toBe(false);
  });

  it('is self-contained: v6 schema, inline data of only its own metrics', () => {
    expect(VEGA_LITE_SCHEMA).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    for (const chart of specs) {
      expect(chart.spec.$schema).toBe(VEGA_LITE_SCHEMA);
      const own = new Set(CHARTS.find((d) => d.name === chart.name)!.panels.map((p) => p.metric));
      expect(new Set(values(chart).map((v) => v.metric))).toEqual(own);
    }
  });

  it('gives each arm × week its mean and 95% CI across replicates', () => {
    const results = tinyResults();
    const chart = uptakeChart(chartData(results))!;
    expect(values(chart)).toEqual([
      { arm: 'heroic', metric: 'uptake_total', week: 0, n: 2, mean: 0, ci95_low: 0, ci95_high: 0 },
      { arm: 'heroic', metric: 'uptake_total', week: 1, n: 2, mean: 0.5, ci95_low: expect.closeTo(0.5 - 12.7062047 * 0.25, 6), ci95_high: expect.closeTo(0.5 + 12.7062047 * 0.25, 6) },
      { arm: 'collective', metric: 'uptake_total', week: 0, n: 2, mean: 0, ci95_low: 0, ci95_high: 0 },
      { arm: 'collective', metric: 'uptake_total', week: 1, n: 2, mean: 0.5, ci95_low: 0.5, ci95_high: 0.5 },
    ]);
    // A trainee measure undefined in one run: n = 1, mean without a band.
    expect(values(engagementChart(chartData(results))!)).toContainEqual({ arm: 'heroic', metric: 'engagement_trainees', week: 1, n: 1, mean: 0.25, ci95_low: null, ci95_high: null });
  });

  it('leaves weeks undefined in every run out of the trainee panels', () => {
    const trainees = values(engagementChart(data)!).filter((v) => v.metric === 'engagement_trainees');
    expect(trainees.find((v) => v.week === 0)).toEqual(expect.objectContaining({ n: 0, mean: null, ci95_low: null }));
    expect(trainees.find((v) => v.week === 2)).toEqual(expect.objectContaining({ n: 4 }));
  });

  it('colours arms in the order of `arms` with the fixed palette, and dashes them too', () => {
    const [panel] = panels(specs[0]) as unknown as { encoding: { color: { scale: { domain: string[]; range: string[] } } }; layer: { encoding: Record<string, { scale?: { domain: string[] } }> }[] }[];
    expect(panel.encoding.color.scale).toEqual({ domain: ['heroic', 'collective', 'hybrid-middle'], range: ARM_COLOURS });
    expect(panel.layer[1].encoding.strokeDash.scale!.domain).toEqual(['heroic', 'collective', 'hybrid-middle']);
  });

  it('titles axes with units from the catalogue', () => {
    expect(panels(specs[1])[0].layer[1].encoding.y.title).toBe('Engagement (0–1)');
    expect(panels(specs[0])[0].layer[1].encoding.y.title).toBe('Share of scope');
  });

  it('skips charts and panels whose metrics are absent', () => {
    const tiny = chartData(tinyResults());
    expect(leadershipChart(tiny)).toBeNull();
    expect(chartSpecs(tiny).map((c) => c.name)).toEqual(['uptake', 'engagement']);
    expect(panels(uptakeChart(tiny)!).map((p) => p.title.text)).toEqual(['Uptake (share of staff adopting)']);
  });

  it('is a pure function of its data', () => {
    expect(JSON.stringify(chartSpecs(chartData(syntheticResults())))).toBe(JSON.stringify(specs));
  });
});

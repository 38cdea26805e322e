import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

import { chartData, chartSpecs } from '../../src/exporters/index.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { TRUST_METRICS } from '../../src/metrics/trust-metrics.ts';
import { runScenario } from '../../src/run/run-scenario.ts';
import { listBundledScenarios, loadScenario } from '../../src/scenario/index.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
const validate = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false }).compile(schema);

describe.each(listBundledScenarios().map((s) => [s.name, s.file] as const))('bundled scenario %s', (_name, file) => {
  // One replicate with a fixed seed: every bundled scenario must run and chart. The region (about
  // 76,000 staff) runs 27 of its weeks: every launch and its departure (week 26), at a fifth of the time.
  const loaded = loadScenario(file, { ruleSets: RULE_SETS });
  const scenario = { ...loaded, replicates: 1, weeks: loaded.region === undefined ? loaded.weeks : Math.min(loaded.weeks, 27) };
  const { results } = runScenario(scenario);

  it('runs every arm for every week, measuring every metric', () => {
    expect(results.runs.map((r) => r.arm)).toEqual(scenario.arms.map((a) => a.name));
    for (const run of results.runs) {
      for (const metric of TRUST_METRICS)
        expect(run.series.filter((p) => p.metric === metric.name), metric.name).toHaveLength(scenario.weeks);
      expect(run.series.every((p) => p.value === null || Number.isFinite(p.value))).toBe(true);
    }
  });

  it('draws charts that validate against the vega-lite schema', () => {
    const specs = chartSpecs(chartData(results));
    expect(specs.length).toBeGreaterThan(0);
    for (const chart of specs) expect(validate(chart.spec), `${chart.name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
  });
});

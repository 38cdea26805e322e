import { describe, expect, it } from 'vitest';

import { trustsCsv } from '../../src/exporters/index.ts';
import { perTrustMetrics } from '../../src/metrics/per-trust.ts';
import { runArms, runScenario } from '../../src/run/run-scenario.ts';
import { loadScenario } from '../../src/scenario/index.ts';

const flagship = loadScenario('scenarios/flagship.yaml');
const short = { ...flagship, weeks: 30, replicates: 1 };

describe('runs recorded by trust', () => {
  const { results } = runScenario(short);

  it('in a one-trust scenario, give the trust the values the run records for the whole trust', () => {
    let compared = 0;
    for (const run of results.runs) {
      const trusts = run.trusts;
      expect(trusts?.names).toEqual([flagship.trust.name]);
      for (const point of trusts?.series ?? []) {
        const [trust, region] = point.values;
        expect(region, `${point.metric} at week ${point.week}: the region is the trust`).toBe(trust);
        const whole = run.series.find((p) => p.week === point.week && p.metric === point.metric);
        if (whole === undefined) continue;
        if (whole.value === null) expect(trust).toBeNull();
        else expect(trust, `${point.metric} at week ${point.week}`).toBeCloseTo(whole.value, 12);
        compared++;
      }
    }
    // Uptake (total, committed, of each initiative), engagement, trainee shares and leadership are in both.
    expect(compared).toBeGreaterThan(short.weeks * results.arms.length * 8);
  });

  it('records each week once per per-trust metric, and the catalogue names them', () => {
    const run = results.runs[0];
    expect(run.trusts?.series).toHaveLength(short.weeks * perTrustMetrics(short).length);
    expect(results.trustMetrics?.map((m) => m.name)).toEqual(perTrustMetrics(short).map((m) => m.name));
    expect(run.trusts?.spread.map((s) => s.initiative)).toEqual(short.initiatives.map((i) => i.name));
    expect(run.trusts?.flows).toEqual([]);
  });

  it('is reproducible, and left out by runners that do not ask for it (sweeps, patterns)', () => {
    expect(trustsCsv(runScenario(short).results)).toBe(trustsCsv(results));
    expect(runArms(short, 1).every(({ result }) => result.trusts === undefined)).toBe(true);
    expect(runArms(short, 1, { byTrust: true }).map(({ result }) => result.trusts)).toEqual(results.runs.map((run) => run.trusts));
  });
});

import { describe, expect, it } from 'vitest';

import { comparisonRows, comparisonsCsv, convergenceCsv, convergenceRows, summaryRows } from '../../src/exporters/index.ts';
import type { ScenarioResults } from '../../src/results/index.ts';
import { stream } from '../../src/random/stream.ts';
import { pairedComparison } from '../../src/statistics/index.ts';
import { syntheticResults, tinyResults } from './fixtures.ts';

const T975_1 = 12.7062047361747; // qt(0.975, 1)

/** Two arms whose final uptake differs by 0.01 within each replicate, under replicate noise a hundred times larger. */
function pairedResults(replicates = 8): ScenarioResults {
  const results = syntheticResults({ replicates, weeks: 4 });
  results.arms = ['heroic', 'collective'];
  results.runs = results.runs.filter((run) => results.arms.includes(run.arm));
  const noise = stream(5, 'test', 'replicate-noise');
  const shared = Array.from({ length: replicates + 1 }, () => noise.normal(0.5, 1));
  for (const run of results.runs) {
    const jitter = run.replicate % 2 === 0 ? 0.001 : -0.001;
    run.summary.final_uptake = shared[run.replicate] + (run.arm === 'collective' ? 0.01 + jitter : 0);
  }
  return results;
}

describe('comparisonsCsv', () => {
  it('gives arm − baseline per measure, paired by replicate, in summary.csv order', () => {
    const lines = comparisonsCsv(tinyResults()).split('\n');
    const half = (T975_1 * Math.sqrt(0.125)) / Math.SQRT2; // differences 0.25 and −0.25: sd √0.125
    // Exact text but for the t-based bounds, checked numerically below.
    expect(lines.map((line) => line.replace(/-?3\.176\d+,3\.176\d+/, 'LOW,HIGH'))).toEqual([
      'source,metric,week,baseline,arm,n,mean_difference,sd,ci95_low,ci95_high,effect_size,distinguishable',
      `run_summary,final_uptake,,heroic,collective,2,0,${Math.sqrt(0.125)},LOW,HIGH,0,false`,
      'run_summary,weeks_to_half,,heroic,collective,1,0,,,,,false', // heroic #1 never reached half: one pair
      `series_final_week,uptake_total,1,heroic,collective,2,0,${Math.sqrt(0.125)},LOW,HIGH,0,false`,
      'series_final_week,engagement_trainees,1,heroic,collective,1,0.5,,,,,false',
      '',
    ]);
    const [low, high] = lines[1].split(',').slice(8, 10).map(Number);
    expect(low).toBeCloseTo(-half, 10);
    expect(high).toBeCloseTo(half, 10);
  });

  it('pairs runs by replicate, whatever order they arrive in, so shared noise cancels', () => {
    const results = pairedResults();
    results.runs.reverse();
    const row = comparisonRows(results).find((r) => r.metric === 'final_uptake')!;
    expect(row).toMatchObject({ source: 'run_summary', week: null, baseline: 'heroic', arm: 'collective', n: 8, distinguishable: true });
    expect(row.mean_difference).toBeCloseTo(0.01, 12);
    expect(row.sd).toBeCloseTo(Math.sqrt(8 / 7) * 0.001, 12); // the ±0.001 jitter, nothing of the noise
    expect(row.effect_size).toBeCloseTo(0.01 / (Math.sqrt(8 / 7) * 0.001), 8);
    // Unpaired, the same means would be lost in the noise.
    const byArm = summaryRows(results).filter((r) => r.metric === 'final_uptake');
    expect(byArm[0].ci95_high! - byArm[0].ci95_low!).toBeGreaterThan(100 * (row.ci95_high! - row.ci95_low!));
  });

  it('agrees with pairedComparison on every row, every arm against the first', () => {
    const results = syntheticResults();
    const rows = comparisonRows(results);
    expect(rows).toHaveLength(2 * (2 + 14)); // two arms against heroic × (2 run summaries + 14 series)
    expect(new Set(rows.map((r) => r.arm))).toEqual(new Set(['collective', 'hybrid-middle']));
    const valuesOf = (arm: string) => results.runs.filter((run) => run.arm === arm).sort((a, b) => a.replicate - b.replicate).map((run) => run.summary.weeks_to_half_uptake);
    const expected = pairedComparison(valuesOf('heroic'), valuesOf('hybrid-middle'));
    const row = rows.find((r) => r.metric === 'weeks_to_half_uptake' && r.arm === 'hybrid-middle')!;
    expect([row.n, row.mean_difference, row.sd, row.ci95_low, row.ci95_high, row.effect_size, row.distinguishable]).toEqual([
      expected.n, expected.meanDifference, expected.sd, expected.ci![0], expected.ci![1], expected.effectSize, expected.distinguishable,
    ]);
  });

  it('leaves out a replicate that one of the arms did not run', () => {
    const results = pairedResults();
    results.runs = results.runs.filter((run) => !(run.arm === 'heroic' && run.replicate === 3));
    expect(comparisonRows(results).find((r) => r.metric === 'final_uptake')!.n).toBe(7);
  });

  it('has no rows with a single arm', () => {
    const results = tinyResults();
    results.arms = ['heroic'];
    results.runs = results.runs.filter((run) => run.arm === 'heroic');
    expect(comparisonsCsv(results)).toBe('source,metric,week,baseline,arm,n,mean_difference,sd,ci95_low,ci95_high,effect_size,distinguishable\n');
  });

  it('gives byte-identical files for the same results, whatever order the runs arrive in', () => {
    const a = syntheticResults();
    const b = syntheticResults();
    b.runs.reverse();
    for (const run of b.runs) run.series.reverse();
    expect(comparisonsCsv(b)).toBe(comparisonsCsv(a));
    expect(convergenceCsv(b)).toBe(convergenceCsv(a));
  });
});

describe('convergenceCsv', () => {
  it('gives the CI half-width of the headline measures per arm, for n = 2 … replicates', () => {
    const results = syntheticResults({ replicates: 5 });
    const rows = convergenceRows(results);
    // final_uptake (sustained_uptake is absent), then the headline series present, in HEADLINE_SERIES order.
    expect([...new Set(rows.map((r) => r.metric))]).toEqual([
      'final_uptake', 'uptake_total', 'uptake_committed', 'engagement_trainees', 'trainees_disengaged_share', 'leadership_centralization', 'trainee_leadership_share',
    ]);
    const uptake = rows.filter((r) => r.metric === 'final_uptake' && r.arm === 'collective');
    expect(uptake.map((r) => r.n)).toEqual([2, 3, 4, 5]);
    expect(rows.filter((r) => r.metric === 'uptake_total').every((r) => r.source === 'series_final_week' && r.week === 26)).toBe(true);
    // With every replicate in, it is the interval summary.csv reports.
    const summary = summaryRows(results).find((r) => r.metric === 'final_uptake' && r.arm === 'collective')!;
    expect(uptake.at(-1)!.mean).toBe(summary.mean);
    expect(summary.ci95_high! - summary.mean!).toBeCloseTo(uptake.at(-1)!.half_width, 14);
  });

  it('takes replicates in order and reads the measures asked for', () => {
    const results = pairedResults(6);
    const rows = convergenceRows(results, { summary: ['final_uptake'], series: [] });
    const heroic = results.runs.filter((run) => run.arm === 'heroic').sort((a, b) => a.replicate - b.replicate);
    const firstTwo = heroic.slice(0, 2).map((run) => run.summary.final_uptake!);
    expect(rows[0]).toMatchObject({ metric: 'final_uptake', arm: 'heroic', n: 2, mean: (firstTwo[0] + firstTwo[1]) / 2 });
    expect(rows[0].half_width).toBeCloseTo((T975_1 * Math.abs(firstTwo[0] - firstTwo[1])) / 2, 10); // sd |a − b|/√2, over √2
    expect(rows).toHaveLength(2 * 5);
  });

  it('writes source, metric, week, arm, n, mean and half-width', () => {
    const lines = convergenceCsv(tinyResults()).split('\n');
    expect(lines[0]).toBe('source,metric,week,arm,n,mean,half_width');
    expect(lines[1]).toMatch(/^run_summary,final_uptake,,heroic,2,0\.5,3\.176\d+$/);
    expect(lines[2]).toBe('run_summary,final_uptake,,collective,2,0.5,0');
    expect(lines[3]).toMatch(/^series_final_week,uptake_total,1,heroic,2,0\.5,3\.176\d+$/);
    // Trainee engagement: heroic has one value only, so no row; collective has two.
    expect(lines.slice(5)).toEqual(['series_final_week,engagement_trainees,1,collective,2,0.75,0', '']);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { summaryCsv, summaryJson, summaryJsonText, summaryRows, timeseriesCsv } from '../../src/exporters/index.ts';
import { neutraliseCell } from '../../src/exporters/tables/csv-cell.ts';
import { stream } from '../../src/random/stream.ts';
import { bootstrapInterval } from '../../src/statistics/index.ts';
import { syntheticResults, tinyResults } from './fixtures.ts';

const T975_1 = 12.7062047361747; // qt(0.975, 1)

describe('timeseriesCsv', () => {
  it('writes one tidy row per arm, replicate, week and metric, in arm order, with empty cells for null', () => {
    expect(timeseriesCsv(tinyResults())).toBe(
      [
        'arm,replicate,week,metric,value',
        'heroic,1,0,engagement_trainees,0.5',
        'heroic,1,0,uptake_total,0',
        'heroic,1,1,engagement_trainees,',
        'heroic,1,1,uptake_total,0.25',
        'heroic,2,0,engagement_trainees,0.5',
        'heroic,2,0,uptake_total,0',
        'heroic,2,1,engagement_trainees,0.25',
        'heroic,2,1,uptake_total,0.75',
        'collective,1,0,engagement_trainees,0.5',
        'collective,1,0,uptake_total,0',
        'collective,1,1,engagement_trainees,0.75',
        'collective,1,1,uptake_total,0.5',
        'collective,2,0,engagement_trainees,0.5',
        'collective,2,0,uptake_total,0',
        'collective,2,1,engagement_trainees,0.75',
        'collective,2,1,uptake_total,0.5',
        '',
      ].join('\n'),
    );
  });

  it('quotes names that contain commas or quotes', () => {
    const results = tinyResults();
    results.arms[0] = 'heroic, "classic"';
    for (const run of results.runs) if (run.arm === 'heroic') run.arm = 'heroic, "classic"';
    expect(timeseriesCsv(results).split('\n')[1]).toBe('"heroic, ""classic""",1,0,engagement_trainees,0.5');
  });
});

describe('summaryCsv', () => {
  it('gives n, mean, sd and the 95% CI per arm, run summaries first, then series at the final week', () => {
    const lines = summaryCsv(tinyResults()).split('\n');
    const sd = '0.3535533905932738'; // √(((0.25 − 0.5)² + (0.75 − 0.5)²) / 1)
    // Exact text, except the heroic CI bounds (t quantile × sd / √n): checked numerically below.
    const heroicSpread = /^(run_summary,final_uptake,,heroic|series_final_week,uptake_total,1,heroic),/;
    const masked = lines.map((line) => (heroicSpread.test(line) ? `${line.split(',').slice(0, 7).join(',')},LOW,HIGH` : line));
    expect(masked).toEqual([
      'source,metric,week,arm,n,mean,sd,ci95_low,ci95_high',
      `run_summary,final_uptake,,heroic,2,0.5,${sd},LOW,HIGH`,
      'run_summary,final_uptake,,collective,2,0.5,0,0.5,0.5',
      'run_summary,weeks_to_half,,heroic,1,1,,,',
      'run_summary,weeks_to_half,,collective,2,1,0,1,1',
      `series_final_week,uptake_total,1,heroic,2,0.5,${sd},LOW,HIGH`,
      'series_final_week,uptake_total,1,collective,2,0.5,0,0.5,0.5',
      'series_final_week,engagement_trainees,1,heroic,1,0.25,,,',
      'series_final_week,engagement_trainees,1,collective,2,0.75,0,0.75,0.75',
      '',
    ]);
    const half = (T975_1 * Number(sd)) / Math.SQRT2;
    for (const line of [lines[1], lines[5]]) {
      const [low, high] = line.split(',').slice(7).map(Number);
      expect(low).toBeCloseTo(0.5 - half, 10);
      expect(high).toBeCloseTo(0.5 + half, 10);
    }
  });
});

describe('summaryJson', () => {
  it('keys the same statistics by arm then metric', () => {
    const json = summaryJson(tinyResults());
    expect(json.arms).toEqual(['heroic', 'collective']);
    expect(json.finalWeek).toBe(1);
    expect(Object.keys(json.runSummary)).toEqual(['heroic', 'collective']);
    expect(json.runSummary.collective.final_uptake).toEqual({ n: 2, mean: 0.5, sd: 0, ci95_low: 0.5, ci95_high: 0.5 });
    expect(json.runSummary.heroic.weeks_to_half).toEqual({ n: 1, mean: 1, sd: null, ci95_low: null, ci95_high: null });
    expect(json.seriesAtFinalWeek.heroic.engagement_trainees).toEqual({ n: 1, mean: 0.25, sd: null, ci95_low: null, ci95_high: null });
    expect(Object.keys(json.seriesAtFinalWeek.heroic)).toEqual(['uptake_total', 'engagement_trainees']);
  });

  it('agrees with summary.csv', () => {
    const results = syntheticResults();
    const json = summaryJson(results);
    const rows = summaryCsv(results).trim().split('\n').slice(1).map((line) => line.split(','));
    expect(rows.length).toBe(3 * (2 + 14));
    for (const [source, metric, , arm, n, mean, sd, low, high] of rows) {
      const stats = (source === 'run_summary' ? json.runSummary : json.seriesAtFinalWeek)[arm][metric];
      expect([stats.n, stats.mean, stats.sd, stats.ci95_low, stats.ci95_high].map((x) => (x === null ? '' : String(x)))).toEqual([n, mean, sd, low, high]);
    }
  });
});

describe('odd metric names', () => {
  it('treats names like "constructor" and "__proto__" as plain keys', () => {
    const results = tinyResults();
    Object.defineProperty(results.runs[1].summary, '__proto__', { value: 4, enumerable: true, writable: true }); // as JSON.parse makes it
    Object.assign(results.runs[2].summary, { constructor: 1 }); // the other runs have none: skipped, not Object
    const json = summaryJson(results);
    expect(json.runSummary.collective.constructor).toEqual({ n: 1, mean: 1, sd: null, ci95_low: null, ci95_high: null });
    expect(Object.getPrototypeOf(json.runSummary.heroic)).toBe(Object.prototype);
    expect(Object.hasOwn(json.runSummary.heroic, '__proto__')).toBe(true);
    expect(summaryCsv(results)).toContain('run_summary,constructor,,heroic,0,,,,');
  });
});

describe('determinism', () => {
  it('gives byte-identical tables for the same results, whatever order the runs arrive in', () => {
    const a = syntheticResults();
    const b = syntheticResults();
    b.runs.reverse();
    for (const run of b.runs) run.series.reverse();
    expect(timeseriesCsv(b)).toBe(timeseriesCsv(a));
    expect(summaryCsv(b)).toBe(summaryCsv(a));
    expect(summaryJsonText(b)).toBe(summaryJsonText(a));
  });
});

describe('bootstrap intervals', () => {
  const bootstrap = { resamples: 400, seed: 5 };

  it('are off by default: the summary is the same with no options', () => {
    const results = syntheticResults();
    expect(summaryCsv(results, {})).toBe(summaryCsv(results));
    expect(summaryJsonText(results, {})).toBe(summaryJsonText(results));
    expect(summaryJson(results)).not.toHaveProperty('bootstrap');
  });

  it('add two columns from the stream (seed, "bootstrap", arm, metric), resampling replicates in order', () => {
    const results = syntheticResults({ replicates: 6 });
    const lines = summaryCsv(results, { bootstrap }).split('\n');
    expect(lines[0]).toBe('source,metric,week,arm,n,mean,sd,ci95_low,ci95_high,ci95_boot_low,ci95_boot_high');
    const row = summaryRows(results, { bootstrap }).find((r) => r.metric === 'uptake_committed' && r.arm === 'collective')!;
    const values = results.runs
      .filter((run) => run.arm === 'collective')
      .sort((a, b) => a.replicate - b.replicate)
      .map((run) => run.series.find((p) => p.week === 26 && p.metric === 'uptake_committed')!.value);
    const expected = bootstrapInterval(values, { resamples: 400, random: stream(5, 'bootstrap', 'collective', 'uptake_committed') })!;
    expect([row.ci95_boot_low, row.ci95_boot_high]).toEqual(expected);
    expect(row.ci95_boot_low).toBeGreaterThan(row.ci95_low!); // percentile intervals of 6 values are narrower than t(5)
    expect(row.ci95_boot_high).toBeLessThan(row.ci95_high!);
  });

  it('are reproducible, whatever order the runs arrive in, and change with the seed', () => {
    const a = syntheticResults();
    const b = syntheticResults();
    b.runs.reverse();
    expect(summaryCsv(b, { bootstrap })).toBe(summaryCsv(a, { bootstrap }));
    expect(summaryCsv(a, { bootstrap: { ...bootstrap, seed: 6 } })).not.toBe(summaryCsv(a, { bootstrap }));
  });

  it('are empty with fewer than two values, in CSV and JSON', () => {
    const csv = summaryCsv(tinyResults(), { bootstrap });
    expect(csv).toContain('\nrun_summary,weeks_to_half,,heroic,1,1,,,,,\n');
    expect(csv).toContain('\nrun_summary,final_uptake,,collective,2,0.5,0,0.5,0.5,0.5,0.5\n');
    const json = summaryJson(tinyResults(), { bootstrap });
    expect(json.bootstrap).toEqual(bootstrap);
    expect(json.statistics).toContain('400 resamples');
    expect(json.runSummary.heroic.weeks_to_half).toEqual({ n: 1, mean: 1, sd: null, ci95_low: null, ci95_high: null, ci95_boot_low: null, ci95_boot_high: null });
  });

  it('reject a bad number of resamples', () => {
    expect(() => summaryCsv(tinyResults(), { bootstrap: { resamples: 0, seed: 1 } })).toThrow(/invalid `resamples`/);
  });
});

describe('CSV cells from user-chosen names', () => {
  it('neutralises text a spreadsheet would run as a formula (OWASP CSV injection), leaving numbers as they are', () => {
    const results = tinyResults();
    const names: Record<string, string> = {
      uptake_total: '=HYPERLINK("http://example.com")',
      engagement_trainees: '@SUM(A1:A9)',
    };
    for (const run of results.runs) {
      for (const point of run.series) point.metric = names[point.metric] ?? point.metric;
      run.summary = { '+cmd': run.summary.final_uptake, '-x': run.summary.weeks_to_half };
      run.series[0].value = -0.25;
    }
    const rows = (csv: string) => parse(csv) as string[][];
    const timeseries = rows(timeseriesCsv(results));
    expect(new Set(timeseries.slice(1).map((row) => row[3]))).toEqual(new Set([`'=HYPERLINK("http://example.com")`, "'@SUM(A1:A9)"]));
    expect(timeseries.slice(1).map((row) => row[4])).toContain('-0.25');
    const metrics = new Set(rows(summaryCsv(results)).slice(1).map((row) => row[1]));
    expect(metrics).toContain("'+cmd");
    expect(metrics).toContain("'-x");
    expect([...metrics].every((m) => !/^[=+\-@]/.test(m))).toBe(true);
  });

  it('neutraliseCell: formulas, tabs and carriage returns get a quote; numbers and plain text do not', () => {
    expect(['=1+1', '+A1', '-A1', '@x', '\tx', '\rx', '-', '+'].map(neutraliseCell)).toEqual(["'=1+1", "'+A1", "'-A1", "'@x", "'\tx", "'\rx", "'-", "'+"]);
    expect(['-0.25', '+3', '-1e-7', '-Infinity', 'heroic', '', 'a=b'].map(neutraliseCell)).toEqual(['-0.25', '+3', '-1e-7', '-Infinity', 'heroic', '', 'a=b']);
  });
});

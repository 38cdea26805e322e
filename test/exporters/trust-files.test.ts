import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TRUSTS_COLUMNS, TRUST_FLOWS_COLUMNS, TRUST_SPREAD_COLUMNS, trustFlowsCsv, trustSpreadCsv, trustsCsv, writeResults } from '../../src/exporters/index.ts';
import { trustNetwork } from '../../src/exporters/networks/trust-network.ts';
import { trustChartSpecs } from '../../src/exporters/charts/trust-charts.ts';
import { graphml } from '../../src/exporters/networks/graphml.ts';
import { write as writeGexf } from 'graphology-gexf';
import { InvalidResultsError, validateResults } from '../../src/results/index.ts';
import { tinyResults } from './fixtures.ts';
import { TRUST_NAMES, trustResults } from './trust-fixtures.ts';

const rows = (csv: string): Record<string, string>[] => parseCsv(csv, { columns: true });
const header = (csv: string) => csv.slice(0, csv.indexOf('\n')).split(',');

describe('tables by trust', () => {
  const results = trustResults();

  it('trusts.csv is tidy: one row per run, week, trust (then the region) and metric, in order', () => {
    const csv = trustsCsv(results);
    expect(header(csv)).toEqual([...TRUSTS_COLUMNS]);
    const table = rows(csv);
    expect(table).toHaveLength(4 * 2 * (TRUST_NAMES.length + 1) * 3);
    // Metrics by code unit (":" before "_"), as in timeseries.csv.
    expect(table.slice(0, 12).map((r) => [r.arm, r.replicate, r.week, r.trust, r.metric])).toEqual([
      ...[...TRUST_NAMES, 'region'].flatMap((trust) => ['engagement_trainees', 'uptake:sepsis-bundle', 'uptake_total'].map((metric) => ['heroic', '1', '0', trust, metric])),
    ]);
    // Values by position: trust t, the region last; undefined is an empty cell.
    const at = (trust: string, week: string, metric: string) => table.find((r) => r.arm === 'collective' && r.replicate === '2' && r.trust === trust && r.week === week && r.metric === metric)?.value;
    expect(at('eastfield', '1', 'uptake_total')).toBe(String(0.25 + 1 / 8));
    expect(at('region', '1', 'uptake_total')).toBe('0.75');
    expect(at('westmoor', '0', 'uptake_total')).toBe('');
  });

  it('trust-spread.csv gives the week each trust first adopted, empty for never', () => {
    const csv = trustSpreadCsv(results);
    expect(header(csv)).toEqual([...TRUST_SPREAD_COLUMNS]);
    const table = rows(csv);
    expect(table).toHaveLength(4 * (TRUST_NAMES.length + 1));
    expect(table.slice(0, 4).map((r) => [r.trust, r.first_adopted_week, r.succeeded_week])).toEqual([['northgate', '0', '5'], ['eastfield', '', ''], ['westmoor', '2', ''], ['region', '0', '']]);
  });

  it('trust-flows.csv names the trusts of each pair with a flow', () => {
    const csv = trustFlowsCsv(results);
    expect(header(csv)).toEqual([...TRUST_FLOWS_COLUMNS]);
    const table = rows(csv);
    expect(table).toHaveLength(4 * 2);
    expect(table[0]).toEqual({ arm: 'heroic', replicate: '1', from: 'northgate', to: 'eastfield', movers: '1', ideas_carried: '2', carried_launched: '1', carried_succeeded: '1', carried_abandoned: '0' });
  });

  it('has no region rows and no flows for a world of one trust', () => {
    const one = trustResults(['only']);
    expect(rows(trustsCsv(one)).every((r) => r.trust === 'only')).toBe(true);
    expect(rows(trustSpreadCsv(one)).map((r) => r.trust)).toEqual(['only', 'only', 'only', 'only']);
    expect(rows(trustFlowsCsv(one))).toEqual([]);
  });
});

describe('the network of trusts', () => {
  const results = trustResults();

  for (const [format, write, read] of [
    ['GEXF', (g: MultiDirectedGraph) => writeGexf(g, { version: '1.2' }), (text: string) => parseGexf(MultiDirectedGraph, text)],
    ['GraphML', graphml, (text: string) => parseGraphml(MultiDirectedGraph, text)],
  ] as const)
    it(`reads back from ${format} with trusts as nodes and mean flows as weighted ties`, () => {
      const network = read(write(trustNetwork(results, 'collective')));
      expect(network.nodes()).toEqual(TRUST_NAMES);
      // Headcounts are the mean over the arm's replicates (100 + replicate, …).
      expect(network.getNodeAttribute('eastfield', 'headcount')).toBe(201.5);
      const ties = network.mapEdges((_e, a, source, target) => [source, target, a.layer, a.weight]);
      expect(ties).toEqual([
        ['northgate', 'eastfield', 'movers', 3],
        ['northgate', 'eastfield', 'ideas', 2],
        ['westmoor', 'northgate', 'movers', 1],
      ]);
    });
});

describe('writeResults with runs by trust', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'leadsim-trusts-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the trust tables, networks and charts, and lists them in the manifest', async () => {
    const out = join(root, 'out');
    await writeResults(trustResults(), out);
    const listed = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);
    for (const path of ['trusts.csv', 'trust-spread.csv', 'trust-flows.csv', 'networks/trusts-heroic.gexf', 'networks/trusts-collective.graphml', 'charts/trust-uptake.svg', 'charts/trust-engagement.vl.json', 'charts/trust-flows.png']) {
      expect(listed, path).toContain(path);
      expect(existsSync(join(out, path)), path).toBe(true);
    }
    expect(readFileSync(join(out, 'trusts.csv'), 'utf8')).toBe(trustsCsv(trustResults()));
  });

  it('writes the tables but no network or trust charts for one trust, and nothing by trust for runs without it', async () => {
    await writeResults(trustResults(['only']), join(root, 'one'));
    expect(existsSync(join(root, 'one', 'trusts.csv'))).toBe(true);
    expect(existsSync(join(root, 'one', 'networks'))).toBe(false);
    expect(existsSync(join(root, 'one', 'charts', 'trust-uptake.svg'))).toBe(false);
    await writeResults(tinyResults(), join(root, 'none'), { charts: false });
    expect(existsSync(join(root, 'none', 'trusts.csv'))).toBe(false);
  });
});

describe('validating runs by trust', () => {
  it('refuses a row of values of the wrong length, a flow between unknown trusts, and a trust named twice', () => {
    const broken = (change: (results: ReturnType<typeof trustResults>) => void) => {
      const results = trustResults();
      change(results);
      return () => { validateResults(results); };
    };
    expect(broken(() => undefined)).not.toThrow();
    expect(broken((r) => r.runs[0].trusts?.series[0].values.pop())).toThrow(/4 values \(each trust, then the region\)/);
    expect(broken((r) => { r.runs[0].trusts?.flows.push({ from: 0, to: 3, movers: 1, ideasCarried: 0, carriedLaunched: 0, carriedSucceeded: 0, carriedAbandoned: 0 }); })).toThrow(InvalidResultsError);
    expect(broken((r) => { if (r.runs[0].trusts) r.runs[0].trusts.names = ['a', 'a', 'b']; })).toThrow(/listed twice/);
    expect(broken((r) => { if (r.runs[0].trusts) r.runs[0].trusts.names = ['a', 'region', 'b']; })).toThrow(/no trust may be named "region"/);
  });
});

describe('charts by trust', () => {
  it('are drawn for several trusts only, uptake from each initiative’s series with no undefined points', () => {
    expect(trustChartSpecs(trustResults(['only']))).toEqual([]);
    const charts = trustChartSpecs(trustResults());
    expect(charts.map((c) => c.name)).toEqual(['trust-uptake', 'trust-engagement', 'trust-flows']);
    const spec = charts[0].spec;
    const values = 'data' in spec && spec.data != null && 'values' in spec.data && Array.isArray(spec.data.values) ? (spec.data.values as { arm: string; week: number; initiative: string; trust: string; mean: number | null }[]) : [];
    expect(new Set(values.map((v) => v.initiative))).toEqual(new Set(['sepsis-bundle']));
    expect(values.every((v) => v.mean !== null)).toBe(true);
    // Week 1 of collective: every replicate has eastfield at 0.5 + 1/8.
    expect(values.filter((v) => v.trust === 'eastfield' && v.arm === 'collective' && v.week === 1).map((v) => v.mean)).toEqual([0.625]);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';

import { OUT_OF_SCOPE, adoptionAttribute, exportNetwork, networkGraph } from '../../src/exporters/networks/network.ts';
import { createNetworkTimeline } from '../../src/exporters/networks/network-timeline.ts';
import { RULE_SETS, createRun, replicateTrust, resolveRules } from '../../src/index.ts';
import { loadScenario, parseScenario, runScenario } from '../../src/index.ts';
import type { World } from '../../src/index.ts';

const scenario = loadScenario(new URL('../../scenarios/flagship.yaml', import.meta.url).pathname);
const run = () => runScenario({ ...scenario, weeks: 20, replicates: 1 }, { keepWorlds: true }).worlds.get('collective/1')!;
const world: World = run();
const network = networkGraph(world);

/** What every reader must give back: counts, and every node's and edge's attributes. */
function expectSameNetwork(read: MultiDirectedGraph): void {
  expect(read.order).toBe(network.order);
  expect(read.size).toBe(network.size);
  network.forEachNode((key, attributes) => {
    const got = read.getNodeAttributes(key);
    for (const [name, value] of Object.entries(attributes)) {
      if (typeof value === 'number') expect(got[name], `${key}.${name}`).toBeCloseTo(value, 12);
      else expect(got[name], `${key}.${name}`).toBe(value);
    }
  });
  network.forEachEdge((edge, attributes, source, target) => {
    expect([read.source(edge), read.target(edge)]).toEqual([source, target]);
    const got = read.getEdgeAttributes(edge);
    for (const name of ['layer', 'mutual', 'formerSince'] as const) expect(got[name], `${edge}.${name}`).toBe(attributes[name]);
    expect(Number(got.weight)).toBe(attributes.weight);
  });
}

describe('network export', () => {
  it('carries people, ties by layer, the leadership network and adoption states', () => {
    expect(network.order).toBe(world.agents.size);
    const layers = new Set(network.mapEdges((_e, tie) => tie.layer));
    expect([...layers].sort()).toEqual(['formal', 'informal', 'leadership', 'team']);
    // Leadership ties run granter → claimer, as the run's grants record them.
    const claimer = world.grants.inDegree.findIndex((d) => d > 0);
    const granters = network.filterInEdges(world.agents.keys[claimer], (_e, tie) => tie.layer === 'leadership').map((e) => network.source(e));
    expect(granters.sort()).toEqual([...world.grants.grantedBy[claimer].keys()].map((slot) => world.agents.keys[slot]).sort());
    // Team and informal ties run both ways and say so; formal and leadership ties do not.
    network.forEachEdge((_e, tie) => expect(tie.mutual).toBe(tie.layer === 'team' || tie.layer === 'informal'));
    // Every scheduled initiative launched by week 20 has a state for everyone.
    const launched = world.initiatives.filter((i) => i.origin === 'scheduled');
    expect(launched.length).toBeGreaterThan(0);
    for (const initiative of launched) {
      const states = new Set(network.mapNodes((_k, person) => person[adoptionAttribute(initiative.name)]));
      expect([...states].every((s) => ['unaware', 'compliant', 'committed', 'resisting', OUT_OF_SCOPE].includes(s))).toBe(true);
      expect(states.has('committed')).toBe(true);
    }
  });

  it('gives the same bytes for the same run', () => {
    const again = run();
    for (const format of ['gexf', 'graphml', 'json'] as const) expect(exportNetwork(again, { format })).toBe(exportNetwork(world, { format }));
  });

  it('reads back with graphology\'s GEXF and GraphML parsers and its JSON import', () => {
    expectSameNetwork(parseGexf(MultiDirectedGraph, exportNetwork(world, { format: 'gexf' })));
    expectSameNetwork(parseGraphml(MultiDirectedGraph, exportNetwork(world, { format: 'graphml' })));
    expectSameNetwork(MultiDirectedGraph.from(JSON.parse(exportNetwork(world, { format: 'json' }))));
  });

  it('reads back with NetworkX (read_gexf, read_graphml): same counts and attributes', () => {
    const python = pythonWithNetworkx();
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-network-'));
    const files = { gexf: join(folder, 'trust.gexf'), graphml: join(folder, 'trust.graphml') };
    for (const format of ['gexf', 'graphml'] as const) writeFileSync(files[format], exportNetwork(world, { format }));
    const script = new URL('./networkx-read.py', import.meta.url).pathname;
    for (const format of ['gexf', 'graphml'] as const) {
      const read = JSON.parse(execFileSync(python, [script, format, files[format]], { encoding: 'utf8', maxBuffer: 1 << 28 }));
      const graph = new MultiDirectedGraph();
      for (const [key, attributes] of Object.entries(read.nodes)) graph.addNode(key, attributes as object);
      for (const [key, source, target, attributes] of read.edges) graph.addEdgeWithKey(key, source, target, attributes);
      expectSameNetwork(graph);
    }
  });

  it('writes files NetworkX reads even when a trust built in code has control characters in its name', () => {
    const python = pythonWithNetworkx();
    const odd = run();
    odd.graph.setAttribute('name', 'Trust\u0001\u001b[2J\u0000 & <co>');
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-network-'));
    for (const format of ['gexf', 'graphml'] as const) {
      const file = join(folder, `odd.${format}`);
      writeFileSync(file, exportNetwork(odd, { format }));
      const read = JSON.parse(execFileSync(python, [new URL('./networkx-read.py', import.meta.url).pathname, format, file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
      expect(Object.keys(read.nodes)).toHaveLength(network.order);
    }
  });

  it('is never asked to: a scenario\'s trust name, descriptions and sweep description refuse control characters', () => {
    const base = { name: 'x', description: 'ok' };
    expect(() => parseScenario({ ...base, trust: { name: 'Trust\u0001' } })).toThrow(/trust\.name: expected text without control characters/);
    expect(() => parseScenario({ ...base, description: 'ok\u001b[2J' })).toThrow(/description: expected one non-empty line of text/);
    expect(() => parseScenario({ ...base, arms: [{ name: 'a', description: '\u001b]0;owned\u0007' }] })).toThrow(/arms\[0\]\.description: expected text without control characters/);
  });
});

/** Debian's python3-networkx (installed by .ci/run), or any python3 that has networkx. */
function pythonWithNetworkx(): string {
  const candidates = ['/usr/bin/python3', 'python3'].filter((p) => !p.startsWith('/') || existsSync(p));
  const found = candidates.find((python) => spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0);
  if (found === undefined) throw new Error('No python3 with networkx: install Debian\'s python3-networkx (.ci/run does).');
  return found;
}


describe('dynamic GEXF', () => {
  it('replays the run: people come and go, ties and changing attributes follow the weeks (read by NetworkX)', () => {
    // 20 weeks of the flagship take in a foundation changeover (week 17) and some turnover.
    const spec = { ...scenario, weeks: 20 };
    const arm = spec.arms.find((a) => a.name === 'collective')!;
    const run = createRun({ scenario: spec, rules: resolveRules(arm, RULE_SETS), replicate: 1, trust: replicateTrust(spec, 1), metrics: [] });
    const timeline = createNetworkTimeline('test');
    const departmentAt = new Map<string, string[]>();
    const snapshots: { order: number; size: number }[] = [];
    while (!run.finished) {
      run.step();
      timeline.record(run.world);
      const week = networkGraph(run.world);
      snapshots.push({ order: week.order, size: week.size });
      week.forEachNode((key, person) => (departmentAt.get(key) ?? departmentAt.set(key, []).get(key)!)[run.world.week] = person.department);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'leadsim-dynamic-')), 'run.gexf');
    writeFileSync(file, timeline.toGexf());
    const read = JSON.parse(execFileSync(pythonWithNetworkx(), [new URL('./networkx-read.py', import.meta.url).pathname, 'gexf', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));

    const present = (item: { start?: number; end?: number; spells?: [number, number][] }, week: number) =>
      (item.spells ?? [[item.start!, item.end!]]).some(([start, end]) => start <= week && week <= end);
    const nodes = Object.values(read.nodes) as Record<string, unknown>[];
    const edges = read.edges.map((edge: unknown[]) => edge[3] as Record<string, unknown>);
    // Every week's snapshot is the timeline at that week.
    snapshots.forEach(({ order, size }, week) => {
      expect(nodes.filter((node) => present(node, week)).length, `people at week ${week}`).toBe(order);
      expect(edges.filter((edge: Record<string, unknown>) => present(edge, week)).length, `ties at week ${week}`).toBe(size);
    });
    // Leavers and new starters: more people over the run than at any week.
    expect(nodes.length).toBeGreaterThan(snapshots[19].order);
    expect(timeline.counts()).toEqual({ people: nodes.length, ties: edges.length });
    // A rotated trainee's department is dynamic and follows them week by week.
    const [key, departments] = [...departmentAt].find(([, d]) => d[0] !== d[19] && d[0] !== undefined)!;
    const spans = read.nodes[key].department as [string, number, number][];
    for (const [value, start, end] of spans) for (let week = start; week <= end; week++) expect(departments[week]).toBe(value);
  });
});

describe('leadsim export-network', () => {
  const leadsim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export-network', ...args], { encoding: 'utf8' });

  it('writes the network of one arm at a week, the format taken from the file name', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'leadsim-cli-')), 'collective-week-5.graphml');
    const { status, stdout } = leadsim('flagship', '--arm', 'collective', '--week', '5', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toMatch(/collective-week-5\.graphml: graphml, 627 people, \d+ ties \(week 5\)/);
    const read = parseGraphml(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(read.order).toBe(627);
  });

  it('names the problem, and writes nothing, for an unknown arm, a week past the end, an unknown extension or a timeline in GraphML', () => {
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-cli-'));
    const cases: [string[], RegExp][] = [
      [['--arm', 'colective', '--out', join(folder, 'a.gexf')], /has no arm "colective" \(did you mean "collective"\?\); its arms are heroic, collective, hybrid/],
      [['--week', '104', '--out', join(folder, 'b.gexf')], /--week: expected a week from 0 to 103 \(the scenario runs 104 weeks\), found 104/],
      [['--out', join(folder, 'c.txt')], /--format: ".*c\.txt" does not end in \.gexf, \.graphml or \.json/],
      [['--dynamic', '--out', join(folder, 'd.graphml')], /--dynamic: only GEXF has a timeline; found --format graphml/],
      [['--out', folder, '--format', 'gexf'], /--out: .* is a folder; give the file to write/],
      [['--format', 'json', '--out', join(folder, 'e.gexf')], /--format json: --out ".*e\.gexf" ends in \.gexf, a gexf file; give --format gexf, or an --out ending in \.json\./],
      [['--format', 'gexf', '--out', join(folder, 'f.GraphML')], /--format gexf: --out ".*f\.GraphML" ends in \.GraphML, a graphml file/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = leadsim('flagship', ...args);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names the file in the way when --out is below a file, with no stack trace', () => {
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-cli-'));
    const file = join(folder, 'afile');
    writeFileSync(file, 'mine');
    for (const out of [join(file, 'x.gexf'), join(file, 'deeper', 'x.gexf')]) {
      const { status, stderr } = leadsim('flagship', '--out', out);
      expect(status).toBe(1);
      expect(stderr).toBe(`leadsim: --out: ${file} is a file, not a folder, so ${out} cannot be written in it; give a file in a folder.\n`);
    }
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('with --dynamic, counts the people and ties the file holds over the run, besides the last week\'s', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'leadsim-cli-')), 'timeline.gexf');
    const { status, stdout } = leadsim('flagship', '--arm', 'collective', '--dynamic', '--week', '20', '--out', out);
    expect(status).toBe(0);
    const file = readFileSync(out, 'utf8');
    const [people, ties] = [file.match(/<node /g)!.length, file.match(/<edge /g)!.length];
    const said = stdout.match(/^.*timeline\.gexf: dynamic gexf, (\d+) people and (\d+) ties over weeks 0–20 \(627 people, \d+ ties in week 20\)\n$/);
    expect(said, stdout).not.toBeNull();
    expect([Number(said![1]), Number(said![2])]).toEqual([people, ties]);
    expect(people).toBeGreaterThan(627);
  });

  it('refuses to replace an existing file, before running, unless --force', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadsim-cli-')), 'mine.gexf');
    writeFileSync(file, 'my own network');
    const { status, stderr } = leadsim('flagship', '--out', file);
    expect(status).toBe(1);
    expect(stderr).toBe(`leadsim: --out: ${file} already exists; give --force to replace it, or another file name.\n`);
    expect(readFileSync(file, 'utf8')).toBe('my own network');
  });
});

/**
 * Fuzzing scenario and sweep files
 * ================================
 *
 * Seeded mutations of the bundled scenarios and sweep files, read from disk
 * as they are when the test runs (so new sections are fuzzed too): keys
 * deleted, values of the wrong type, extreme numbers, YAML tricks (aliases,
 * tags, deep nesting, duplicate keys), binary, empty and huge files, JSON
 * with trailing commas. Each case goes through the functions the CLI calls
 * (loadScenario with the rule sets' ranges, loadSweep) and must end in a
 * LeadsimError naming the file, or be valid; a valid scenario must then run
 * (a sample, shortened to a few weeks) without crashing. A few cases go
 * through the CLI itself, which must print one `leadsim:` message and no
 * stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

import { LeadsimError } from '../../src/errors.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { stream } from '../../src/random/stream.ts';
import type { RandomStream } from '../../src/random/stream.ts';
import { runArms } from '../../src/run/run-scenario.ts';
import { SCENARIOS_FOLDER } from '../../src/scenario/bundled.ts';
import { loadScenario, parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { scenarioSize } from '../../src/scenario/trust-size.ts';
import { loadSweep } from '../../src/sweep/load.ts';

const MUTATIONS = 240;
/** Valid mutants that are also run (a few weeks, one replicate). */
const RUNS = 10;
// Mutants sit as the originals do (sweeps in sweeps/), beside copies of the scenarios a sweep names.
const folder = mkdtempSync(join(tmpdir(), 'leadsim-fuzz-'));
mkdirSync(join(folder, 'sweeps'));
const random = stream(20251202, 'fuzz');

interface Seed {
  kind: 'scenario' | 'sweep';
  name: string;
  text: string;
}

const seeds: Seed[] = [
  ...readdirSync(SCENARIOS_FOLDER).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ kind: 'scenario' as const, name: f, text: readFileSync(join(SCENARIOS_FOLDER, f), 'utf8') })),
  ...readdirSync(join(SCENARIOS_FOLDER, 'sweeps')).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ kind: 'sweep' as const, name: f, text: readFileSync(join(SCENARIOS_FOLDER, 'sweeps', f), 'utf8') })),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pick = <T>(r: RandomStream, items: readonly T[]): T => items[r.int(items.length)];

/** Every path into the data: [] for the root, then keys and indices. */
function paths(data: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(data)) data.forEach((v, i) => found.push(...paths(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) found.push(...paths(v, [...prefix, k]));
  return found;
}

function setAt(data: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(data) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy as Json;
}

const EXTREMES: Json[] = [0, -1, -0.5, 1, 2, 1e12, -1e12, 1e308, -1e308, 1e-300, 0.5, 7.5, 1e7, 1e9, 2 ** 53 + 1, 1040, 1041];
const WRONG: Json[] = ['text', '', '1', 'medicine-99', true, false, null, [], [1, 2], {}, { a: 1 }, '\u001b[2Jowned'];

/** One mutant: a description and the file's text (or bytes) and extension. */
function mutate(seed: Seed, r: RandomStream): { what: string; content: string | Buffer; extension: string } {
  const data = parse(seed.text) as Json;
  const targets = paths(data).filter((p) => p.length > 0);
  const at = pick(r, targets);
  const where = at.join('.');
  switch (r.int(12)) {
    case 0:
      return { what: `delete ${where}`, content: stringify(setAt(data, at, undefined)), extension: '.yaml' };
    case 1:
    case 2: {
      const value = pick(r, WRONG);
      return { what: `${where} = ${JSON.stringify(value)}`, content: stringify(setAt(data, at, value)), extension: '.yaml' };
    }
    case 3:
    case 4:
    case 5: {
      // Numbers are where the limits are: aim at numbers most of the time.
      const numeric = targets.filter((p) => typeof p.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], data) === 'number');
      const path = numeric.length > 0 ? pick(r, numeric) : at;
      const value = pick(r, EXTREMES);
      return { what: `${path.join('.')} = ${value}`, content: stringify(setAt(data, path, value)), extension: '.yaml' };
    }
    case 6: {
      const trick = pick(r, [
        ['.nan', '.inf', '-.inf', '0x7fffffff', '0o17', '1_000', '~'],
        ['!!binary aGVsbG8=', '!!str 5', '!!float 1', '!!set { a }', '!!omap [ a: 1 ]', '!!js/function "f(){}"', '!unknown x'],
      ]);
      const value = pick(r, trick);
      const text = stringify(setAt(data, at, '__FUZZ__')).replace(/'?__FUZZ__'?/, value);
      return { what: `${where}: ${value}`, content: text, extension: '.yaml' };
    }
    case 7: {
      const depth = pick(r, [70, 5_000, 100_000]);
      const text = stringify(setAt(data, at, '__FUZZ__')).replace(/'?__FUZZ__'?/, `${'['.repeat(depth)}${']'.repeat(depth)}`);
      return { what: `${where}: nested ${depth} deep`, content: text, extension: '.yaml' };
    }
    case 8: {
      const bomb = ['x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]', ...'bcdefgh'.split('').map((k, i) => `${k}${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)];
      return { what: 'alias bomb', content: `${seed.text}\n${bomb.join('\n')}\n`, extension: '.yaml' };
    }
    case 9: {
      const text = pick(r, [`${seed.text}\n${seed.text}`, `${seed.text}\nname: again\n`, `<<: { name: merged }\n${seed.text}`, '---\na: 1\n---\nb: 2\n', '"unterminated', 'key: [1, 2', '\t- tab']);
      return { what: 'YAML trick', content: text, extension: '.yaml' };
    }
    case 10: {
      const json = JSON.stringify(data, null, 2);
      const text = pick(r, [json.replace(/(\n\s*)([}\]])/, ',$1$2'), json.replace(/"(\w+)":/, "'$1':"), `// comment\n${json}`, json, json.slice(0, json.length / 2)]);
      return { what: 'JSON', content: text, extension: '.json' };
    }
    default: {
      const size = pick(r, ['binary', 'empty', 'blank', 'huge', 'latin1', 'bom']);
      const bytes =
        size === 'binary' ? Buffer.from(Array.from({ length: 4096 }, () => r.int(256)))
        : size === 'empty' ? Buffer.alloc(0)
        : size === 'blank' ? Buffer.from('\n\n   \n')
        : size === 'huge' ? Buffer.from(`${seed.text}# ${'x'.repeat(2 * 1024 * 1024)}\n`)
        : size === 'latin1' ? Buffer.from(`${seed.text}# caf\u00e9\n`, 'latin1')
        : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.text)]);
      return { what: `${size} file`, content: bytes, extension: '.yaml' };
    }
  }
}

interface Case {
  id: number;
  seed: Seed;
  what: string;
  file: string;
}

for (const seed of seeds) if (seed.kind === 'scenario') writeFileSync(join(folder, seed.name), seed.text);

const cases: Case[] = Array.from({ length: MUTATIONS }, (_, id) => {
  const seed = seeds[id % seeds.length];
  const { what, content, extension } = mutate(seed, random.fork('case', id));
  const file = join(folder, seed.kind === 'sweep' ? 'sweeps' : '', `${id}-${seed.name.replace(/\.yaml$/, '')}${extension}`);
  writeFileSync(file, content);
  return { id, seed, what, file };
});

const ruleSets = RULE_SETS;
const accepted: { label: string; scenario: Scenario }[] = [];

/** The functions the CLI calls: a scenario or sweep, or a LeadsimError naming the file. */
function load({ seed, file }: Case): Scenario | null {
  if (seed.kind === 'scenario') return loadScenario(file, { ruleSets });
  const plan = loadSweep(file);
  return plan.points[0]?.scenario ?? null;
}

/** The scenario cut to a few weeks and one replicate, keeping everything that happens in them. */
function shortened(scenario: Scenario): Scenario {
  const weeks = Math.min(scenario.weeks, 4);
  return parseScenario(
    {
      ...scenario,
      weeks,
      replicates: 1,
      initiatives: scenario.initiatives.filter((i) => i.week < weeks),
      events: scenario.events.filter((e) => e.week < weeks),
    },
    '<shortened>',
    { ruleSets },
  );
}

describe(`fuzzing ${seeds.length} bundled files with ${MUTATIONS} seeded mutations`, () => {
  it.each(cases)('case $id ($seed.name: $what) ends in a clear error naming the file, or is valid', (fuzz) => {
    let scenario: Scenario | null;
    try {
      scenario = load(fuzz);
    } catch (error) {
      if (!(error instanceof LeadsimError)) throw new Error(`case ${fuzz.id} (${fuzz.what}): ${String(error)}`, { cause: error });
      expect(error.message).toContain(fuzz.file);
      expect(error.message.length).toBeLessThan(5000);
      return;
    }
    if (scenario !== null) accepted.push({ label: `case ${fuzz.id} (${fuzz.seed.name}: ${fuzz.what})`, scenario });
  }, 10_000);

  it('has both refused and accepted mutants, and every seed file was used', () => {
    expect(accepted.length).toBeGreaterThan(RUNS);
    expect(accepted.length).toBeLessThan(MUTATIONS);
    expect(new Set(cases.map((c) => c.seed.name)).size).toBe(seeds.length);
  });

  it(`runs a sample of ${RUNS} accepted mutants without a crash`, () => {
    const sample = random.fork('sample');
    // Trusts the size of the flagship's, so the sample runs in seconds; the size limits cover the rest.
    const small = accepted.filter(({ scenario }) => scenarioSize(scenario).maxStaff <= 1000);
    const chosen = small.filter((_, i) => i % Math.max(1, Math.floor(small.length / RUNS)) === 0).slice(0, RUNS);
    for (const { label, scenario } of chosen) {
      try {
        const short = shortened(scenario);
        const replicate = runArms(short, 1 + sample.int(3));
        expect(replicate.length, label).toBe(short.arms.length);
      } catch (error) {
        throw new Error(`${label} was valid but failed to run: ${String(error)}`, { cause: error });
      }
    }
  }, 120_000);

  it('through the CLI, prints one leadsim: line per problem and no stack trace', () => {
    const refused = cases.filter((c) => !accepted.some((a) => a.label.startsWith(`case ${c.id} `)));
    for (const fuzz of [refused[0], refused[Math.floor(refused.length / 2)], refused.at(-1)!]) {
      const command = fuzz.seed.kind === 'scenario' ? 'validate' : 'sweep';
      const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command, fuzz.file, '--out', join(folder, `out-${fuzz.id}`)].slice(0, command === 'validate' ? 5 : 7), { encoding: 'utf8' });
      expect(status, fuzz.what).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.startsWith('leadsim: '), stderr.slice(0, 300)).toBe(true);
      expect(stderr, stderr.slice(0, 300)).toContain(fuzz.file);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  }, 120_000);
});

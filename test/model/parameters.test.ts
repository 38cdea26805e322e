/**
 * Every constant the model reads is a scenario parameter, and every parameter is read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runScenario } from '../../src/run/run-scenario.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { ScenarioInput } from '../../src/scenario/index.ts';
import { modelParameters } from '../../src/scenario/model-table.ts';

/** A small run with every process at work: rotations, turnover, a departure, ideas, a scheduled change, both regimes. */
const busy: ScenarioInput = {
  name: 'busy',
  description: 'every process at work',
  seed: 3,
  weeks: 60,
  replicates: 1,
  trust: { departments: [{ specialty: 'medicine', count: 2 }, { specialty: 'surgery' }] },
  arms: [
    { name: 'heroic', rules: 'heroic' },
    { name: 'collective', rules: 'collective' },
  ],
  initiatives: [
    { name: 'trust-wide', week: 1, scope: 'trust' },
    { name: 'local', week: 20, scope: 'medicine-1', complexity: 0.9 },
  ],
  ideas: { rate: 0.01 },
  events: [{ type: 'departure', week: 30, role: 'chief-executive' }],
};

/** A deep proxy recording the path of every number read through it. */
function recording(value: unknown, path: string, read: Set<string>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return child;
      const at = `${path}.${key}`;
      if (typeof child === 'number') read.add(at);
      return recording(child, at, read);
    },
  });
}

describe('model constants', () => {
  it('are each read by a run: none is listed but ignored', () => {
    const scenario = parseScenario(busy);
    const read = new Set<string>();
    runScenario({ ...scenario, model: recording(scenario.model, 'model', read) as typeof scenario.model });
    const unread = modelParameters()
      .map((p) => p.path)
      .filter((path) => !read.has(path));
    expect(unread).toEqual([]);
  });

  it('change the result when set from a scenario: compliant adopters weighing 0', () => {
    const base = { ...busy, arms: [{ name: 'heroic', rules: 'heroic' }] };
    const uptake = (input: ScenarioInput) => runScenario(parseScenario(input)).results.runs[0].summary.final_uptake;
    const asDefault = uptake(base);
    expect(uptake({ ...base, model: { spread: { compliantInfluence: 0.5 } } })).toBe(asDefault);
    expect(uptake({ ...base, model: { spread: { compliantInfluence: 0 } } })).not.toBe(asDefault);
  });

  it('are out of range or misspelt: errors with the path', () => {
    expect(() => parseScenario({ ...busy, model: { spread: { compliantInfluence: 2 } } })).toThrow(/model\.spread\.compliantInfluence: expected .*≤ ?1|model\.spread\.compliantInfluence/);
    expect(() => parseScenario({ ...busy, model: { grant: { askd: 3 } } as never })).toThrow(/Did you mean "asked"/);
    expect(() => parseScenario({ ...busy, model: { thresholds: { min: 0.5, max: 0.4 } } })).toThrow(/model\.thresholds/);
  });

  it('are not written as numbers in the model code, apart from the structural ones listed here', () => {
    // Numbers in the model's code that are not model constants: units, scales, array layout, algorithms.
    const allowed: Record<string, string> = {
      '0': 'zero', '1': 'one', '2': 'two ends of a tie, a majority (more than half), a pair of draws',
      '-1': 'no slot', '-2': 'the first trust\'s scope (vocabulary.ts)', '3': 'adoption state index (resisting); a bit index over 8 (>> 3, initiative.ts)', '5': 'digits in a person\'s key', '22': 'bits of a 4 MiB slab of initiatives\' arrays (launch.ts)',
      '10': 'top of the 0–10 engagement scale', '52': 'weeks a year (annual rates to weekly hazards)',
      '0.5': 'a half-life halves; hybrid voice: a follower\'s own voice (0–1) scales the chance from a third of `voice` to all of it',
      '1.5': 'hybrid voice, as above', '1.75': 'memory room for growing tie arrays', '4': 'bytes in a 32-bit array element',
      '8': 'bytes in a 64-bit array element; bits in a byte (the stale marks of initiative.ts)', '7': 'the low three bits of a bit index (initiative.ts)', '16': 'smallest tie array', '20': 'attempts per informal tie wanted before giving up',
      '100': 'attempts beyond those, for tiny trusts',
    };
    const folders = ['src/model', 'src/trust', 'src/leadership', 'src/metrics', 'src/run'];
    const found: string[] = [];
    for (const folder of folders)
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const file = join(folder, name);
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '')
          .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g, "''")
          // Rule-set parameters (arms[].parameters): their documented defaults and ranges, and presets' values.
          .replace(/\b(default|min|max): -?[\d.]+/g, '')
          .replace(/preset\([\s\S]*?\}\)/g, '')
          // Practical scales the report sets differences against (docs/statistics.md): reporting, not the model.
          .replace(/\{ value: -?[\d.]+, description:/g, '{ description:');
        for (const match of code.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?:e-?\d+)?(?![\w.])/g)) if (!Object.hasOwn(allowed, match[0])) found.push(`${file}: ${match[0]}`);
      }
    expect(found).toEqual([]);
  });
});

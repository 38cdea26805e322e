import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
import { SCENARIOS_FOLDER, resolveScenarioFile } from '../../src/scenario/bundled.ts';
import { bundledScenario, bundledScenarioNames, listBundledScenarios, loadScenario } from '../../src/scenario/index.ts';

describe('listBundledScenarios', () => {
  it('lists every bundled scenario, each valid, named like its file', () => {
    const scenarios = listBundledScenarios();
    expect(scenarios.map(({ name }) => name)).toContain('flagship');
    for (const { name, description, file } of scenarios) {
      expect(file.endsWith(`/${name}.yaml`), `${file} should be named ${name}.yaml`).toBe(true);
      expect(loadScenario(file).description).toBe(description);
    }
  });
});

describe('bundledScenario', () => {
  it('loads a bundled scenario by name, as loadScenario loads its file', () => {
    expect(bundledScenarioNames()).toEqual(listBundledScenarios().map(({ file }) => basename(file, '.yaml')));
    const flagship = listBundledScenarios().find(({ name }) => name === 'flagship')!;
    expect(bundledScenario('flagship')).toEqual(loadScenario(flagship.file));
  });

  it('names the bundled scenarios, and the closest, for an unknown name', () => {
    expect(() => bundledScenario('flagshp')).toThrow(InvalidOptionError);
    expect(() => bundledScenario('flagshp')).toThrow(
      /^bundledScenario: invalid `name`: expected a bundled scenario \(flagship, large-trust, .*\), found "flagshp"\. Did you mean "flagship"\?$/,
    );
  });

  it('takes names only, not paths', () => {
    expect(() => bundledScenario('../scenarios/flagship')).toThrow(/found "\.\.\/scenarios\/flagship"\.$/);
  });
});

describe('resolveScenarioFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'leadsim-resolve-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const flagshipFile = join(SCENARIOS_FOLDER, 'flagship.yaml');

  it('takes a file that exists, even one named like a bundled scenario', () => {
    const file = join(root, 'flagship');
    writeFileSync(file, 'name: mine\n');
    const relative = join(root, 'sweep.yaml');
    expect(resolveScenarioFile('flagship', relative)).toBe(file);
    rmSync(file);
  });

  it('never takes a folder: one named like a bundled scenario (an output folder) means the bundled scenario', () => {
    mkdirSync(join(root, 'flagship'));
    expect(resolveScenarioFile('flagship', join(root, 'sweep.yaml'))).toBe(flagshipFile);
  });

  it('any other folder is an error naming it and what was expected', () => {
    mkdirSync(join(root, 'results'));
    expect(() => resolveScenarioFile('results', join(root, 'sweep.yaml'))).toThrow(
      `${JSON.stringify(join(root, 'results'))} is a folder: expected a scenario file (.yaml, .yml or .json) or the name of a bundled scenario`,
    );
  });
});

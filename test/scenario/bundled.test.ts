import { basename } from 'node:path';

import { describe, expect, it } from 'vitest';

import { InvalidOptionError } from '../../src/errors.ts';
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

import { describe, expect, it } from 'vitest';

import { listBundledScenarios, loadScenario } from '../../src/scenario/index.ts';

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

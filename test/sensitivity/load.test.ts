import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ScenarioError } from '../../src/scenario/index.ts';
import { bundledScenario } from '../../src/scenario/bundled.ts';
import { loadSensitivity } from '../../src/sensitivity/load.ts';
import runTask from '../../src/sweep/worker.ts';
import { runsCsvMetrics } from '../../src/sweep/metric-columns.ts';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'leadsim-sensitivity-load-')), 'analysis.yaml');
  writeFileSync(path, text);
  return path;
}

const ISHIGAMI = `name: ishigami
description: test
model: ishigami
method:
  morris: { trajectories: 4 }
factors:
  - { name: x1, path: inputs.x1, range: [-3, 3] }
  - { name: x2, path: inputs.x2, range: [-3, 3] }
outputs:
  - { name: y, of: y }
`;

describe('loadSensitivity', () => {
  it('plans the bundled flagship screening: every point a validated scenario, trajectories then the robustness grid', () => {
    const plan = loadSensitivity('scenarios/sensitivity/flagship-screening.yaml');
    const k = plan.spec.factors.length;
    expect(plan.method.kind).toBe('morris');
    expect(plan.designSize).toBe(8 * (k + 1));
    expect(plan.points).toHaveLength(8 * (k + 1) + 9);
    expect(plan.points.at(-1)!.scenario.replicates).toBe(6);
    expect(plan.arms).toEqual(['heroic', 'collective']);
    const last = plan.points.at(-1)!;
    expect(last.role.block).toBe('robustness');
    // The factors reach the scenario: a path with * sets every initiative, an arm's rule parameter its arm only.
    const scenario = plan.points[0].scenario as { initiatives: { complexity: number }[]; arms: { parameters: Record<string, number> }[] };
    expect(new Set(scenario.initiatives.map((i) => i.complexity))).toEqual(new Set([plan.points[0].factors.complexity]));
    expect(scenario.arms[1].parameters.voice).toBe(plan.points[0].factors.collectiveVoice);
    expect(scenario.arms[0].parameters.voice).toBeUndefined();
  });

  it('names the file, line and path of a bad field', () => {
    const path = file(ISHIGAMI.replace('range: [-3, 3] }\n  - { name: x2', 'range: [3, -3] }\n  - { name: x2'));
    expect(() => loadSensitivity(path)).toThrow(ScenarioError);
    expect(() => loadSensitivity(path)).toThrow(new RegExp(`${path}:7:\\d+: factors\\[0\\]\\.range: expected range must be \\[min, max\\] with min < max`));
    expect(() => loadSensitivity(file(ISHIGAMI.replace('of: y', 'of: "a[b] - c[d] - e[f]"')))).toThrow(/outputs\[0\]\.of: expected metric\[arm\], or metric\[arm\] - metric\[arm\]/);
    expect(() => loadSensitivity(file(ISHIGAMI.replace('trajectories: 4', 'trajectories: 4, levels: 5')))).toThrow(/method\.morris\.levels: expected an even number of levels/);
    expect(() => loadSensitivity(file(ISHIGAMI.replace('model: ishigami', 'model: ishigami\nscenario: flagship')))).toThrow(/either a scenario or an analytic model/);
  });

  it('refuses an analytic factor that sets no input, and a robustness map over an output that is not an arm difference', () => {
    expect(() => loadSensitivity(file(ISHIGAMI.replace('path: inputs.x2', 'path: inputs.x9')))).toThrow(/:8:\d+: factors\[1\]\.path: expected one of inputs\.x1, inputs\.x2, inputs\.x3/);
    expect(() => loadSensitivity(file(`${ISHIGAMI}robustness: { factors: [x1, x2], output: y }\n`))).toThrow(/robustness\.output: expected an output that is a difference of two arms/);
  });

  it('names the factor whose path leads to no number in the scenario, or the misspelt key it creates', () => {
    const path = file(`name: bad
description: test
scenario: flagship
method:
  morris: { trajectories: 2 }
factors:
  - { name: nothing, path: arms.7.parameters.voice, range: [0, 1] }
outputs:
  - { name: d, of: 'final_uptake[collective] - final_uptake[heroic]' }
`);
    expect(() => loadSensitivity(path)).toThrow(/factors\.nothing: expected a path to numbers in the scenario \(arms\.7\.parameters\.voice\)/);
    // Keys missing inside mappings are created (a model constant left at its default), so a misspelt one is the scenario's error.
    const misspelt = file(`name: bad
description: test
scenario: flagship
method:
  morris: { trajectories: 2 }
factors:
  - { name: nothing, path: trust.ties.nowhere.deep, range: [0, 1] }
outputs:
  - { name: d, of: 'final_uptake[collective] - final_uptake[heroic]' }
`);
    expect(() => loadSensitivity(misspelt)).toThrow(/trust\.ties\.nowhere: expected one of the keys/);
  });

  it('names every output whose arm or metric the runs will not have, with its line and a likely name, before any run', () => {
    const path = file(`name: misnamed
description: test
scenario: flagship
arms: [{ name: heroic, rules: heroic }, { name: collective, rules: collective }]
method:
  morris: { trajectories: 2 }
factors:
  - { name: complexity, path: initiatives.*.complexity, range: [0.2, 0.9] }
outputs:
  - { name: uptake_difference, of: 'final_uptak[collectiv] - final_uptake[heroic]' }
  - { name: engagement, of: 'final:engagement_traines[heroic]' }
  - { name: bare, of: final_uptake }
  - { name: fine, of: 'final:engagement_trainees[collective]' }
`);
    let error: unknown;
    try {
      loadSensitivity(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const issues = (error as ScenarioError).issues.map(({ path: at, line, expected, found, suggestion }) => ({ at, line, expected: expected.slice(0, 40), found, suggestion }));
    expect(issues).toEqual([
      { at: 'outputs[0].of', line: 10, expected: 'an arm of the runs (heroic, collective)', found: 'the arm "collectiv"', suggestion: 'collective' },
      { at: 'outputs[0].of', line: 10, expected: 'a metric the runs report (claims_granted', found: 'the metric "final_uptak"', suggestion: 'final_uptake' },
      { at: 'outputs[1].of', line: 11, expected: 'a metric the runs report (claims_granted', found: 'the metric "final:engagement_traines"', suggestion: 'final:engagement_trainees' },
      { at: 'outputs[2].of', line: 12, expected: 'final_uptake[arm] with one of the 2 arms', found: 'final_uptake without an arm', suggestion: undefined },
    ]);
    expect((error as Error).message).toContain(`${path}:10:`);
    expect((error as Error).message).toContain('Did you mean "collective"?');
    // An analytic model's runs have one arm, "model", and one metric, "y".
    expect(() => loadSensitivity(file(ISHIGAMI.replace('of: y', 'of: "y[modl]"')))).toThrow(/:10:\d+: outputs\[0\]\.of: expected an arm of the runs \(model\), found the arm "modl"\. Did you mean "model"\?/);
  });

  it('knows the metric columns a run of the scenario writes to runs.csv, before any run', () => {
    const scenario = { ...bundledScenario('flagship'), weeks: 2, events: [{ type: 'departure' as const, week: 1, role: 'chief-executive' as const }] };
    const [run] = runTask({ point: 'p1', replicate: 1, scenario }).runs;
    expect(runsCsvMetrics(scenario).map((m) => m.name).sort()).toEqual(run.values.map(([name]) => name).sort());
    expect(runsCsvMetrics(scenario).find((m) => m.name === 'final:engagement_trainees')?.bounds).toEqual({ lower: 0, upper: 10 });
  });
});

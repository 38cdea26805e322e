import { describe, expect, it } from 'vitest';

import { RULE_SETS as BUNDLED } from '../../src/leadership/index.ts';
import { checkParameters, loadScenario, parseScenario } from '../../src/scenario/index.ts';
import { MINIMAL, issuesOf, scenarioFile } from './helpers.ts';

const unit = { min: 0, max: 1 };
const RULE_SETS = {
  heroic: { parameters: {} },
  collective: { parameters: { grantThreshold: unit } },
  hybrid: { parameters: { hierarchySteepness: unit, grantThreshold: unit } },
};

describe('checkParameters', () => {
  it('accepts known parameters with numeric values', () => {
    expect(() => checkParameters('arm hybrid', { hierarchySteepness: 0.2 }, RULE_SETS.hybrid)).not.toThrow();
  });

  it('lists every unknown name, with a suggestion, and every value of the wrong kind', () => {
    const issues = issuesOf(() =>
      checkParameters('arm hybrid', { hierarchySteepnes: 0.2, grantThreshold: '0.5', zzz: 1 }, RULE_SETS.hybrid),
    );
    expect(issues).toEqual([
      expect.objectContaining({ file: 'arm hybrid', path: 'hierarchySteepnes', found: 'unknown parameter "hierarchySteepnes"', suggestion: 'hierarchySteepness' }),
      expect.objectContaining({ path: 'grantThreshold', expected: 'a finite number', found: '"0.5"' }),
      expect.objectContaining({ path: 'zzz', suggestion: undefined }),
    ]);
  });
});

describe('rule sets given to the loader', () => {
  it('check each arm\'s rule set and parameters, with positions', () => {
    const file = scenarioFile(
      `${MINIMAL}arms:\n  - { name: a, rules: heroik }\n  - name: b\n    parameters:\n      hierarchySteepnes: 1\n`,
    );
    expect(issuesOf(() => loadScenario(file, { ruleSets: RULE_SETS }))).toEqual([
      expect.objectContaining({ path: 'arms[0].rules', line: 4, column: 23, found: '"heroik"', suggestion: 'heroic' }),
      expect.objectContaining({ path: 'arms[1].parameters.hierarchySteepnes', line: 7, suggestion: 'hierarchySteepness' }),
    ]);
    expect(() => loadScenario(file)).not.toThrow();
  });

  it('accept the default arms when their rule sets exist', () => {
    expect(parseScenario({ name: 'x', description: 'y' }, '<object>', { ruleSets: RULE_SETS }).arms).toHaveLength(2);
  });
});

describe('rule-set parameter ranges', () => {
  it('are checked by the loader with the bundled rule sets\' ranges, as the runner checks them', () => {
    const file = scenarioFile(
      `${MINIMAL}arms:\n  - name: a\n    rules: hybrid\n    parameters: { hierarchySteepness: -1 }\n  - name: b\n    rules: hybrid\n    parameters: { hierarchySteepness: 1e12, voice: 1 }\n`,
    );
    expect(issuesOf(() => loadScenario(file, { ruleSets: BUNDLED }))).toEqual([
      expect.objectContaining({ line: 6, path: 'arms[0].parameters.hierarchySteepness', expected: 'a number in [0, 1]', found: '-1' }),
      expect.objectContaining({ line: 9, path: 'arms[1].parameters.hierarchySteepness', expected: 'a number in [0, 1]', found: '1000000000000' }),
    ]);
  });

  it('gives every bundled parameter a range that holds its default', () => {
    for (const [name, ruleSet] of Object.entries(BUNDLED))
      for (const [parameter, { default: value }] of Object.entries(ruleSet.parameters))
        expect(() => checkParameters(`${name}.${parameter}`, { [parameter]: value }, BUNDLED[name])).not.toThrow();
  });
});

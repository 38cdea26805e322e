import { describe, expect, it } from 'vitest';

import { loadScenario } from '../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../src/scenario/index.ts';
import { MINIMAL, issuesOf, scenarioFile } from './helpers.ts';

/** The issues of a scenario made of the minimal one plus `yaml`; lines count from 3. */
function issues(yaml: string): readonly ScenarioIssue[] {
  return issuesOf(() => loadScenario(scenarioFile(MINIMAL + yaml)));
}

describe('scenario issues name the field, what was expected and what was found', () => {
  it.each<[string, string, Partial<ScenarioIssue>]>([
    [
      'an unknown key, with a suggestion, at the key\'s own path and line',
      'trust:\n  name: T\n  staffng:\n    fy1: [3, 4]\n',
      { path: 'trust.staffng', line: 5, column: 3, found: 'unknown key "staffng"', suggestion: 'staffing' },
    ],
    [
      'an unknown key inside a list item',
      'arms:\n  - name: a\n    rulez: heroic\n',
      { path: 'arms[0].rulez', line: 5, column: 12, expected: 'one of the keys name, rules, parameters, description', suggestion: 'rules' },
    ],
    ['a wrong type', 'weeks: many\n', { path: 'weeks', line: 3, column: 8, expected: 'a number', found: '"many"' }],
    ['a fraction where an integer belongs', 'replicates: 2.5\n', { path: 'replicates', expected: 'an integer', found: '2.5' }],
    ['a value out of range', 'trust:\n  turnover:\n    nurses: 1.2\n', { path: 'trust.turnover.nurses', line: 5, expected: 'a number < 1', found: '1.2' }],
    ['a range upside down', 'trust:\n  staffing:\n    fy1: [5, 3]\n', { path: 'trust.staffing.fy1', expected: 'a range [min, max] with min ≤ max', found: '[5, 3]' }],
    ['an odd team degree', 'trust:\n  ties: { teamDegree: 7 }\n', { path: 'trust.ties.teamDegree', expected: 'a multiple of 2', found: '7' }],
    ['an empty list that needs an item', 'arms: []\n', { path: 'arms', expected: 'at least 1 item', found: '[]' }],
    ['a name that is not a slug', 'arms:\n  - name: Heroic Arm\n', { path: 'arms[0].name', expected: expect.stringMatching(/^a slug/), found: '"Heroic Arm"' }],
    [
      'duplicate arm names',
      'arms:\n  - name: heroic\n  - name: heroic\n',
      { path: 'arms[1].name', line: 5, expected: 'a name not already used', found: '"heroic"' },
    ],
    [
      'a specialty listed twice',
      'trust:\n  departments: [{ specialty: surgery }, { specialty: surgery, count: 2 }]\n',
      { path: 'trust.departments[1].specialty', expected: 'a specialty not already used, nor its department names, nor "trust", "region" or "executive" ("surgery" is)', found: '"surgery"' },
    ],
    [
      'a specialty named like the executive team',
      'trust:\n  departments: [{ specialty: executive }]\n',
      { path: 'trust.departments[0].specialty', expected: expect.stringContaining('("executive" is)') },
    ],
    [
      'a specialty named like another\'s department',
      'trust:\n  departments: [{ specialty: medicine, count: 2 }, { specialty: medicine-2 }]\n',
      { path: 'trust.departments[1].specialty', expected: expect.stringContaining('("medicine-2" is)') },
    ],
    [
      'an initiative at or after the last week',
      'weeks: 52\ninitiatives:\n  - { name: late, week: 52, scope: trust }\n',
      { path: 'initiatives[0].week', line: 5, expected: 'a week before the end of the run (0 to 51)', found: '52' },
    ],
    [
      'an initiative scoped to a department that does not exist',
      'initiatives:\n  - { name: x, week: 1, scope: medicine-5 }\n',
      { path: 'initiatives[0].scope', expected: expect.stringContaining('"trust", "region" or a department (medicine-1,'), found: '"medicine-5"', suggestion: 'medicine-1' },
    ],
    ['a scope in the wrong case', 'initiatives:\n  - { name: x, week: 1, scope: Emergency }\n', { path: 'initiatives[0].scope', suggestion: 'emergency' }],
    [
      'a clinical-director departure without a department',
      'events:\n  - type: departure\n    week: 3\n    role: clinical-director\n',
      { path: 'events[0].department', line: 4, found: 'nothing', expected: expect.stringContaining('the department whose clinical director leaves') },
    ],
    [
      'another departure naming a department',
      'events:\n  - { type: departure, week: 3, role: chief-nurse, department: emergency }\n',
      { path: 'events[0].department', expected: 'no department: only a clinical-director departure names one' },
    ],
    [
      'an unknown event type',
      'events:\n  - { type: departre, week: 3 }\n',
      { path: 'events[0].type', expected: 'one of "departure", "leadership-programme"', found: '"departre"', suggestion: 'departure' },
    ],
    [
      'an unknown enum value',
      'events:\n  - { type: departure, week: 3, role: chief-nurses }\n',
      { path: 'events[0].role', found: '"chief-nurses"', suggestion: 'chief-nurse' },
    ],
    ['an unknown grade', 'events:\n  - { type: leadership-programme, week: 3, grades: [fy1, regstrar] }\n', { path: 'events[0].grades[1]', suggestion: 'registrar' }],
    ['a missing required field', 'initiatives:\n  - { name: x, scope: trust }\n', { path: 'initiatives[0].week', line: 4, found: 'nothing' }],
  ])('%s', (_, yaml, expected) => {
    expect(issues(yaml)).toContainEqual(expect.objectContaining(expected));
  });

  it('a description over two lines', () => {
    const file = scenarioFile('name: x\ndescription: |\n  one\n  two\n');
    expect(issuesOf(() => loadScenario(file))).toEqual([
      { file, path: 'description', line: 2, column: 14, expected: 'one non-empty line of text', found: '"one\\ntwo\\n"', suggestion: undefined },
    ]);
  });

  it('offers no suggestion for a name far from every valid one', () => {
    const [issue] = issues('trust:\n  wibble: 1\n');
    expect(issue.path).toBe('trust.wibble');
    expect(issue.suggestion).toBeUndefined();
  });

  it('reports every issue at once, in file order, one per line of the message', () => {
    const file = scenarioFile(`${MINIMAL}weeks: 0\nseeds: 3\narms:\n  - { name: a, rules: 7 }\n`);
    let message = '';
    const found = issuesOf(() => {
      try {
        loadScenario(file);
      } catch (error) {
        message = (error as Error).message;
        throw error;
      }
    });
    expect(found.map((issue) => [issue.path, issue.line])).toEqual([
      ['weeks', 3],
      ['seeds', 4],
      ['arms[0].rules', 6],
    ]);
    expect(message.split('\n')).toEqual([
      `${file}: 3 issues`,
      `  ${file}:3:8: weeks: expected a number ≥ 1, found 0.`,
      `  ${file}:4:8: seeds: expected one of the keys $schema, name, description, seed, weeks, replicates, trust, region, arms, initiatives, ideas, events, model, found unknown key "seeds". Did you mean "seed"?`,
      `  ${file}:6:23: arms[0].rules: expected a string, found 7.`,
    ]);
  });
});

describe('file-level issues', () => {
  it('a YAML syntax error names the file and line', () => {
    const file = scenarioFile(`${MINIMAL}arms:\n  - name: a\n   rules: b\n`);
    const [issue] = issuesOf(() => loadScenario(file));
    expect(issue).toMatchObject({ file, path: '', line: 5, expected: 'valid YAML', found: expect.stringMatching(/^a syntax error/) });
  });

  it('a duplicate key is a syntax error', () => {
    expect(issuesOf(() => loadScenario(scenarioFile(`${MINIMAL}weeks: 5\nweeks: 6\n`)))[0]).toMatchObject({ line: 4, expected: 'valid YAML' });
  });

  it('an unsupported extension', () => {
    const file = scenarioFile(MINIMAL, 'scenario.txt');
    expect(issuesOf(() => loadScenario(file))).toEqual([{ file, path: '', expected: 'a .yaml, .yml or .json file', found: 'a .txt file' }]);
  });

  it('a missing file', () => {
    expect(issuesOf(() => loadScenario('no/such/scenario.yml'))).toEqual([
      { file: 'no/such/scenario.yml', path: '', expected: 'a readable scenario file', found: 'no such file' },
    ]);
  });
});

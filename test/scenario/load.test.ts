import { readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { GRADES, TRAINEE_GRADES, departmentNames, loadScenario, parseScenario } from '../../src/scenario/index.ts';
import { MAX_FILE_BYTES } from '../../src/scenario/read-text.ts';
import { EXAMPLE, MINIMAL, issuesOf, scenarioFile } from './helpers.ts';

describe('loadScenario', () => {
  it('reads a scenario file and fills in the defaults', () => {
    const scenario = loadScenario(EXAMPLE);
    expect(scenario).toMatchObject({ name: 'example', seed: 42, weeks: 104, replicates: 10 });
    expect(scenario.arms.map((arm) => [arm.name, arm.rules, arm.parameters])).toEqual([
      ['heroic', 'heroic', {}],
      ['collective', 'collective', {}],
      ['hybrid-middle', 'hybrid', { hierarchySteepness: 0.5 }],
    ]);
    expect(scenario.initiatives.map((i) => [i.week, i.scope, i.complexity, i.advantage])).toEqual([
      [4, 'trust', 0.5, 0.2],
      [12, 'emergency', 0.5, 0.2],
      [30, 'trust', 0.8, 0.2],
    ]);
    expect(scenario.ideas).toEqual({ rate: 0.001, exemplaryMultiplier: 2 });
    expect(scenario.trust.staffing.registrar).toEqual([6, 8]);
  });

  it('gives a minimal scenario the documented defaults', () => {
    const scenario = loadScenario(scenarioFile(MINIMAL));
    expect(scenario).toMatchObject({ seed: 1, weeks: 104, replicates: 10, initiatives: [], events: [] });
    expect(scenario.arms).toEqual([
      { name: 'heroic', rules: 'heroic', parameters: {} },
      { name: 'collective', rules: 'collective', parameters: {} },
    ]);
    expect(departmentNames(scenario.trust.departments)).toEqual([
      'medicine-1', 'medicine-2', 'medicine-3', 'medicine-4', 'surgery-1', 'surgery-2', 'emergency', 'paediatrics',
    ]);
    const { staffing, ties, rotations, turnover, engagement } = scenario.trust;
    // Nurses of all grades make 35–45 per department.
    expect(staffing.staffNurse[0] + staffing.seniorNurse[0] + staffing.wardManager[0]).toBe(35);
    expect(staffing.staffNurse[1] + staffing.seniorNurse[1] + staffing.wardManager[1]).toBe(45);
    expect(ties).toEqual({ teamDegree: 8, teamRewiring: 0.1, informalDegree: 2, professionHomophily: 0.8 });
    expect(rotations).toEqual({ foundationWeeks: 17, coreWeeks: 26, registrarWeeks: 52, tieHalfLifeWeeks: 13, betweenTrusts: { foundation: 0.1, core: 0.25, registrar: 0.5 } });
    expect(scenario.trust.careers.enabled).toBe(false);
    expect(turnover).toEqual({ nurses: 0.095, doctors: 0.065, ahp: 0.08, executive: 0.065 });
    expect(engagement).toEqual({ baseline: 6.9, sd: 1, reversion: 0.05 });
  });

  it('fills a partly given block and a leadership programme with defaults', () => {
    const scenario = loadScenario(
      scenarioFile(`${MINIMAL}trust:\n  ties: { teamDegree: 4 }\nevents:\n  - { type: leadership-programme, week: 10 }\n`),
    );
    expect(scenario.trust.ties).toMatchObject({ teamDegree: 4, teamRewiring: 0.1 });
    expect(scenario.events).toEqual([
      { type: 'leadership-programme', week: 10, grades: [...TRAINEE_GRADES], leaderIdentity: 0.2, voice: 0.3, engagement: 0.5 },
    ]);
    expect(TRAINEE_GRADES.every((grade) => GRADES.includes(grade))).toBe(true);
  });

  it('reads JSON as it reads YAML, with positions', () => {
    const yaml = loadScenario(EXAMPLE);
    const json = scenarioFile(JSON.stringify(parse(readFileSync(EXAMPLE, 'utf8')), null, '\t'), 'example.json');
    expect(loadScenario(json)).toEqual(yaml);
    const [issue] = issuesOf(() => loadScenario(scenarioFile('{\n  "name": "x",\n  "description": "y",\n  "weeks": 0\n}', 'bad.json')));
    expect(issue).toMatchObject({ path: 'weeks', line: 4, column: 12, expected: 'a number ≥ 1', found: '0' });
  });
});

describe('parseScenario', () => {
  it('validates an object built in code exactly as a file, naming the source', () => {
    const scenario = parseScenario({ name: 'in-code', description: 'Built in TypeScript', weeks: 52 });
    expect(scenario.weeks).toBe(52);
    expect(scenario.trust.name).toBe('Synthetic trust');
    const issues = issuesOf(() => parseScenario({ name: 'in-code', description: 'x', weeks: '52' }, 'my test'));
    expect(issues).toEqual([{ file: 'my test', path: 'weeks', expected: 'a number', found: '"52"', suggestion: undefined }]);
  });

  it('names the source <object> by default', () => {
    expect(issuesOf(() => parseScenario(null))[0]).toMatchObject({ file: '<object>', path: '', expected: 'a mapping (key: value)', found: 'null' });
  });
});

describe('loadScenario: files that are not scenarios', () => {
  const only = (file: string) => {
    const issues = issuesOf(() => loadScenario(file));
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe(file);
    return issues[0];
  };

  it('calls an empty file empty, and a file of comments contentless', () => {
    expect(only(scenarioFile('', 'empty.yaml'))).toMatchObject({ found: 'an empty file' });
    expect(only(scenarioFile('\n  \n', 'blank.yaml'))).toMatchObject({ found: 'a file of only white space' });
    expect(only(scenarioFile('# nothing yet\n', 'comments.yaml')).found).toMatch(/^no content/);
  });

  it('names binary data as such, without echoing it', () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    const file = scenarioFile('', 'binary.yaml');
    writeFileSync(file, bytes);
    const issue = only(file);
    expect(issue).toMatchObject({ expected: 'a text file (YAML or JSON)' });
    expect(issue.found).toMatch(/^binary data/);
    writeFileSync(file, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(only(file).found).toMatch(/not UTF-8/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = scenarioFile(`${MINIMAL}# ${'x'.repeat(MAX_FILE_BYTES)}\n`, 'huge.yaml');
    expect(only(file)).toMatchObject({ expected: 'a file of at most 1024 KiB' });
  });

  it('shows a long string by its start and length, never whole', () => {
    const message = String(issuesOf(() => loadScenario(scenarioFile(`${'a'.repeat(100_000)}\n`, 'scalar.yaml')))[0].found);
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('(100000 characters)');
  });

  it('stops an alias bomb with a clear error', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    expect(only(scenarioFile(`${MINIMAL}${levels.join('\n')}\n`, 'bomb.yaml'))).toMatchObject({ expected: 'YAML whose aliases expand at most 100 times' });
  });

  it('refuses nesting deeper than leadsim reads, however deep', () => {
    for (const depth of [100, 20_000]) {
      const issue = only(scenarioFile(`${MINIMAL}trust: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, `deep-${depth}.yaml`));
      expect(issue.expected).toBe('at most 64 levels of nesting');
    }
  });

  it('reads .json files as strict JSON: no trailing comma, comment or single quote', () => {
    const cases = [
      ['{"name": "x", "description": "y",}', 'a trailing comma'],
      ['{"name": "x", // a comment\n "description": "y"}', 'a comment'],
      ["{'name': 'x', 'description': 'y'}", 'a character JSON does not allow'],
    ];
    for (const [text, found] of cases) {
      const issues = issuesOf(() => loadScenario(scenarioFile(text, 'strict.json')));
      expect(issues[0]).toMatchObject({ expected: 'strict JSON', line: 1 });
      expect(issues[0].found).toContain(found);
    }
    expect(loadScenario(scenarioFile('{"name": "x", "description": "y"}', 'strict.json')).name).toBe('x');
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { terminalSafe } from '../../src/cli/terminal.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { EXAMPLE, MINIMAL, scenarioFile } from './helpers.ts';

function leadsim(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('leadsim validate', () => {
  it('summarises a valid scenario', () => {
    expect(leadsim('validate', EXAMPLE)).toEqual({
      status: 0,
      stdout: `${EXAMPLE}: valid (3 arms, 3 initiatives, 0 events, 8 departments, 104 weeks × 10 replicates; about 627 staff (at most 715), up to 4,281 ties, estimated peak memory 8 MiB)\n`,
      stderr: '',
    });
  });

  it('prints every issue of an invalid one, without a stack, and exits with 1', () => {
    const file = scenarioFile(`${MINIMAL}weeks: 0\nseeds: 3\n`);
    const { status, stdout, stderr } = leadsim('validate', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `leadsim: ${file}: 2 issues`,
      `  ${file}:3:8: weeks: expected a number ≥ 1, found 0.`,
      expect.stringMatching(/:4:8: seeds: .* Did you mean "seed"\?$/),
      '',
    ]);
    expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });

  it('checks arms against the bundled rule sets', () => {
    const { status, stderr } = leadsim('validate', scenarioFile(`${MINIMAL}arms:\n  - { name: a, rules: heroik }\n`));
    expect(status).toBe(1);
    expect(stderr).toContain(':4:23: arms[0].rules: expected a rule set (');
    expect(stderr).toContain('Did you mean "heroic"?');
  });

  it('--print gives the scenario with defaults, as YAML that loads back to the same scenario', () => {
    const { status, stdout } = leadsim('validate', '--print', EXAMPLE);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# .*: valid \(/);
    expect(stdout).toContain('fy1: [3, 4]');
    expect(parse(stdout)).toEqual(loadScenario(EXAMPLE));
  });
});

describe('leadsim list', () => {
  it('lists the bundled scenarios by name and description', () => {
    const { status, stdout } = leadsim('list');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^flagship +Heroic vs collective leadership in a mid-sized acute trust over two years$/m);
  });
});

describe('leadsim validate: rule-set parameters', () => {
  it('refuses a parameter outside its range, which the run would refuse', () => {
    const { status, stderr } = leadsim('validate', scenarioFile(`${MINIMAL}arms:\n  - { name: a, rules: hybrid, parameters: { hierarchySteepness: -1 } }\n`));
    expect(status).toBe(1);
    expect(stderr).toContain('arms[0].parameters.hierarchySteepness: expected a number in [0, 1], found -1.');
  });
});

describe('leadsim output in a terminal', () => {
  it('shows control characters from user input as visible escapes, never raw', () => {
    const file = scenarioFile('name: x\n', 'clear\u001b[2J\u001b]0;owned\u0007.yaml');
    const { status, stderr } = leadsim('validate', file);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr).toContain('clear\\x1b[2J\\x1b]0;owned\\x07.yaml');
  });

  it('terminalSafe keeps line breaks, tabs and text, escapes the rest', () => {
    expect(terminalSafe('a\tb\nc \u00e9 \u001b[31m \u009b \u202e \u0000')).toBe('a\tb\nc \u00e9 \\x1b[31m \\x9b \\u202e \\x00');
  });
});

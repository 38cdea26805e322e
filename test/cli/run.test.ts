/**
 * `leadsim run`, `validate` and `sweep` as a pipeline or a new user meets
 * them: bundled names with "did you mean", counts checked at the door, the
 * summary naming the trust and the arms, and `--json` / `--quiet` leaving
 * stdout to one JSON document and stderr silent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'leadsim-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function leadsim(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('bundled scenario names', () => {
  it.each(['run', 'validate'])('%s: a misspelt name gets "did you mean" and a pointer to `leadsim list`', (command) => {
    const { status, stdout, stderr } = leadsim(command, 'flagshp');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('"flagshp" is neither a scenario file nor a bundled scenario (did you mean "flagship"?)');
    expect(stderr).toContain('`leadsim list`');
  });

  it('validate accepts a bundled name, as run does', () => {
    const { status, stdout } = leadsim('validate', 'flagship');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^flagship: valid \(3 arms, 3 initiatives/);
  });

  it('a missing file with an extension is still reported as a file', () => {
    const { status, stderr } = leadsim('validate', 'no-such.yaml');
    expect(status).toBe(1);
    expect(stderr).not.toContain('bundled');
  });
});

describe('leadsim run', () => {
  it('refuses a negative week count at the door, without "0 to -6"', () => {
    const { status, stderr } = leadsim('run', 'flagship', '--weeks', '-5');
    expect(status).toBe(1);
    expect(stderr).toContain('expected a whole number ≥ 1, found "-5"');
    expect(stderr).not.toContain('0 to -');
  });

  it('prints the trust\'s size and what each arm stands for', () => {
    const { status, stdout } = leadsim('run', 'flagship', '--replicates', '1', '--weeks', '31', '--no-charts', '--quiet', '--out', join(root, 'text'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^trust: \d{3} staff in 8 departments$/m);
    expect(stdout).toMatch(/^ {2}heroic +Seniors initiate and mandate/m);
    expect(stdout).toMatch(/^ {2}hybrid +Every leadership parameter midway/m);
  });

  it('--json prints one JSON document and nothing else on stdout; --quiet leaves stderr empty', () => {
    const out = join(root, 'json');
    const { status, stdout, stderr } = leadsim('run', 'flagship', '--replicates', '2', '--weeks', '31', '--no-charts', '--json', '--quiet', '--out', out);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    expect(summary.scenario).toMatchObject({ name: 'flagship', replicates: 2, weeks: 31 });
    expect(summary.trust.staff.min).toBeGreaterThan(500);
    expect(summary.trust.departments).toBe(8);
    expect(summary.arms.map((a: { name: string }) => a.name)).toEqual(['heroic', 'collective', 'hybrid']);
    expect(summary.out).toBe(resolve(out));
    expect(summary.report).toBe(join(resolve(out), 'report.html'));
    expect(summary.summary.runSummary.heroic.final_uptake.n).toBe(2);
    expect(summary.comparisons.find((c: { metric: string; arm: string }) => c.metric === 'final_uptake' && c.arm === 'collective')).toBeDefined();
  });

  it('without --quiet, progress goes to stderr and never to stdout with --json', () => {
    const { status, stdout, stderr } = leadsim('run', 'flagship', '--replicates', '1', '--weeks', '31', '--no-charts', '--json', '--out', join(root, 'progress'));
    expect(status).toBe(0);
    expect(stderr).toContain('writing results…');
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});

describe('leadsim sweep --workers', () => {
  it.each([['sweep', 'sweep.yaml'], ['sweep', 'resume', 'job']])('%s %s refuses 0 at the door as an option error naming --workers', (...args) => {
    const { status, stderr } = leadsim(...args, '--workers', '0');
    expect(status).toBe(1);
    expect(stderr).toContain('option \'--workers <n>\' argument \'0\' is invalid. expected a whole number ≥ 1, found "0"');
    expect(stderr).not.toContain('runSweep');
  });
});

describe('leadsim sweep --json', () => {
  it('prints the sweep, its progress and where its results are, as JSON only', () => {
    const file = join(root, 'tiny-sweep.yaml');
    writeFileSync(
      file,
      [
        'name: tiny',
        'description: two points',
        `scenario: ${resolve('scenarios/flagship.yaml')}`,
        'weeks: 31',
        'replicates: 1',
        'arms: [{ name: heroic, rules: heroic }]',
        'factors: [{ name: rewiring, path: trust.ties.teamRewiring, values: [0.05, 0.2] }]',
        '',
      ].join('\n'),
    );
    const out = join(root, 'sweep');
    const { status, stdout, stderr } = leadsim('sweep', file, '--workers', '1', '--quiet', '--json', '--out', out);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      sweep: { name: 'tiny', description: 'two points', file, scenario: 'flagship' },
      designPoints: 2,
      replicates: 1,
      arms: ['heroic'],
      runsDone: 2,
      runsTotal: 2,
      complete: true,
      out: resolve(out),
      report: join(resolve(out), 'report.html'),
    });
  });
});

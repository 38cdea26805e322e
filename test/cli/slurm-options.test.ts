/**
 * The cluster options of `leadsim sweep` and `leadsim sensitivity`: each one
 * (and any option whose help says "with --slurm") is refused without
 * --slurm rather than ignored, and still taken with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';

import { sensitivityCommand } from '../../src/cli/commands/sensitivity.ts';
import { sweepCommand } from '../../src/cli/commands/sweep.ts';
import { LeadsimError } from '../../src/errors.ts';

const root = mkdtempSync(join(tmpdir(), 'leadsim-slurm-options-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Parses as the CLI would; the file need not exist, as the options are checked before it is read. */
function parse(command: Command, ...args: string[]): Promise<unknown> {
  return command.exitOverride().parseAsync(args, { from: 'user' });
}

describe.each([
  ['sweep', sweepCommand],
  ['sensitivity', sensitivityCommand],
])('leadsim %s without --slurm', (_, command) => {
  it.each([
    ['--partition', 'foo'],
    ['--time', '1:00:00'],
    ['--tasks', '4'],
    ['--cpus-per-task', '2'],
    ['--account', 'lab'],
    ['--sbatch=--mem=4G'],
    ['--job-dir', 'job'],
    ['--dry-run'],
  ])('refuses %s, naming it', async (...option) => {
    const name = option[0].split('=')[0];
    await expect(parse(command(), 'missing.yaml', ...option)).rejects.toThrow(
      new LeadsimError(`${name}: is for a cluster submission; give it with --slurm, or leave it out to run here.`),
    );
  });

  it('names every cluster option given', async () => {
    await expect(parse(command(), 'missing.yaml', '--time', '1:00:00', '--partition', 'foo')).rejects.toThrow(
      '--partition, --time: are for a cluster submission; give them with --slurm',
    );
  });
});

it('leadsim sensitivity refuses --json without --slurm (its help says "with --slurm")', async () => {
  await expect(parse(sensitivityCommand(), 'missing.yaml', '--json')).rejects.toThrow('--json: is for a cluster submission; give it with --slurm');
});

it('with --slurm the cluster options are taken, and the refusal is one line without a stack', () => {
  const file = join(root, 'sweep.yaml');
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
  const leadsim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sweep', file, ...args], { encoding: 'utf8' });
  const job = ['--out', join(root, 'out'), '--job-dir', join(root, 'job'), '--time', '1:00:00', '--partition', 'foo'];

  const refused = leadsim(...job);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toBe('leadsim: --partition, --time, --job-dir: are for a cluster submission; give them with --slurm, or leave them out to run here.\n');

  const submitted = leadsim('--slurm', '--dry-run', ...job);
  expect(submitted.stderr).toBe('');
  expect(submitted.status).toBe(0);
  expect(submitted.stdout).toContain('#SBATCH --time=1:00:00');
  expect(submitted.stdout).toContain('#SBATCH --partition=foo');
  expect(readdirSync(root)).toEqual(['sweep.yaml']);
});

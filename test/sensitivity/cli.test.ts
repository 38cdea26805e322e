/**
 * `leadsim sensitivity` as a user runs it: killed outright (SIGKILL) part-way, the same command
 * resumes from the journal and ends with the same files as an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const FILE = `name: ishigami-cli
description: Ishigami, Morris screening, for the command-line test
model: ishigami
seed: 5
method:
  morris: { trajectories: 150, levels: 4 }
factors:
  - { name: x1, path: inputs.x1, range: [-3.14159, 3.14159] }
  - { name: x2, path: inputs.x2, range: [-3.14159, 3.14159] }
  - { name: x3, path: inputs.x3, range: [-3.14159, 3.14159] }
outputs:
  - { name: y, of: y }
`;

const cli = ['--import', 'tsx', 'src/cli/main.ts', 'sensitivity'];
const tasksDone = (dir: string) => (existsSync(join(dir, '.sweep-state.json')) ? JSON.parse(readFileSync(join(dir, '.sweep-state.json'), 'utf8')).tasksDone : 0);

describe('leadsim sensitivity', () => {
  it('resumes after kill -9 to the same indices, design and runs as an uninterrupted run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadsim-sensitivity-cli-'));
    const file = join(dir, 'ishigami.yaml');
    writeFileSync(file, FILE);
    const [whole, killed] = [join(dir, 'whole'), join(dir, 'killed')];

    const first = spawnSync(process.execPath, [...cli, file, '--out', whole, '--workers', '2'], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Morris \(r = 150\): 600 design points × 1 replicates, × 1 arm: 600 of 600 runs done/);

    // One worker: tasks are journaled one by one (with two, one may run everything while the other starts up).
    const child = spawn(process.execPath, [...cli, file, '--out', killed, '--workers', '1', '--quiet'], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (tasksDone(killed) >= 100) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run ended before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(tasksDone(killed)).toBeLessThan(600);
    expect(existsSync(join(killed, 'indices.csv'))).toBe(false);

    const resumed = spawnSync(process.execPath, [...cli, file, '--out', killed, '--workers', '2', '--quiet'], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    for (const name of ['runs.csv', 'design.csv', 'indices.csv', 'sensitivity.json', 'charts/morris-y.vl.json'])
      expect(readFileSync(join(killed, name), 'utf8'), name).toBe(readFileSync(join(whole, name), 'utf8'));
    expect(readFileSync(join(killed, 'report.html'), 'utf8')).toContain('Morris screening');
  }, 300_000);
});

describe('leadsim sensitivity --out', () => {
  const small = FILE.replace('trajectories: 150', 'trajectories: 5');
  const root = mkdtempSync(join(tmpdir(), 'leadsim-sensitivity-out-'));
  const file = join(root, 'ishigami.yaml');
  writeFileSync(file, small);
  const sensitivity = (...args: string[]) => spawnSync(process.execPath, [...cli, file, '--workers', '1', '--quiet', ...args], { encoding: 'utf8' });

  it('writes again into its own folder, replacing its own files', () => {
    const out = join(root, 'again');
    expect(sensitivity('--out', out).status).toBe(0);
    const again = sensitivity('--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(out, 'indices.csv'), 'utf8')).toContain('x1');
  });

  it("refuses, before any run, a folder holding the user's files, and leaves them as they were", () => {
    const out = join(root, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'indices.csv'), 'my own\n');
    const refused = sensitivity('--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${out} is not empty and holds no leadsim results: indices.csv; writing would replace indices.csv`);
    expect(readFileSync(join(out, 'indices.csv'), 'utf8')).toBe('my own\n');
    expect(readdirSync(out)).toEqual(['indices.csv']);
    // Asked to: the user's file is replaced, and the folder holds the analysis.
    expect(sensitivity('--out', out, '--force').status).toBe(0);
    expect(readFileSync(join(out, 'indices.csv'), 'utf8')).toContain('x1');
  });

  it("refuses a run's folder, naming what it holds", () => {
    const out = join(root, 'run');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', 'flagship', '--replicates', '2', '--weeks', '40', '--no-charts', '--quiet', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const series = readFileSync(join(out, 'timeseries.csv'), 'utf8');
    const refused = sensitivity('--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${out} holds a run's results, not a sensitivity analysis's: manifest.json, timeseries.csv`);
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(series);
  }, 60_000);
});

/**
 * `leadsim sensitivity` as a user runs it: killed outright (SIGKILL) part-way, the same command
 * resumes from the journal and ends with the same files as an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

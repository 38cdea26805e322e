/**
 * `leadsim patterns --out`: the folder is checked before the runs, as `run`
 * checks it; the result is written with a manifest, so the next check knows
 * its files for leadsim's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'leadsim-patterns-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function patterns(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'patterns', 'flagship', '--replicates', '2', '--workers', '1', '--no-charts', ...args], { encoding: 'utf8' });
}

describe('leadsim patterns --out', () => {
  it("refuses a folder holding the user's files before any run, and leaves them as they were", () => {
    const out = join(root, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'patterns.csv'), 'my own\n');
    const { status, stderr } = patterns('--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain(`${out} is not empty and holds no leadsim results: patterns.csv; writing would replace patterns.csv`);
    // Refused at the door: no progress bar, no run.
    expect(stderr).not.toContain('runs ');
    expect(readdirSync(out)).toEqual(['patterns.csv']);
    expect(readFileSync(join(out, 'patterns.csv'), 'utf8')).toBe('my own\n');
  });

  it('writes its result with a manifest, and again into the same folder', () => {
    const out = join(root, 'check');
    const first = patterns('--out', out);
    expect(first.status, first.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'patterns.csv']);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ generator: 'leadsim', kind: 'patterns', scenario: 'flagship', replicates: 2 });
    const again = patterns('--out', out);
    expect(again.status, again.stderr).toBe(0);
  }, 120_000);

  it('refuses no workers at the door, naming the option', () => {
    const { status, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'patterns', '--workers', '0'], { encoding: 'utf8' });
    expect(status).toBe(1);
    expect(stderr).toContain("option '--workers <n>' argument '0' is invalid. expected a whole number ≥ 1");
  });

  it('refuses a file where the folder should be, before any run', () => {
    const file = join(root, 'afile');
    writeFileSync(file, 'x');
    const { status, stderr } = patterns('--out', file);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file} is a file, not a folder`);
    expect(stderr).not.toContain('    at ');
  });
});

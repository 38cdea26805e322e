/**
 * `leadsim contagion` runs the bare contagion engine; `leadsim demo`, its old
 * name (which clashed with the workshop page, `npm run demo`), only says
 * where it went, fails and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'leadsim-contagion-'));
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

function leadsim(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
}

describe('leadsim contagion', () => {
  it('spreads a change through the staff network and writes the adoption curves', () => {
    const out = join(root, 'contagion');
    const { status, stdout } = leadsim('contagion', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^leadsim contagion: a change starts with a team of 4/);
    const [header, ...rows] = readFileSync(join(out, 'adoption.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('network,rule,step,adopters,share');
    expect(new Set(rows.map((row) => row.split(',')[0]))).toEqual(new Set(['clustered', 'rewired']));
  }, 60_000);

  it('is listed in --help; the old name is not', () => {
    const commands = [...leadsim('--help').stdout.matchAll(/^ {2}([\w-]+)/gm)].map((m) => m[1]);
    expect(commands).toContain('contagion');
    expect(commands).not.toContain('demo');
  }, 60_000);
});

describe('leadsim demo (the old name)', () => {
  it('points to leadsim contagion and to the workshop page, fails, and writes nothing', () => {
    const out = join(root, 'demo');
    const { status, stdout, stderr } = leadsim('demo', '--seed', '3', '--out', out);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('`leadsim demo` is now `leadsim contagion`');
    expect(stderr).toContain('`npm run demo`');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

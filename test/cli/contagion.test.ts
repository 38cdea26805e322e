/**
 * `leadsim contagion` runs the bare contagion engine; `leadsim demo`, its old
 * name (which clashed with the workshop page, `npm run demo`), only says
 * where it went, fails and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it("writes again into its own folder, and refuses one holding the user's files unless forced", () => {
    const out = join(root, 'again');
    expect(leadsim('contagion', '--out', out).status).toBe(0);
    expect(leadsim('contagion', '--out', out, '--seed', '7').status).toBe(0);
    const mine = join(root, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'adoption.csv'), 'my own\n');
    const refused = leadsim('contagion', '--out', mine);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${mine} is not empty and holds no leadsim results: adoption.csv; writing would replace adoption.csv`);
    expect(readFileSync(join(mine, 'adoption.csv'), 'utf8')).toBe('my own\n');
    expect(leadsim('contagion', '--out', mine, '--force').status).toBe(0);
    expect(readFileSync(join(mine, 'adoption.csv'), 'utf8')).toMatch(/^network,rule,step/);
  }, 60_000);

  it('refuses an odd number of ties at the door, naming the option', () => {
    const { status, stderr } = leadsim('contagion', '--ties', '5', '--out', join(root, 'odd'));
    expect(status).toBe(1);
    expect(stderr).toContain("option '--ties <k>' argument '5' is invalid. expected an even whole number from 2 to 1998");
    expect(existsSync(join(root, 'odd'))).toBe(false);
  });

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

/**
 * `leadsim run` checks its output folder before any work: a refusal is
 * immediate, says what is wrong, and leaves the user's files as they were.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

function leadsim(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('leadsim run --out', () => {
  it('refuses a folder whose manifest.json it did not write, before running, deleting nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'leadsim-out-')), 'D');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'n\n');
    writeFileSync(join(dir, 'sub', 'important.doc'), 'd\n');
    writeFileSync(join(dir, 'manifest.json'), '{"files":[{"path":"notes.txt"},{"path":"sub/important.doc"}]}\n');
    const { status, stdout, stderr } = leadsim('run', 'flagship', '--replicates', '1', '--out', dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `leadsim: ${dir} is not empty and holds no leadsim results: manifest.json, notes.txt, sub/important.doc; writing would replace manifest.json. ` +
        'Choose a new or empty folder, or give --force to write there anyway (leadsim never removes files it did not write).\n',
    );
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('n\n');
    expect(readFileSync(join(dir, 'sub', 'important.doc'), 'utf8')).toBe('d\n');
  });

  it('refuses an existing file as --out before running, without a stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadsim-out-')), 'results');
    writeFileSync(file, 'mine');
    const { status, stderr } = leadsim('run', 'flagship', '--replicates', '1', '--out', file);
    expect(status).toBe(1);
    expect(stderr).toBe(`leadsim: ${file} is a file, not a folder: give a folder for the results (leadsim will not replace a file with a folder).\n`);
    expect(readdirSync(join(file, '..'))).toEqual(['results']);
  });
});

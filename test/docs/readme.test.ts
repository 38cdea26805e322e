/**
 * The README's examples run
 * =========================
 *
 * Every ```ts block of the README is a complete script: written to a scratch
 * folder inside the repository, type-checked with the project's settings and
 * run with tsx there (what it writes stays in the scratch folder). The
 * commands of its ```sh blocks must exist: each `npm run X` a script of
 * package.json, each `npx leadsim X` a command of the CLI. The scripting
 * example also runs from an installed tarball (test/package/).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, codeBlocks, expectTypeChecks, runScript, scratchFolder } from './code-blocks.ts';

const README = join(ROOT, 'README.md');
const blocks = codeBlocks(README, 'ts');

describe('the README', () => {
  const scratch = scratchFolder('test-docs-readme', blocks);

  it('has a scripting example', () => {
    expect(blocks.map(({ heading }) => heading)).toContain('Scripting in TypeScript');
  });

  it('type-checks every TypeScript example with the project settings', () => {
    expectTypeChecks(scratch, 'the README');
  }, 120_000);

  it.each(blocks)('runs $name', ({ file }) => {
    runScript(join(scratch, file), scratch);
  }, 300_000);

  it('names only npm scripts that exist and leadsim commands that exist', () => {
    const shell = codeBlocks(README, 'sh').map(({ code }) => code).join('\n');
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
    const named = [...shell.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((script) => !scripts.includes(script))).toEqual([]);

    const help = spawnSync(process.execPath, ['--conditions=leadsim-source', '--import', 'tsx', 'src/cli/main.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    const commands = [...help.stdout.matchAll(/^ {2}([\w-]+)/gm)].map((m) => m[1]);
    expect(commands).toContain('run');
    const used = [...shell.matchAll(/\bnpx leadsim ([\w-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((command) => !commands.includes(command))).toEqual([]);
  }, 60_000);
});

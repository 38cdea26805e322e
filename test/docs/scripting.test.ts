/**
 * The scripting guide's examples run
 * ==================================
 *
 * Every ```ts block of docs/scripting.md is a complete script. Each is
 * written to a scratch folder inside the repository (so `leadsim` resolves to
 * src/index.ts, as for a reader's script), type-checked together with the
 * project's compiler settings, and run with tsx from the repository root, as
 * the guide tells readers to run them. A block that fails to compile, throws
 * or exits non-zero fails its test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs', 'scripting.md'), 'utf8');

/** The ```ts blocks, with the heading they sit under and their line in the guide. */
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, i) => {
  const before = guide.slice(0, match.index);
  const heading = [...before.matchAll(/^#+ (.*)$/gm)].at(-1)?.[1] ?? 'top';
  return { name: `${String(i + 1).padStart(2, '0')} ${heading} (line ${before.split('\n').length})`, file: `block-${i + 1}.ts`, code: match[1] };
});

const scratch = join(root, 'out', 'test-docs-scripting');

describe('docs/scripting.md', () => {
  beforeAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    for (const { file, code } of blocks) writeFileSync(join(scratch, file), code);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-checks every example with the project settings', () => {
    const config = { extends: relative(scratch, join(root, 'tsconfig.json')), include: ['*.ts'], compilerOptions: { noEmit: true, noUnusedLocals: true } };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', scratch], { encoding: 'utf8' });
    expect(run.stdout + run.stderr, 'type errors in the guide (block-N.ts is its Nth ts block)').toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it.each(blocks)('runs $name', ({ file }) => {
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    let output = '';
    try {
      output = execFileSync(process.execPath, [tsx, join(scratch, file)], { cwd: root, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      expect.fail(`${file} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
    expect(output.length).toBeGreaterThan(0);
  }, 120_000);
});

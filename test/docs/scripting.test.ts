/**
 * The scripting guide's examples run
 * ==================================
 *
 * Every ```ts block of docs/scripting.md is a complete script. Each is
 * written to a scratch folder inside the repository (so `leadsim` resolves to
 * the package itself, as for a reader's script in a clone), type-checked
 * together with the project's compiler settings, and run with tsx from the
 * repository root. A block that fails to compile, throws or exits non-zero
 * fails its test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT, codeBlocks, runScript, typeCheck } from './code-blocks.ts';

const blocks = codeBlocks(join(ROOT, 'docs', 'scripting.md'), 'ts');
const scratch = join(ROOT, 'out', 'test-docs-scripting');

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
    const { output, status } = typeCheck(scratch);
    expect(output, 'type errors in the guide (block-N.ts is its Nth ts block)').toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it.each(blocks)('runs $name', ({ file }) => {
    expect(runScript(join(scratch, file), ROOT).length).toBeGreaterThan(0);
  }, 300_000);
});

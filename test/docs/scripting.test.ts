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
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, codeBlocks, expectTypeChecks, runScript, scratchFolder } from './code-blocks.ts';

const blocks = codeBlocks(join(ROOT, 'docs', 'scripting.md'), 'ts');

describe('docs/scripting.md', () => {
  const scratch = scratchFolder('test-docs-scripting', blocks);

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-checks every example with the project settings', () => {
    expectTypeChecks(scratch, 'the guide');
  }, 120_000);

  it.each(blocks)('runs $name', ({ file }) => {
    expect(runScript(join(scratch, file), ROOT).length).toBeGreaterThan(0);
  }, 300_000);
});

/**
 * Worker modules are found whether the library runs from its sources or
 * compiled to JavaScript (the notebooks' build): the extension follows the
 * caller's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { workerModule } from '../../src/sweep/worker-module.ts';

describe('workerModule', () => {
  it('takes the worker beside the caller, with the caller\'s extension', () => {
    expect(workerModule('file:///lib/src/sweep/run-sweep.js', 'worker').href).toBe('file:///lib/src/sweep/worker.js');
    expect(workerModule('file:///repo/src/sweep/run-sweep.ts', 'worker').href).toBe('file:///repo/src/sweep/worker.ts');
    expect(workerModule('file:///lib/evaluate.mjs', 'worker').href).toBe('file:///lib/worker.mjs');
  });

  it('finds the sources\' workers from the sources', () => {
    for (const folder of ['sweep', 'sensitivity', 'patterns']) {
      const caller = new URL(`../../src/${folder}/caller.ts`, import.meta.url).href;
      expect(existsSync(fileURLToPath(workerModule(caller, 'worker')))).toBe(true);
    }
  });
});

describe('the notebooks\' build', () => {
  it('compiles every worker a pool loads by URL', () => {
    const config = readFileSync(new URL('../../notebooks/tsconfig.lib.json', import.meta.url), 'utf8');
    for (const folder of ['sweep', 'sensitivity', 'patterns']) expect(config).toContain(`"../src/${folder}/worker.ts"`);
  });
});

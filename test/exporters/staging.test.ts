import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeFileAtomically, writeFolderAtomically } from '../../src/exporters/index.ts';

/** The pid of a process that has run and exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('staging left by a killed writer', () => {
  it('is removed by the next write to the same target; a running writer\'s is left alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'leadsim-staging-'));
    const dead = deadPid();
    mkdirSync(join(root, `.results.staging-${dead}-abc123`));
    mkdirSync(join(root, `.results.staging-${process.pid}-def456`));
    writeFileSync(join(root, `.net.gexf.staging-${dead}-file`), 'half a file');
    writeFileSync(join(root, `.other.staging-${dead}-file`), 'another target\'s');

    await writeFolderAtomically(join(root, 'results'), (write) => write('a.txt', 'a'));
    writeFileAtomically(join(root, 'net.gexf'), '<gexf/>');

    expect(readdirSync(root).sort()).toEqual([`.other.staging-${dead}-file`, `.results.staging-${process.pid}-def456`, 'net.gexf', 'results']);
  });
});

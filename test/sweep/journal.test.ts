import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LeadsimError } from '../../src/errors.ts';
import { RUNS_FILE, STATE_FILE, TIMESERIES_FILE } from '../../src/sweep/files.ts';
import { Journal } from '../../src/sweep/journal.ts';

describe('Journal', () => {
  it('refuses a state file without the recorded lengths, leaving the results as they were', () => {
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-journal-'));
    Journal.open(folder, 'sweep-hash').append('p001,heroic,0\n', 'p001,heroic,0,0,uptake,0.1\n');
    const before = [readFileSync(join(folder, RUNS_FILE), 'utf8'), readFileSync(join(folder, TIMESERIES_FILE), 'utf8')];
    writeFileSync(join(folder, STATE_FILE), JSON.stringify({ sweepHash: 'sweep-hash', tasksDone: 1 }));

    expect(() => Journal.open(folder, 'sweep-hash')).toThrow(LeadsimError);
    expect(() => Journal.open(folder, 'sweep-hash')).toThrow(/\.sweep-state\.json is not a sweep journal \(expected .*runsBytes/);
    expect([readFileSync(join(folder, RUNS_FILE), 'utf8'), readFileSync(join(folder, TIMESERIES_FILE), 'utf8')]).toEqual(before);
  });

  it('resumes a whole state file and reports its progress', () => {
    const folder = mkdtempSync(join(tmpdir(), 'leadsim-journal-'));
    Journal.open(folder, 'sweep-hash').append('p001,heroic,0\n', 'p001,heroic,0,0,uptake,0.1\n');
    expect(Journal.progress(folder)).toBe(1);
    expect(Journal.open(folder, 'sweep-hash').tasksDone).toBe(1);
  });
});

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  comparisonsCsv, convergenceCsv, formatSummaryTable, summaryCsv, summaryJsonText, timeseriesCsv, writeResults,
} from '../../src/exporters/index.ts';
import { InvalidResultsError } from '../../src/results/index.ts';
import type { Manifest } from '../../src/exporters/index.ts';
import { OutputFolderError } from '../../src/exporters/files/output-folder.ts';
import { tinyResults } from './fixtures.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leadsim-write-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder, relative path → bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  }
  return files;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('writeResults', () => {
  it('writes the tables, charts and manifest, and returns their paths with the manifest last', async () => {
    const out = join(root, 'out');
    const written = await writeResults(tinyResults(), out);
    const names = written.map((path) => relative(out, path));
    expect(names).toEqual([
      'timeseries.csv', 'summary.csv', 'summary.json', 'comparisons.csv', 'convergence.csv',
      'charts/uptake.vl.json', 'charts/uptake.svg', 'charts/uptake.png',
      'charts/engagement.vl.json', 'charts/engagement.svg', 'charts/engagement.png',
      'manifest.json',
    ]);
    expect(Object.keys(snapshot(out)).sort()).toEqual([...names].sort());
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(timeseriesCsv(tinyResults()));
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(summaryCsv(tinyResults()));
    expect(readFileSync(join(out, 'comparisons.csv'), 'utf8')).toBe(comparisonsCsv(tinyResults()));
    expect(readFileSync(join(out, 'convergence.csv'), 'utf8')).toBe(convergenceCsv(tinyResults()));
    expect(readdirSync(root)).toEqual(['out']); // no staging folder left behind
  });

  it('records provenance and every file with its size and hash in the manifest', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out, { charts: false });
    const manifest = manifestOf(out);
    expect(manifest).toMatchObject({
      leadsimVersion: '0.1.0-test',
      seed: 7,
      scenario: { name: 'tiny', seed: 7, weeks: 1, replicates: 2, staff: 10 },
      scenarioHash: 'sha256:0123abcd',
      startedAt: '2025-01-01T09:00:00.000Z',
      finishedAt: '2025-01-01T09:00:05.000Z',
      arms: ['heroic', 'collective'],
    });
    // Run from this checkout: its commit, and this Node (an installed package records no commit: test/package/).
    expect(manifest.gitCommit).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
    expect(manifest.nodeVersion).toBe(process.version);
    expect(manifest.files.map((f) => f.path)).toEqual(['timeseries.csv', 'summary.csv', 'summary.json', 'comparisons.csv', 'convergence.csv']);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect(file.bytes).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('writes byte-identical folders for the same results, charts included', async () => {
    await writeResults(tinyResults(), join(root, 'a'));
    const reordered = tinyResults();
    reordered.runs.reverse();
    await writeResults(reordered, join(root, 'b'));
    const a = snapshot(join(root, 'a'));
    expect(Object.keys(a).length).toBe(12);
    expect(snapshot(join(root, 'b'))).toEqual(a);
  });

  it('replaces its own files, removes those it no longer writes, and keeps the user’s', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const changed = tinyResults();
    changed.runs[0].series[0].value = 0.125;
    await writeResults(changed, out, { charts: false });
    expect(Object.keys(snapshot(out)).sort()).toEqual([
      'comparisons.csv', 'convergence.csv', 'manifest.json', 'notes.txt', 'summary.csv', 'summary.json', 'timeseries.csv',
    ]);
    expect(existsSync(join(out, 'charts'))).toBe(false);
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(timeseriesCsv(changed));
  });

  it('adds bootstrap intervals to the summary only when asked, reproducibly', async () => {
    const bootstrap = { resamples: 500, seed: 3 };
    await writeResults(tinyResults(), join(root, 'plain'), { charts: false });
    await writeResults(tinyResults(), join(root, 'a'), { charts: false, bootstrap });
    await writeResults(tinyResults(), join(root, 'b'), { charts: false, bootstrap });
    expect(readFileSync(join(root, 'plain', 'summary.csv'), 'utf8')).toBe(summaryCsv(tinyResults()));
    expect(readFileSync(join(root, 'a', 'summary.csv'), 'utf8')).toBe(summaryCsv(tinyResults(), { bootstrap }));
    expect(readFileSync(join(root, 'a', 'summary.json'), 'utf8')).toBe(summaryJsonText(tinyResults(), { bootstrap }));
    expect(readFileSync(join(root, 'a', 'summary.csv'), 'utf8').split('\n')[0]).toMatch(/,ci95_boot_low,ci95_boot_high$/);
    const summaryHash = (dir: string) => manifestOf(join(root, dir)).files.find((f) => f.path === 'summary.csv')!.sha256;
    expect(summaryHash('b')).toBe(summaryHash('a'));
    expect(summaryHash('a')).not.toBe(summaryHash('plain'));
  });

  it('never deletes outside the folder, whatever an old manifest lists', async () => {
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(root, 'precious.txt'), 'keep');
    const sha256 = createHash('sha256').update('keep').digest('hex');
    const listed = [{ path: '../precious.txt', sha256 }, { path: join(root, 'precious.txt'), sha256 }];
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ generator: 'leadsim', kind: 'run', files: listed }));
    await writeResults(tinyResults(), out, { charts: false });
    expect(readFileSync(join(root, 'precious.txt'), 'utf8')).toBe('keep');
  });

  it('rejects malformed results before writing anything', async () => {
    const out = join(root, 'out');
    const duplicated = tinyResults();
    duplicated.runs[1].series.push({ week: 1, metric: 'uptake_total', value: 0.5 });
    await expect(writeResults(duplicated, out)).rejects.toThrow(InvalidResultsError);
    await expect(writeResults(duplicated, out)).rejects.toThrow('run "heroic" #1: uptake_total at week 1 appears twice');
    const unknownArm = tinyResults();
    unknownArm.runs[0].arm = 'distributed';
    await expect(writeResults(unknownArm, out)).rejects.toThrow(/arm "distributed" is not in `arms`/);
    const nan = tinyResults();
    nan.runs[0].summary.final_uptake = Number.NaN;
    await expect(writeResults(nan, out)).rejects.toThrow(/summary final_uptake is NaN/);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('formatSummaryTable', () => {
  it('puts arms side by side with mean [95% CI] per key metric', () => {
    const lines = formatSummaryTable(tinyResults()).split('\n');
    expect(lines[0]).toMatch(/^metric\s+heroic\s+collective$/);
    expect(lines[2]).toMatch(/^Final uptake\s+0\.500 \[-2\.68, 3\.68\]\s+0\.500 \[0\.500, 0\.500\]$/);
    expect(lines[3]).toMatch(/^weeks_to_half\s+1\.00 \(n=1\)\s+1\.00 \[1\.00, 1\.00\]$/);
    expect(lines[4]).toMatch(/^Uptake \(share of staff adopting\) \(week 1\)\s+0\.500 \[-2\.68, 3\.68\]/);
    expect(lines[5]).toMatch(/^Trainee engagement \(week 1\)\s+0\.250 \(n=1\)\s+0\.750 \[0\.750, 0\.750\]$/);
    expect(lines).toHaveLength(8);
    expect(lines[7]).toContain('95% confidence interval');
  });
});

describe('writeResults never loses a user\'s files', () => {
  /** The folder: the user's files, and a manifest.json leadsim did not write that lists them. */
  function usersFolder(): string {
    const out = join(root, 'D');
    mkdirSync(join(out, 'sub'), { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'n\n');
    writeFileSync(join(out, 'sub', 'important.doc'), 'd\n');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ files: [{ path: 'notes.txt' }, { path: 'sub/important.doc' }] }));
    return out;
  }

  it('refuses a folder whose manifest.json leadsim did not write, naming what is there, and changes nothing', async () => {
    const out = usersFolder();
    const before = snapshot(out);
    const failure = writeResults(tinyResults(), out, { charts: false });
    await expect(failure).rejects.toThrow(OutputFolderError);
    await expect(failure).rejects.toThrow(/holds no leadsim results: manifest\.json, notes\.txt, sub\/important\.doc; writing would replace manifest\.json\. .*--force/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['D']); // no staging left either
  });

  it('with force, writes there but deletes nothing it cannot prove it wrote', async () => {
    const out = usersFolder();
    await writeResults(tinyResults(), out, { charts: false, force: true });
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('n\n');
    expect(readFileSync(join(out, 'sub', 'important.doc'), 'utf8')).toBe('d\n');
    expect(manifestOf(out).generator).toBe('leadsim');
  });

  it('refuses a non-empty folder of other files, naming the user\'s file it would replace', async () => {
    const out = join(root, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.csv'), 'my own summary\n');
    await expect(writeResults(tinyResults(), out)).rejects.toThrow(/holds no leadsim results: summary\.csv; writing would replace summary\.csv/);
    expect(readdirSync(out)).toEqual(['summary.csv']);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe('my own summary\n');
  });

  it('refuses a file where a parent of the folder should be, naming it, even with force', async () => {
    const file = join(root, 'results');
    writeFileSync(file, 'a file');
    for (const force of [false, true])
      await expect(writeResults(tinyResults(), join(file, 'run', 'one'), { force })).rejects.toThrow(`${join(file, 'run', 'one')}: ${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('a file');
  });

  it("names another kind's result by its files, when none is the user's", async () => {
    const out = join(root, 'contagion');
    mkdirSync(out);
    const adoption = 'network,rule,step,adopters,share\n';
    writeFileSync(join(out, 'adoption.csv'), adoption);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ generator: 'leadsim', kind: 'contagion', files: [{ path: 'adoption.csv', sha256: createHash('sha256').update(adoption).digest('hex') }] }));
    await expect(writeResults(tinyResults(), out)).rejects.toThrow(`${out} holds a contagion demonstration's results, not a run's: manifest.json, adoption.csv. Choose`);
  });

  it('refuses a file where the folder should be, even with force', async () => {
    const file = join(root, 'results');
    writeFileSync(file, 'a file');
    for (const force of [false, true]) await expect(writeResults(tinyResults(), file, { force })).rejects.toThrow(/is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('a file');
  });

  it('refuses to replace its own file once the user has edited it, and keeps an edited file it no longer writes', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out);
    writeFileSync(join(out, 'summary.csv'), 'edited by hand\n');
    await expect(writeResults(tinyResults(), out)).rejects.toThrow(/summary\.csv was changed or added since leadsim wrote them/);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe('edited by hand\n');
    // Forced, it replaces summary.csv; without charts, the untouched charts go and the edited one stays.
    writeFileSync(join(out, 'charts', 'uptake.svg'), '<svg>mine</svg>');
    await writeResults(tinyResults(), out, { charts: false, force: true });
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(summaryCsv(tinyResults()));
    expect(readdirSync(join(out, 'charts'))).toEqual(['uptake.svg']);
  });

  it('accepts the folder of a leadsim from before the generator marker, by its hashes', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out, { charts: false });
    const { generator: _, kind: __, ...legacy } = manifestOf(out);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(legacy));
    await writeResults(tinyResults(), out, { charts: false });
    expect(manifestOf(out).generator).toBe('leadsim');
  });

  it('after a write killed while moving files into place, proves the moved files by the staging folder\'s manifest', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out, { charts: false });
    const changed = tinyResults();
    changed.runs[0].series[0].value = 0.125;
    await writeResults(changed, join(root, 'next'), { charts: false });
    // As a kill -9 leaves it: the new timeseries.csv moved in, the new manifest still staged by a dead process.
    const staging = join(root, '.out.staging-999999999-abc');
    mkdirSync(staging);
    renameSync(join(root, 'next', 'manifest.json'), join(staging, 'manifest.json'));
    renameSync(join(root, 'next', 'timeseries.csv'), join(out, 'timeseries.csv'));
    await writeResults(changed, out, { charts: false });
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(timeseriesCsv(changed));
    expect(existsSync(staging)).toBe(false);
  });
});

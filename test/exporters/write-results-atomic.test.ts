/**
 * A write that fails part-way (here: rendering the second chart, after the
 * tables and the first chart are staged) must leave the target as it was.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { writeResults } from '../../src/exporters/index.ts';
import { reportPage, writeReport } from '../../src/report/index.ts';
import { tinyResults } from './fixtures.ts';

const failure = vi.hoisted(() => ({ afterRenders: Number.POSITIVE_INFINITY, renders: 0 }));

vi.mock(import('../../src/exporters/charts/render.ts'), async (importOriginal) => {
  const actual = await importOriginal();
  return {
    ...actual,
    renderSvg: async (spec) => {
      if (++failure.renders > failure.afterRenders) throw new Error('simulated crash while rendering');
      return actual.renderSvg(spec);
    },
  };
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leadsim-atomic-'));
  failure.renders = 0;
  failure.afterRenders = Number.POSITIVE_INFINITY;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return files;
}

describe('writeResults, failing part-way', () => {
  it('creates no folder when there was none', async () => {
    failure.afterRenders = 1;
    await expect(writeResults(tinyResults(), join(root, 'out'))).rejects.toThrow('simulated crash');
    expect(failure.renders).toBe(2); // it did fail mid-way, after staging the tables and one chart
    expect(readdirSync(root)).toEqual([]);
  });

  it('removes the parent folders it made for the target', async () => {
    failure.afterRenders = 0;
    await expect(writeResults(tinyResults(), join(root, 'runs', '2025', 'out'))).rejects.toThrow('simulated crash');
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves an earlier write byte for byte as it was', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out);
    const before = snapshot(out);
    const changed = tinyResults();
    changed.runs[0].summary.final_uptake = 0.125;
    changed.scenario.seed = 8;
    failure.renders = 0;
    failure.afterRenders = 1;
    await expect(writeResults(changed, out)).rejects.toThrow('simulated crash');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['out']); // the staging folder is gone too
  });
});

describe('writeResults with its report, failing part-way', () => {
  it('writes the report with the results, listed in the manifest, as `leadsim report` would write it', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out, { report: reportPage });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toContain('report.html');
    const before = snapshot(out);
    await writeReport(out);
    expect(snapshot(out)).toEqual(before);
  });

  it('a failure after the results are staged, while the report is made, leaves the earlier run and its report as they were', async () => {
    const out = join(root, 'out');
    await writeResults(tinyResults(), out, { report: reportPage });
    const before = snapshot(out);
    const changed = tinyResults();
    changed.runs[0].summary.final_uptake = 0.125;
    changed.scenario.seed = 8;
    const crash = () => Promise.reject(new Error('simulated crash while writing the report'));
    await expect(writeResults(changed, out, { report: crash })).rejects.toThrow('simulated crash');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['out']); // the staging folder is gone too
  });
});

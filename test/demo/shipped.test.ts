/**
 * The shipped page carries nothing for tests
 * ==========================================
 *
 * `npm run demo:build` (and `npm run demo`) bundle src/demo/page/main.ts: no
 * `window.leadsimDemo`, nothing from test/. The browser tests' own build
 * (test/demo/probe.ts) does add the probe, so the check below can fail.
 * Needs no browser.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDemo } from '../../src/demo/server/build.ts';
import { buildProbedPage } from './demo-page.ts';

const PROBE_NAME = 'leadsimDemo';
let root: string;
let shipped: string;
let probed: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leadsim-demo-shipped-'));
  [shipped, probed] = await Promise.all([buildDemo(join(root, 'shipped')), buildProbedPage(join(root, 'probed'))]);
}, 120_000);
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

/** The source files a bundle was made from, as its source map lists them. */
function sources(folder: string, bundle: string): string[] {
  const map: unknown = JSON.parse(readFileSync(join(folder, `${bundle}.js.map`), 'utf8'));
  if (typeof map !== 'object' || map === null || !('sources' in map) || !Array.isArray(map.sources)) throw new Error(`${bundle}.js.map has no sources`);
  return map.sources.map(String);
}

describe('the shipped page', () => {
  it('holds no test probe in any file of the folder', () => {
    const files = readdirSync(shipped);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'page.js', 'worker.js', 'presets.json']));
    for (const file of files) expect(readFileSync(join(shipped, file), 'utf8'), file).not.toContain(PROBE_NAME);
  });

  it('is bundled from src/ only: nothing from test/', () => {
    for (const bundle of ['page', 'worker']) {
      const from = sources(shipped, bundle);
      expect(from.some((source) => source.includes('src/demo/')), bundle).toBe(true);
      expect(from.filter((source) => /(^|\/)test\//.test(source)), bundle).toEqual([]);
    }
  });

  it('differs from the tests’ build only by the probe, which that build does carry', () => {
    expect(readFileSync(join(probed, 'page.js'), 'utf8')).toContain(PROBE_NAME);
    const shippedSources = new Set(sources(shipped, 'page'));
    expect(sources(probed, 'page').filter((source) => !shippedSources.has(source))).toEqual([expect.stringMatching(/test\/demo\/probe\.ts$/)]);
    expect(readFileSync(join(probed, 'worker.js')).equals(readFileSync(join(shipped, 'worker.js'))), 'the worker is the same').toBe(true);
  });
});

/**
 * Build the workshop page
 * =======================
 *
 *   src/demo/page/main.ts   ─┐
 *   src/demo/worker/main.ts ─┼─ esbuild ─► out/demo/{page,worker}.js
 *   src/demo/static/*       ─┘            out/demo/{index.html,styles.css,favicon.svg}
 *   scenarios/*.yaml ─ load + validate ─► out/demo/presets.json (with the version)
 *
 * The folder is self-contained: any static server shows it with no network
 * access (no CDN, system fonts). `npm run demo:build [folder]`. Runs in Node,
 * at build time only.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { bundle } from './presets.ts';

const DEMO = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT = resolve(DEMO, '../../out/demo');
/** The page as it ships: it starts the page and nothing else. */
export const PAGE_ENTRY = join(DEMO, 'page/main.ts');
const STATIC_FILES = ['index.html', 'styles.css', 'favicon.svg'];

export interface BuildOptions {
  /**
   * The page's entry module, PAGE_ENTRY unless a test asks for its own (the
   * browser tests bundle test/demo/probe.ts, which starts the same page and
   * adds what they read); whatever ships is built from PAGE_ENTRY.
   */
  pageEntry?: string;
}

export async function buildDemo(out: string = DEFAULT_OUT, { pageEntry = PAGE_ENTRY }: BuildOptions = {}): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { page: pageEntry, worker: join(DEMO, 'worker/main.ts') },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    // The CSV exporter's csv-stringify, in the distribution the package ships for browsers (Node's needs Buffer).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    logLevel: 'warning',
  });
  for (const file of STATIC_FILES) copyFileSync(join(DEMO, 'static', file), join(out, file));
  writeFileSync(join(out, 'presets.json'), JSON.stringify(bundle()));
  return out;
}

const [script, folder] = [process.argv.at(1), process.argv.at(2)];
if (script !== undefined && resolve(script) === fileURLToPath(import.meta.url)) {
  const out = await buildDemo(folder === undefined ? DEFAULT_OUT : resolve(folder));
  process.stderr.write('demo built\n');
  process.stdout.write(`${out}\n`);
}

#!/usr/bin/env node
/**
 * Build the package
 * =================
 *
 * Compiles the library and the command line (tsconfig.build.json: src/index.ts,
 * src/cli/main.ts, the sweep worker and what they import) to ES modules in
 * `dist/`, with declarations and source maps. `npm ci` runs it (`prepare`), and
 * so does `npm pack`; after changing `src/`, `npm run build`.
 *
 * tsc rewrites `./x.ts` to `./x.js` in JavaScript but not in declarations;
 * they are rewritten here, so that any TypeScript (NodeNext or not, old or
 * new) reads them. The folder is built beside `dist/` and swapped in at the
 * end: a failed build leaves the previous one whole.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const staging = join(root, `.dist-${process.pid}`);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

if (!existsSync(tsc)) fail('TypeScript is missing: run `npm ci` first.');
rmSync(staging, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', staging], { stdio: 'inherit' });
} catch {
  rmSync(staging, { recursive: true, force: true });
  fail('compiling src/ failed (above).');
}
for (const file of readdirSync(staging, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(staging, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]*)\.ts(['"])/g, '$1.js$2'));
}
const old = `${staging}-old`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.error('leadsim: built dist/');

function fail(message) {
  console.error(`leadsim build: ${message}`);
  process.exit(1);
}

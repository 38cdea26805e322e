#!/usr/bin/env node
/**
 * The notebooks' kernel: tslab, with leadsim loaded first
 * =======================================================
 *
 * tslab runs each cell as CommonJS, so `import … from 'leadsim'` becomes
 * `require('leadsim')`. The library is ES modules, and one of its
 * dependencies (vega-canvas, under the chart renderer) awaits at top level,
 * which `require()` of an ES module refuses. So this launcher imports the
 * built library (`notebooks/node_modules/leadsim`, see setup.mjs) the ES-module
 * way before the kernel starts and puts it in require's cache: cells then get
 * the same module, typed by its declarations. `npm run notebooks:setup`
 * registers this file as the "tslab" kernel.
 */
import { Module, createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

if (process.argv[2] === 'kernel') {
  // The build beside the notebook being opened (Jupyter starts kernels in the notebook's folder),
  // else this checkout's: cells resolve 'leadsim' from the notebook's folder.
  let entry;
  try {
    entry = createRequire(join(process.cwd(), 'notebook.js')).resolve('leadsim');
  } catch {
    // not a notebooks/ folder of a leadsim checkout
  }
  try {
    entry ??= require.resolve('leadsim');
  } catch {
    console.error('leadsim is not built for the notebooks: run `npm run notebooks:setup` (or `npm run notebooks:build`) in the repository.');
    process.exit(1);
  }
  const cached = new Module(entry);
  cached.filename = entry;
  cached.exports = await import(pathToFileURL(entry).href);
  cached.loaded = true;
  Module._cache[entry] = cached;
}

require('tslab/dist/main.js').main();

#!/usr/bin/env node
// The leadsim command: the compiled command line in dist/ (built by `npm ci` and `npm pack`; `npm run build` after changing src/).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('leadsim: dist/ is missing: run `npm run build` in the leadsim checkout (npm ci does it).\n');
  process.exit(1);
}
await import(main.href);

/**
 * One sweep in its own process, for bench/sweep.bench.ts: prints its wall time,
 * its steady rate (runs per second from the first task written to the last,
 * leaving out the workers' start-up and the final summary and charts) and the
 * process's peak resident memory, as JSON.
 *
 *   node --import tsx bench/sweep-child.ts <replicates> <weeks> <workers>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { planSweep } from '../src/sweep/load.ts';
import { runSweep } from '../src/sweep/run-sweep.ts';
import { sweepSchema } from '../src/sweep/schema.ts';

const [replicates, weeks, workers] = process.argv.slice(2).map(Number);
const sweep = sweepSchema.parse({
  name: 'bench',
  description: 'sweep benchmark',
  scenario: 'flagship',
  weeks,
  replicates,
  arms: [{ name: 'hybrid', rules: 'hybrid' }],
  factors: [{ name: 'steepness', path: 'arms.*.parameters.hierarchySteepness', values: [0.2, 0.8] }],
});
const plan = planSweep(sweep, join(process.cwd(), 'bench', 'sweep.yaml'));
const out = mkdtempSync(join(tmpdir(), 'leadsim-sweep-bench-'));
const start = performance.now();
const written: number[] = [];
await runSweep(plan, { out, workers, onTask: () => written.push(performance.now()) });
const seconds = (performance.now() - start) / 1000;
const steadyRunsPerSecond = (written.length - 1) / ((written.at(-1)! - written[0]) / 1000);
rmSync(out, { recursive: true });
process.stdout.write(`${JSON.stringify({ runs: 2 * replicates, seconds, steadyRunsPerSecond, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);

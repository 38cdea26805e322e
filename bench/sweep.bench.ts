/**
 * Sweep benchmark
 * ===============
 *
 * Each measurement is a sweep in a fresh process (bench/sweep-child.ts), so
 * peak memory is the whole process's: the main thread, the worker threads
 * and the journal.
 *   - Throughput: the same 32-run sweep (104 weeks each) with 1 and with 2
 *     worker threads, and, as the machine's own ceiling, two 1-worker sweeps
 *     in two processes side by side, in turn, three times. The target is on
 *     the steady rate (runs written per second once the workers are up): the
 *     sweep's 1 → 2 worker speed-up as a share of the two processes' combined
 *     rate over one alone, measured in the same rounds, so a shared or
 *     throttled machine lowers both alike. The whole sweep's time, start-up
 *     and charts included, is reported beside it.
 *   - Memory: 50 runs and 500 runs of a 32-week sweep (2 workers); peak RSS
 *     should not grow with the number of runs.
 *
 *   npm run bench:sweep
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

import { z } from 'zod';

import { median, progress } from './measure.ts';

const TARGETS = { shareOfCeiling: 0.95, memoryGrowth: 1.2 };

const childResult = z.object({ runs: z.number(), seconds: z.number(), steadyRunsPerSecond: z.number(), maxRssBytes: z.number() });
type ChildResult = z.infer<typeof childResult>;

const childArgs = (replicates: number, weeks: number, workers: number) => ['--import', 'tsx', 'bench/sweep-child.ts', String(replicates), String(weeks), String(workers)];
const lastLine = (output: string): ChildResult => childResult.parse(JSON.parse(output.trim().split('\n').pop() ?? ''));

function sweep(replicates: number, weeks: number, workers: number): ChildResult {
  return lastLine(execFileSync(process.execPath, childArgs(replicates, weeks, workers), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
}

/** Two 1-worker sweeps in two processes at once: their combined steady rate. */
async function twoProcesses(replicates: number, weeks: number): Promise<number> {
  const run = () => promisify(execFile)(process.execPath, childArgs(replicates, weeks, 1), { encoding: 'utf8' });
  const results = await Promise.all([run(), run()]);
  return results.reduce((sum, { stdout }) => sum + lastLine(stdout).steadyRunsPerSecond, 0);
}

const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
const rates: Record<1 | 2, number[]> = { 1: [], 2: [] };
const ceilingRates: number[] = [];
for (let round = 1; round <= 3; round++) {
  for (const workers of [1, 2] as const) {
    progress(`throughput round ${round}, ${workers} worker${workers === 1 ? '' : 's'}…`);
    const result = sweep(16, 104, workers);
    times[workers].push(result.seconds);
    rates[workers].push(result.steadyRunsPerSecond);
  }
  progress(`throughput round ${round}, two 1-worker processes side by side…`);
  ceilingRates.push(await twoProcesses(16, 104));
}
const speedUp = median(rates[2]) / median(rates[1]);
const ceiling = median(ceilingRates) / median(rates[1]);
const shareOfCeiling = speedUp / ceiling;
const wallSpeedUp = median(times[1]) / median(times[2]);

progress('memory: 50 runs…');
const small = sweep(25, 32, 2);
progress('memory: 500 runs…');
const large = sweep(250, 32, 2);
const growth = large.maxRssBytes / small.maxRssBytes;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
console.log('sweep benchmark (flagship trust, hybrid rules, 2 design points)');
console.log(
  `throughput, 32 runs × 104 weeks (medians of 3): steady ${median(rates[1]).toFixed(2)} runs/s with 1 worker, ${median(rates[2]).toFixed(2)} with 2;` +
    ` whole sweep ${median(times[1]).toFixed(1)} s and ${median(times[2]).toFixed(1)} s (${wallSpeedUp.toFixed(2)}×, start-up and charts included)`,
);
console.log(`memory, 32-week runs: peak RSS ${mib(small.maxRssBytes)} for 50 runs, ${mib(large.maxRssBytes)} for 500 runs`);
const checks = [
  [
    shareOfCeiling >= TARGETS.shareOfCeiling,
    `steady throughput with 2 workers = ${speedUp.toFixed(2)}× that with 1, against this machine's two-process ceiling of ${ceiling.toFixed(2)}×: ${shareOfCeiling.toFixed(2)} of it (target ≥ ${TARGETS.shareOfCeiling})`,
  ],
  [growth <= TARGETS.memoryGrowth, `peak memory, 500 runs over 50 runs = ${growth.toFixed(2)} (target ≤ ${TARGETS.memoryGrowth})`],
] as const;
for (const [pass, text] of checks) console.log(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
if (checks.some(([pass]) => !pass)) process.exitCode = 1;

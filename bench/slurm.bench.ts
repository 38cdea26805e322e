/**
 * SLURM benchmark
 * ===============
 *
 * The same sweep (trainee-ideas, both arms, one design point, 2,000 runs by
 * default) on the local worker pool (2 workers) and through the local
 * one-node SLURM (scripts/slurm-one-node.sh) as an array job of shards of
 * the recommended size (RECOMMENDED_SHARD_RUNS, one CPU each, so two run at
 * once on the two CPUs) and a merge job, in turn, in one run: the machine is
 * shared and noisy, so the figure is the ratio. Each wall time runs from the
 * command (or submission) to the finished results folder, start-up, merge,
 * charts and report included. Also checks the two folders' CSV and JSON are
 * the same bytes, and gives CPU-hours per 1,000 runs.
 *
 *   npm run bench:slurm                 # 2,000 runs of 104 weeks (shards of the recommended size), one round
 *   npm run bench:slurm -- 400 13 2     # runs, weeks, rounds (short runs make shards far below the recommended work)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { readJob } from '../src/cluster/job-folder.ts';
import { resultsComplete } from '../src/cluster/progress.ts';
import { RECOMMENDED_SHARD_RUNS, submitJob } from '../src/cluster/submit.ts';
import { median, progress } from './measure.ts';

const TARGET_OVERHEAD = 0.1;
const [runs = 2000, weeks = 104, rounds = 1] = process.argv.slice(2).map(Number);
const arms = 2;
const cli = ['--import', 'tsx', join(process.cwd(), 'src/cli/main.ts')];

const dir = mkdtempSync(join(tmpdir(), 'leadsim-slurm-bench-'));
const file = join(dir, 'bench.yaml');
writeFileSync(
  file,
  [
    'name: slurm-bench',
    'description: SLURM benchmark',
    'scenario: trainee-ideas',
    `weeks: ${weeks}`,
    `replicates: ${runs / arms}`,
    'factors:',
    '  - { name: rewiring, path: trust.ties.teamRewiring, values: [0.1] }',
    '',
  ].join('\n'),
);

function local(out: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [...cli, 'sweep', file, '--out', out, '--quiet', '--workers', '2'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - start) / 1000;
}

async function slurm(out: string): Promise<{ seconds: number; shards: number }> {
  const start = performance.now();
  const { dir: jobDir, job } = submitJob({
    kind: 'sweep', file, out, command: [process.execPath, ...cli],
    slurm: { partition: null, time: null, account: null, cpusPerTask: 1, sbatch: [] },
  });
  while (!resultsComplete(readJob(jobDir))) await sleep(200);
  return { seconds: (performance.now() - start) / 1000, shards: job.shards.length };
}

const same = (a: string, b: string) =>
  readdirSync(a).filter((name) => /\.(csv|json)$/.test(name) && name !== 'manifest.json').every((name) => readFileSync(join(a, name)).equals(readFileSync(join(b, name))));

const times: { local: number[]; slurm: number[] } = { local: [], slurm: [] };
let shards = 0;
let identical = true;
for (let round = 1; round <= rounds; round++) {
  const [here, there] = [join(dir, `local-${round}`), join(dir, `slurm-${round}`)];
  progress(`round ${round}: ${runs} runs on the local pool…`);
  times.local.push(local(here));
  progress(`round ${round}: ${runs} runs through SLURM…`);
  const result = await slurm(there);
  times.slurm.push(result.seconds);
  shards = result.shards;
  identical &&= same(here, there);
}
rmSync(dir, { recursive: true });

const [here, there] = [median(times.local), median(times.slurm)];
const overhead = there / here - 1;
const cpuHoursPer1000 = (there * 2) / 3600 / (runs / 1000);
console.log(`SLURM benchmark (trainee-ideas, ${arms} arms × ${runs / arms} replicates, ${weeks} weeks: ${runs} runs; ${rounds} round${rounds === 1 ? '' : 's'}, medians)`);
console.log(`local pool, 2 workers: ${here.toFixed(1)} s; SLURM, ${shards} shards of ≈${RECOMMENDED_SHARD_RUNS} runs on 1 CPU each, merge included: ${there.toFixed(1)} s`);
console.log(`cost through SLURM: ${cpuHoursPer1000.toFixed(3)} CPU-hours per 1,000 runs; CSV and JSON identical to the local run's: ${identical ? 'yes' : 'NO'}`);
const checks = [
  [overhead <= TARGET_OVERHEAD, `scheduler overhead = ${(overhead * 100).toFixed(1)}% of the local pool's time (target ≤ ${TARGET_OVERHEAD * 100}%)`],
  [identical, 'results byte-identical to the local run'],
] as const;
for (const [pass, text] of checks) console.log(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
if (checks.some(([pass]) => !pass)) process.exitCode = 1;

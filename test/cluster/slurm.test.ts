/**
 * A sweep through a real SLURM (the one-node cluster of scripts/slurm-one-node.sh, which .ci/run
 * starts): submitted as an array job and a merge job, one array task cancelled mid-shard with
 * scancel, the job resumed, and the results compared byte for byte with a local run. Skipped, with
 * a message, where SLURM is not installed or not running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { describe, expect, it } from 'vitest';

import { readJob, shardFolder } from '../../src/cluster/job-folder.ts';
import { resultsComplete } from '../../src/cluster/progress.ts';
import { ACTIVE_STATES, scancel, squeue } from '../../src/cluster/slurm.ts';
import { jobStatus } from '../../src/cluster/status.ts';
import { resumeJob, submitJob } from '../../src/cluster/submit.ts';
import { Journal } from '../../src/sweep/journal.ts';
import { loadSweep } from '../../src/sweep/load.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { resultFiles, writeSmallSweep } from './fixtures.ts';

/** Why SLURM cannot be used here, or null when a node is up. */
function slurmMissing(): string | null {
  try {
    const state = execFileSync('sinfo', ['--noheader', '--format=%t'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return /^(idle|mix|alloc)/m.test(state) ? null : `sinfo reports no usable node (${state || 'none'})`;
  } catch (error) {
    return `SLURM is not installed or not running (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

const missing = slurmMissing();
if (missing !== null) console.warn(`test/cluster/slurm.test.ts skipped: ${missing}; start one with \`bash scripts/slurm-one-node.sh\` (as root; .ci/run does).`);

/** Polls until `done` holds, failing after `seconds`. */
async function until(what: string, done: () => boolean, seconds = 240): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting until ${what}`);
    await sleep(100);
  }
}

describe.skipIf(missing !== null)('a sweep on SLURM', () => {
  it('survives an array task cancelled mid-shard: resumed, it gives the bytes of a local run', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadsim-slurm-'));
    // Long enough a shard (8 tasks of 52 weeks) that the cancel lands while it runs, on an idle machine too.
    const file = writeSmallSweep(dir, 8, 52);
    const out = join(dir, 'cluster');
    const command = [process.execPath, '--import', 'tsx', join(process.cwd(), 'src/cli/main.ts')];
    // 16 tasks in 2 shards of 8, a worker each: both shards run at once on the two-CPU node.
    const { dir: jobDir, submission } = submitJob({
      kind: 'sweep', file, out, tasks: 2, command,
      slurm: { partition: null, time: '0:20:00', account: null, cpusPerTask: 1, sbatch: [] },
    });
    expect(submission?.arrayJob).toMatch(/^\d+$/);
    const arrayJob = submission?.arrayJob ?? '';
    const shard0 = shardFolder(jobDir, 0);

    // Cancel shard 0 once it has journalled a task and before it has finished: suspended first, so that
    // a starved test process cannot read its progress and then cancel a shard that has meanwhile finished.
    await until('shard 0 has written a task', () => Journal.progress(shard0) >= 1);
    execFileSync('scontrol', ['suspend', `${arrayJob}_0`]);
    const seen = Journal.progress(shard0);
    scancel([`${arrayJob}_0`]);
    expect(seen).toBeLessThan(8);
    const active = (id: string) => ACTIVE_STATES.has(squeue([id]).get(id)?.state ?? '');
    await until('the array job has ended', () => !active(`${arrayJob}_0`) && !active(`${arrayJob}_1`));
    const cancelled = Journal.progress(shard0);
    expect(cancelled).toBeGreaterThanOrEqual(seen); // nothing journalled was lost
    expect(cancelled).toBeLessThan(8);
    const status = jobStatus(jobDir);
    expect(status.shards.map((s) => [s.done, s.slurmState])).toEqual([[cancelled, 'CANCELLED'], [8, 'COMPLETED']]);
    expect(status.complete).toBe(false);

    // Resume: only shard 0 goes again; the merge that waited on the cancelled array is cancelled.
    const resumed = resumeJob(jobDir);
    expect(resumed.submission?.shards).toEqual([0]);
    const oldMerge = submission?.mergeJob ?? '';
    const local = join(dir, 'local');
    await runSweep(loadSweep(file), { out: local, workers: 2 });
    await until('the merge has written the results', () => resultsComplete(readJob(jobDir)));
    expect(active(oldMerge)).toBe(false);

    const [here, there] = [resultFiles(local), resultFiles(out)];
    expect([...there.keys()]).toEqual(['.sweep-state.json', 'comparisons.csv', 'runs.csv', 'summary.csv', 'sweep.json', 'timeseries.csv']);
    for (const [name, bytes] of here) expect(there.get(name)?.equals(bytes), name).toBe(true);
    // Each run once: as many rows as runs, every run key distinct.
    const keys = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((row) => row.split(',')[5]);
    expect(new Set(keys).size).toBe(32);
    expect(keys).toHaveLength(32);
  });
});

/**
 * A cluster job's folder, shards and merge, without SLURM: shards run here (in any order) and the
 * merge gives a local run's bytes; the scripts carry the options given; a changed plan is refused.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { shardRanges } from '../../src/cluster/job-folder.ts';
import { mergeJob } from '../../src/cluster/merge.ts';
import { runShard } from '../../src/cluster/run-shard.ts';
import { prepareJob } from '../../src/cluster/submit.ts';
import type { SubmitOptions } from '../../src/cluster/submit.ts';
import { LeadsimError } from '../../src/errors.ts';
import { loadSensitivity } from '../../src/sensitivity/load.ts';
import { runSensitivity } from '../../src/sensitivity/run-sensitivity.ts';
import { resultFiles, writeIshigami } from './fixtures.ts';

const slurm: SubmitOptions['slurm'] = { partition: null, time: null, account: null, cpusPerTask: 1, sbatch: [] };
const command = [process.execPath, '--import', 'tsx', join(process.cwd(), 'src/cli/main.ts')];

describe('cluster jobs', () => {
  it('cuts the tasks into contiguous shards differing by at most one task, none empty', () => {
    expect(shardRanges(10, 3)).toEqual([{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 10 }]);
    expect(shardRanges(2, 5)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 2 }]);
  });

  it('prints scripts with the SLURM options given and writes nothing on a dry run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadsim-cluster-'));
    const file = writeIshigami(dir);
    const { scripts, job } = prepareJob({
      kind: 'sensitivity', file, out: join(dir, 'out'), tasks: 4, command, dryRun: true,
      slurm: { partition: 'short', time: '0:30:00', account: 'nhs-lab', cpusPerTask: 4, sbatch: ['--mem=2G', '--qos=low'] },
    });
    expect(job.shards).toHaveLength(4);
    for (const line of ['#SBATCH --partition=short', '#SBATCH --time=0:30:00', '#SBATCH --account=nhs-lab', '#SBATCH --cpus-per-task=4', '#SBATCH --mem=2G', '#SBATCH --qos=low', '#SBATCH --requeue'])
      expect(scripts.shard).toContain(line);
    expect(scripts.shard).toMatch(/sweep shard \S+out\.slurm "\$SLURM_ARRAY_TASK_ID"$/m);
    expect(scripts.merge).toMatch(/sweep merge \S+out\.slurm$/m);
    expect(scripts.commands[0]).toMatch(/^sbatch --parsable --array=0-3 /);
    expect(existsSync(join(dir, 'out.slurm'))).toBe(false);
  });

  it('merges shards run in any order into the bytes of a local run, and refuses to merge an unfinished job', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadsim-cluster-'));
    const file = writeIshigami(dir);
    const local = join(dir, 'local');
    await runSensitivity(loadSensitivity(file), { out: local, workers: 1 });

    const { dir: jobDir, job } = prepareJob({ kind: 'sensitivity', file, out: join(dir, 'cluster'), tasks: 3, slurm, command });
    for (const shard of [2, 0]) expect((await runShard(jobDir, shard, { workers: 1 })).complete).toBe(true);
    await expect(mergeJob(jobDir)).rejects.toThrow(/1 of 3 shards are not finished \(1: 0\/\d+ tasks\)/);
    await runShard(jobDir, 1, { workers: 1 });
    const outcome = await mergeJob(jobDir);
    expect(outcome).toMatchObject({ complete: true, tasksDone: job.tasks, tasksTotal: job.tasks });
    expect(resultFiles(join(dir, 'cluster'))).toEqual(resultFiles(local));
    expect([...resultFiles(local).keys()]).toEqual(expect.arrayContaining(['design.csv', 'indices.csv', 'runs.csv', 'sensitivity.json']));
  });

  it('refuses to run a shard of a job whose file changed since it was submitted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadsim-cluster-'));
    const file = writeIshigami(dir);
    const { dir: jobDir } = prepareJob({ kind: 'sensitivity', file, out: join(dir, 'cluster'), tasks: 2, slurm, command });
    writeFileSync(file, readFileSync(file, 'utf8').replace('seed: 5', 'seed: 6'));
    await expect(runShard(jobDir, 0)).rejects.toThrow(LeadsimError);
    await expect(runShard(jobDir, 0)).rejects.toThrow(/no longer the sensitivity this job was submitted with/);
  });
});

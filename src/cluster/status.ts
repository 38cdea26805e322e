/**
 * A job's status
 * ==============
 *
 * Each shard's progress from its journal (the truth about what is written),
 * beside what SLURM says of its array task: squeue while it is queued or
 * running, sacct afterwards where accounting is configured. And whether the
 * merge has written the results.
 */
import { resolve } from 'node:path';

import { readJob } from './job-folder.ts';
import type { JobFile } from './job-folder.ts';
import { resultsComplete, shardProgress } from './progress.ts';
import type { ShardProgress } from './progress.ts';
import { sacct, squeue } from './slurm.ts';
import { jobIds } from './submit.ts';

export interface ShardStatus extends ShardProgress {
  /** The latest array task that ran it (`123_4`), or null if never submitted. */
  slurmJob: string | null;
  /** SLURM's state of that task (squeue, else sacct), or null when neither knows it any more. */
  slurmState: string | null;
}

export interface JobStatus {
  dir: string;
  kind: JobFile['kind'];
  name: string;
  out: string;
  tasks: number;
  tasksDone: number;
  runsPerTask: number;
  shards: ShardStatus[];
  merge: { slurmJob: string | null; slurmState: string | null };
  /** The results folder holds every task and its manifest. */
  complete: boolean;
  /** false where sacct answered that accounting is not configured. */
  accounting: boolean;
}

export function jobStatus(folder: string): JobStatus {
  const dir = resolve(folder);
  const job = readJob(dir);
  const ids = jobIds(job);
  const queue = squeue(ids);
  const accounted = sacct(ids);
  const stateOf = (id: string) => queue.get(id)?.state ?? accounted?.get(id) ?? null;
  const shards = shardProgress(dir, job).map((progress): ShardStatus => {
    const last = [...job.submissions].reverse().find((s) => s.arrayJob !== null && s.shards.includes(progress.shard));
    const slurmJob = last?.arrayJob == null ? null : `${last.arrayJob}_${progress.shard}`;
    return { ...progress, slurmJob, slurmState: slurmJob === null ? null : stateOf(slurmJob) };
  });
  const mergeJob = job.submissions.at(-1)?.mergeJob ?? null;
  return {
    dir,
    kind: job.kind,
    name: job.name,
    out: job.out,
    tasks: job.tasks,
    tasksDone: shards.reduce((sum, s) => sum + s.done, 0),
    runsPerTask: job.runsPerTask,
    shards,
    merge: { slurmJob: mergeJob, slurmState: mergeJob === null ? null : stateOf(mergeJob) },
    complete: resultsComplete(job),
    accounting: accounted !== null,
  };
}

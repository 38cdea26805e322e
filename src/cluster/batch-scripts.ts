/**
 * The job's batch scripts
 * =======================
 *
 * shard.sh (an array job: task i runs shard i with a worker per CPU) and
 * merge.sh (one task, after the array). SLURM settings that do not change
 * between submissions are `#SBATCH` lines; the array's indices and the merge's
 * dependency are given to sbatch when submitting, since a resume submits
 * only some shards. Both run the node and leadsim that submitted them, by
 * absolute path: on a cluster both must be on the shared filesystem.
 */
import { join } from 'node:path';

import type { JobFile } from './job-folder.ts';

/** Quotes a word for sh: inside single quotes nothing is special but the quote itself. */
function sh(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function directives(job: JobFile, dir: string, name: string, log: string, cpus: number): string[] {
  const { partition, time, account, sbatch } = job.slurm;
  return [
    `--job-name=${name}`,
    `--output=${join(dir, 'logs', log)}`,
    `--cpus-per-task=${cpus}`,
    ...(partition === null ? [] : [`--partition=${partition}`]),
    ...(time === null ? [] : [`--time=${time}`]),
    ...(account === null ? [] : [`--account=${account}`]),
    ...sbatch,
  ].map((option) => `#SBATCH ${option}`);
}

export function shardScript(job: JobFile, dir: string): string {
  return [
    '#!/bin/sh',
    `# leadsim ${job.kind} ${job.name}: array task i runs shard i (${job.shards.length} shards of ${job.tasks} tasks; see ${join(dir, 'job.json')}).`,
    ...directives(job, dir, `leadsim-${job.name}`, 'shard-%A_%a.out', job.slurm.cpusPerTask),
    // Requeued (preempted, or `scontrol requeue`), a shard resumes from its journal; the log keeps both attempts.
    '#SBATCH --requeue',
    '#SBATCH --open-mode=append',
    `exec ${[...job.command, 'sweep', 'shard', dir].map(sh).join(' ')} "$SLURM_ARRAY_TASK_ID"`,
    '',
  ].join('\n');
}

export function mergeScript(job: JobFile, dir: string): string {
  return [
    '#!/bin/sh',
    `# leadsim ${job.kind} ${job.name}: once every shard is done, assembles ${job.out} as a local run writes it.`,
    ...directives(job, dir, `leadsim-${job.name}-merge`, 'merge-%j.out', 1),
    `exec ${[...job.command, 'sweep', 'merge', dir].map(sh).join(' ')}`,
    '',
  ].join('\n');
}

/**
 * Submitting a job, and resubmitting what is missing
 * ==================================================
 *
 *   submitJob:  job folder (job.json, shard.sh, merge.sh) ─► sbatch --array=0-(n−1) shard.sh
 *               ─► sbatch --dependency=afterok:<array> merge.sh
 *   resumeJob:  shards neither finished (by their journals) nor queued ─► a new array of just
 *               those ─► a new merge after it (and after any shards still queued); the old,
 *               now unsatisfiable merge is cancelled.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { LeadsimError } from '../errors.ts';
import { GENERATOR } from '../exporters/files/manifest.ts';
import { mergeScript, shardScript } from './batch-scripts.ts';
import { JOB_FILE, MERGE_SCRIPT, SHARD_SCRIPT, shardRanges, writeJob } from './job-folder.ts';
import type { JobFile, JobKind, SlurmSettings, Submission } from './job-folder.ts';
import { loadClusterPlan } from './kinds.ts';
import { openJob } from './load-job.ts';
import { resultsComplete, shardProgress } from './progress.ts';
import { ACTIVE_STATES, sbatch, scancel, squeue } from './slurm.ts';

/** Runs per shard when `--tasks` is not given: at this size SLURM's start-up per shard costs under 10% (docs/cluster.md, npm run bench:slurm). */
export const RECOMMENDED_SHARD_RUNS = 500;

export interface SubmitOptions {
  kind: JobKind;
  file: string;
  out?: string;
  /** The job folder; default: beside the results folder, `<out>.slurm`. */
  jobDir?: string;
  /** Array tasks (shards); default: one per RECOMMENDED_SHARD_RUNS runs. */
  tasks?: number;
  slurm: SlurmSettings;
  /** What the scripts run: node, its flags and leadsim's entry point. */
  command: string[];
  force?: boolean;
  /** Print the scripts and the sbatch commands; write and submit nothing. */
  dryRun?: boolean;
}

export interface SubmitOutcome {
  dir: string;
  job: JobFile;
  /** The scripts and sbatch command lines (what --dry-run prints). */
  scripts: { shard: string; merge: string; commands: string[] };
  submission: Submission | null;
}

export function submitJob(options: SubmitOptions): SubmitOutcome {
  const prepared = prepareJob(options);
  if (options.dryRun) return { ...prepared, submission: null };
  const { dir, job } = prepared;
  return { ...prepared, submission: submit(dir, job, job.shards.map((_, i) => i), []) };
}

/** Checks the results folder and writes the job folder (job.json, shard.sh, merge.sh), or with `dryRun` only composes them. */
export function prepareJob(options: SubmitOptions): Omit<SubmitOutcome, 'submission'> {
  const plan = loadClusterPlan(options.kind, options.file);
  const out = resolve(options.out ?? plan.defaultOut);
  const dir = resolve(options.jobDir ?? `${out}.slurm`);
  plan.checkOut(out, options.force ?? false);
  if (existsSync(join(dir, JOB_FILE))) throw new LeadsimError(`${dir} already holds a cluster job: see it with \`leadsim sweep status ${dir}\`, resubmit what is missing with \`leadsim sweep resume ${dir} --slurm\`, or give another --job-dir.`);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new LeadsimError(`${dir}: expected a new or empty folder for the job, found ${readdirSync(dir).slice(0, 5).join(', ')}; give another --job-dir.`);
  const count = options.tasks ?? Math.ceil((plan.tasks * plan.runsPerTask) / RECOMMENDED_SHARD_RUNS);
  const job: JobFile = {
    generator: GENERATOR,
    kind: plan.kind,
    name: plan.name,
    file: resolve(options.file),
    out,
    planHash: plan.planHash,
    tasks: plan.tasks,
    runsPerTask: plan.runsPerTask,
    shards: shardRanges(plan.tasks, count),
    slurm: options.slurm,
    command: options.command,
    submissions: [],
  };
  const shard = shardScript(job, dir);
  const merge = mergeScript(job, dir);
  const arrayArgs = [`--array=0-${job.shards.length - 1}`];
  const commands = [`sbatch --parsable ${arrayArgs.join(' ')} ${join(dir, SHARD_SCRIPT)}`, `sbatch --parsable --dependency=afterok:<array job> ${join(dir, MERGE_SCRIPT)}`];
  if (!options.dryRun) {
    mkdirSync(join(dir, 'logs'), { recursive: true });
    writeFileSync(join(dir, SHARD_SCRIPT), shard, { mode: 0o755 });
    writeFileSync(join(dir, MERGE_SCRIPT), merge, { mode: 0o755 });
    writeJob(dir, job); // last: a folder with job.json is a whole job
  }
  return { dir, job, scripts: { shard, merge, commands } };
}

export interface ResumeOutcome {
  dir: string;
  job: JobFile;
  /** null when nothing needed submitting (the results are complete, or everything is queued). */
  submission: Submission | null;
  reason: string;
}

export function resumeJob(folder: string): ResumeOutcome {
  const { dir, job } = openJob(folder);
  if (resultsComplete(job))
    return { dir, job, submission: null, reason: `${job.out} is complete: nothing to resubmit` };
  const queue = squeue(jobIds(job));
  const active = (id: string) => ACTIVE_STATES.has(queue.get(id)?.state ?? '');
  const queuedShards = new Set<number>();
  const activeArrays = new Set<string>();
  for (const submission of job.submissions)
    for (const shard of submission.shards)
      if (submission.arrayJob !== null && active(`${submission.arrayJob}_${shard}`)) {
        queuedShards.add(shard);
        activeArrays.add(submission.arrayJob);
      }
  const missing = shardProgress(dir, job).filter((s) => s.done < s.tasks && !queuedShards.has(s.shard)).map((s) => s.shard);
  const pendingMerges = job.submissions.flatMap((s) => (s.mergeJob !== null && active(s.mergeJob) ? [s.mergeJob] : []));
  if (missing.length === 0 && pendingMerges.length > 0) return { dir, job, submission: null, reason: 'every shard is finished or queued, and a merge is queued: nothing to resubmit' };
  // A merge waiting on an array with a cancelled or failed task would wait for ever.
  scancel(pendingMerges);
  const submission = submit(dir, job, missing, [...activeArrays]);
  return { dir, job, submission, reason: `${missing.length} shard${missing.length === 1 ? '' : 's'} resubmitted` };
}

/** Submits an array of `shards` (if any) and a merge after it and after `alsoAfter` (arrays still running); records both in job.json. */
function submit(dir: string, job: JobFile, shards: readonly number[], alsoAfter: readonly string[]): Submission {
  const arrayJob = shards.length === 0 ? null : sbatch(join(dir, SHARD_SCRIPT), [`--array=${shards.join(',')}`]);
  // afterok: the merge runs only if every new shard succeeded; afterany on arrays already running, whose outcome the merge checks itself.
  const dependency = [...(arrayJob === null ? [] : [`afterok:${arrayJob}`]), ...alsoAfter.map((id) => `afterany:${id}`)].join(',');
  let mergeJob: string;
  try {
    mergeJob = sbatch(join(dir, MERGE_SCRIPT), dependency === '' ? [] : [`--dependency=${dependency}`]);
  } catch (error) {
    // The array is queued all the same: recorded, so status and resume know it.
    if (arrayJob !== null) writeJob(dir, { ...job, submissions: [...job.submissions, { at: new Date().toISOString(), arrayJob, shards: [...shards], mergeJob: null }] });
    throw error;
  }
  const submission: Submission = { at: new Date().toISOString(), arrayJob, shards: [...shards], mergeJob };
  job.submissions.push(submission);
  writeJob(dir, job);
  return submission;
}

/** Every array and merge job the job folder has submitted. */
export function jobIds(job: JobFile): string[] {
  return job.submissions.flatMap((s) => [s.arrayJob, s.mergeJob].filter((id) => id !== null));
}

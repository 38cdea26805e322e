/**
 * A cluster job's folder
 * ======================
 *
 *   <job>/job.json         what was submitted: the sweep or analysis file, the results folder,
 *                          the plan's hash, the shards, the SLURM settings, every submission
 *   <job>/shard.sh         the array job: task i runs shard i on its CPUs
 *   <job>/merge.sh         the merge job: assembles the results folder a local run writes
 *   <job>/shards/0000/     each shard's journal (runs.csv, timeseries.csv, .sweep-state.json)
 *   <job>/logs/            SLURM's output, one file per array task and per merge
 *
 * A shard is a contiguous run of the plan's tasks (a design point's replicate
 * under every arm, in the order a local run writes them), so the merge
 * appends the shards' journals in order and gets the local run's bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { LeadsimError } from '../errors.ts';
import { writeFileAtomically } from '../exporters/files/atomic-file.ts';
import { GENERATOR } from '../exporters/files/manifest.ts';
import { jsonText } from '../exporters/files/numbers.ts';

export const JOB_FILE = 'job.json';
export const SHARD_SCRIPT = 'shard.sh';
export const MERGE_SCRIPT = 'merge.sh';

const shardSchema = z.object({ start: z.int().min(0), end: z.int().min(0) });
const submissionSchema = z.object({
  at: z.string(),
  /** The array job, or null when every shard was already done. */
  arrayJob: z.string().nullable(),
  shards: z.array(z.int().min(0)),
  /** null when sbatch refused the merge. */
  mergeJob: z.string().nullable(),
});
const jobSchema = z.object({
  generator: z.literal(GENERATOR),
  kind: z.enum(['sweep', 'sensitivity']),
  name: z.string(),
  file: z.string(),
  out: z.string(),
  planHash: z.string(),
  tasks: z.int().min(1),
  runsPerTask: z.int().min(1),
  shards: z.array(shardSchema).min(1),
  slurm: z.object({
    partition: z.string().nullable(),
    time: z.string().nullable(),
    account: z.string().nullable(),
    cpusPerTask: z.int().min(1),
    sbatch: z.array(z.string()),
  }),
  /** node, its flags and leadsim's entry point: what the scripts run. */
  command: z.array(z.string()).min(2),
  submissions: z.array(submissionSchema),
});

export type JobFile = z.infer<typeof jobSchema>;
export type JobKind = JobFile['kind'];
export type ShardRange = z.infer<typeof shardSchema>;
export type SlurmSettings = JobFile['slurm'];
export type Submission = z.infer<typeof submissionSchema>;

export function shardFolder(dir: string, index: number): string {
  return join(dir, 'shards', String(index).padStart(4, '0'));
}

/** `count` contiguous shards of `tasks` tasks, their sizes differing by at most one; never an empty shard. */
export function shardRanges(tasks: number, count: number): ShardRange[] {
  const shards = Math.min(count, tasks);
  return Array.from({ length: shards }, (_, i) => ({ start: Math.floor((i * tasks) / shards), end: Math.floor(((i + 1) * tasks) / shards) }));
}

/** Reads a job folder's job.json; an error names the file and what is wrong with it. */
export function readJob(dir: string): JobFile {
  const file = join(dir, JOB_FILE);
  if (!existsSync(file)) throw new LeadsimError(`${dir}: no ${JOB_FILE}, so this is not a leadsim cluster job folder (expected the folder \`--slurm\` wrote, named in its output).`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LeadsimError(`${file}: expected JSON, found text that does not parse (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = jobSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LeadsimError(`${file}: at ${issue.path.join('.') || '(top)'}: ${issue.message}. Expected the job description leadsim wrote; was it edited?`);
  }
  return parsed.data;
}

export function writeJob(dir: string, job: JobFile): void {
  writeFileAtomically(join(dir, JOB_FILE), jsonText(job));
}

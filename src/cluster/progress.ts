/**
 * How far a job has got, from the journals
 * ========================================
 *
 * Each shard's tasks written, and whether the results folder is finished.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { MANIFEST_FILE } from '../exporters/files/manifest.ts';
import { Journal } from '../sweep/journal.ts';
import { shardFolder } from './job-folder.ts';
import type { JobFile } from './job-folder.ts';

export interface ShardProgress {
  shard: number;
  /** Tasks in the shard. */
  tasks: number;
  /** Tasks its journal records as written. */
  done: number;
}

export function shardProgress(dir: string, job: JobFile): ShardProgress[] {
  return job.shards.map(({ start, end }, shard) => ({ shard, tasks: end - start, done: Journal.progress(shardFolder(dir, shard)) }));
}

/** The results folder holds every task and its manifest: the merge finished. */
export function resultsComplete(job: JobFile): boolean {
  return existsSync(join(job.out, MANIFEST_FILE)) && Journal.progress(job.out) === job.tasks;
}

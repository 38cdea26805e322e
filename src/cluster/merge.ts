/**
 * The merge job: the results folder a local run writes
 * =====================================================
 *
 * Once every shard's journal is complete, their runs.csv and timeseries.csv
 * are appended, in shard order (which is task order), to the results folder's
 * own journal, a shard at a time; then the local command's code finishes the
 * folder (summary, comparisons, charts, report, manifest). The bytes are a
 * local run's because they are the same rows in the same order, written by
 * the same code. A merge killed part-way resumes from the folder's journal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { LeadsimError } from '../errors.ts';
import { writeFileAtomically } from '../exporters/files/atomic-file.ts';
import { RUNS_FILE, TIMESERIES_FILE } from '../sweep/files.ts';
import { Journal } from '../sweep/journal.ts';
import type { SweepOutcome } from '../sweep/run-sweep.ts';
import { shardFolder } from './job-folder.ts';
import { openJob } from './load-job.ts';
import { shardProgress } from './progress.ts';

export async function mergeJob(folder: string, { force = false, log = () => undefined }: { force?: boolean; log?: (line: string) => void } = {}): Promise<SweepOutcome> {
  const { dir, job, plan } = openJob(folder);
  const unfinished = shardProgress(dir, job).filter((s) => s.done < s.tasks);
  if (unfinished.length > 0)
    throw new LeadsimError(
      `${dir}: ${unfinished.length} of ${job.shards.length} shards are not finished (${unfinished.map((s) => `${s.shard}: ${s.done}/${s.tasks} tasks`).join(', ')}). Run \`leadsim sweep resume ${dir} --slurm\` to run them again.`,
    );
  plan.checkOut(job.out, force);
  const journal = Journal.open(job.out, job.planHash);
  // Beside the journal, as a local run writes them: they say whose runs the folder holds while the merge is under way.
  for (const [name, content] of plan.files) writeFileAtomically(join(job.out, name), content);
  const header = firstLine(readFileSync(join(shardFolder(dir, 0), RUNS_FILE), 'utf8'));
  for (const [index, { start, end }] of job.shards.entries()) {
    if (journal.tasksDone >= end) continue; // appended by an earlier merge
    if (journal.tasksDone !== start) throw new LeadsimError(`${job.out}: its journal records ${journal.tasksDone} tasks, which is not where shard ${index} starts (${start}); delete ${job.out} and merge again.`);
    const shard = shardFolder(dir, index);
    const runs = readFileSync(join(shard, RUNS_FILE), 'utf8');
    // Each shard's runs.csv names its columns from its first task; a local run names them once, from the plan's first.
    if (firstLine(runs) !== header)
      throw new LeadsimError(`${join(shard, RUNS_FILE)}: expected the columns of shard 0 (${header}), found ${firstLine(runs)}: a design point reports other metrics than the first.`);
    const series = readFileSync(join(shard, TIMESERIES_FILE), 'utf8');
    journal.append(index === 0 ? runs : withoutFirstLine(runs), withoutFirstLine(series), end - start);
    log(`merge: shard ${index} appended (${journal.tasksDone}/${job.tasks} tasks)`);
  }
  return plan.finish(job.out, { workers: 1, force });
}

function firstLine(text: string): string {
  return text.slice(0, text.indexOf('\n'));
}

function withoutFirstLine(text: string): string {
  return text.slice(text.indexOf('\n') + 1);
}

/**
 * `leadsim sweep resume DIR`: finish a cluster job
 * ================================================
 *
 * With `--slurm`, resubmits only the shards that are neither finished (by
 * their journals) nor queued, and a merge after them. Without, runs those
 * shards here, one after another on this machine's cores, then the merge.
 */
import { availableParallelism } from 'node:os';

import { Command } from 'commander';

import { mergeJob } from '../../cluster/merge.ts';
import { shardProgress } from '../../cluster/progress.ts';
import { readJob } from '../../cluster/job-folder.ts';
import { runShard } from '../../cluster/run-shard.ts';
import { resumeJob } from '../../cluster/submit.ts';
import { jsonText } from '../../exporters/files/numbers.ts';
import { positiveWholeNumber } from '../arguments.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ResumeOptions {
  slurm?: boolean;
  workers: number;
  json?: boolean;
}

export function sweepResumeCommand(): Command {
  return new Command('resume')
    .description('Finish a cluster job: with --slurm resubmit the shards that failed or are missing (and a merge); without, run them here.')
    .argument('<dir>', 'the job folder')
    .option('--slurm', 'resubmit to SLURM rather than run here')
    .option('--workers <n>', 'without --slurm: worker threads', positiveWholeNumber, availableParallelism())
    .option('--json', 'print what was done as one JSON document on stdout')
    .action(async (dir: string, options: ResumeOptions) => {
      if (options.slurm) {
        const outcome = resumeJob(dir);
        if (options.json) process.stdout.write(jsonText(outcome));
        else
          process.stdout.write(
            outcome.submission === null
              ? `${outcome.job.name}: ${outcome.reason}.\n`
              : `${outcome.job.name}: ${outcome.reason}${outcome.submission.arrayJob === null ? '' : ` (array job ${outcome.submission.arrayJob}: shards ${outcome.submission.shards.join(', ')})`}; merge job ${outcome.submission.mergeJob ?? '-'}.\n`,
          );
        return;
      }
      const job = readJob(dir);
      for (const { shard, done, tasks } of shardProgress(dir, job))
        if (done < tasks && !(await runShard(dir, shard, { workers: options.workers, log })).complete) {
          process.exitCode = 130;
          return;
        }
      const outcome = await mergeJob(dir, { log });
      if (options.json) process.stdout.write(jsonText(outcome));
      else process.stdout.write(`${outcome.tasksDone} of ${outcome.tasksTotal} tasks merged; results in ${outcome.folder}.\n`);
    });
}

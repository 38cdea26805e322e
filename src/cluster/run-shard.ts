/**
 * One array task: run one shard
 * =============================
 *
 * Runs the shard's tasks on a pool with a worker per CPU SLURM gave it, into
 * the shard's own journal. SIGTERM (a time limit, preemption, scancel,
 * `scontrol requeue`) stops dispatching and lets the runs under way be
 * written; a SIGKILL after SLURM's grace period loses only those. Run again
 * (requeued or resubmitted), the shard resumes from its journal: nothing
 * journalled is lost and nothing is run twice.
 */
import { LeadsimError } from '../errors.ts';
import { shardFolder } from './job-folder.ts';
import { openJob } from './load-job.ts';

export interface ShardOutcome {
  shard: number;
  tasksDone: number;
  tasksTotal: number;
  complete: boolean;
}

export interface ShardOptions {
  /** Worker threads; default: the CPUs SLURM gave the task (SLURM_CPUS_PER_TASK), else the job's --cpus-per-task. */
  workers?: number;
  log?: (line: string) => void;
}

export async function runShard(folder: string, index: number, { workers: given, log = () => undefined }: ShardOptions = {}): Promise<ShardOutcome> {
  const { dir, job, plan } = openJob(folder);
  const range = job.shards.at(index);
  if (!Number.isInteger(index) || index < 0 || range === undefined)
    throw new LeadsimError(`${dir}: no shard ${index}; this job has shards 0 to ${job.shards.length - 1} (the array task id names the shard).`);
  const fromEnvironment = Number(process.env.SLURM_CPUS_PER_TASK);
  const workers = given ?? (Number.isInteger(fromEnvironment) && fromEnvironment >= 1 ? fromEnvironment : job.slurm.cpusPerTask);
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    log(`shard ${index}: ${signal}: stopping after the runs under way`);
    stop.abort();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    log(`shard ${index}: tasks ${range.start} to ${range.end - 1} of ${job.tasks}, ${workers} worker${workers === 1 ? '' : 's'}`);
    const outcome = await plan.runShard(shardFolder(dir, index), range, {
      workers,
      signal: stop.signal,
      onTask: (done, total) => {
        log(`shard ${index}: ${done}/${total} tasks`);
      },
    });
    return { shard: index, tasksDone: outcome.tasksDone, tasksTotal: outcome.tasksTotal, complete: outcome.complete };
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

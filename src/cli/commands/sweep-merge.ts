/**
 * `leadsim sweep merge DIR`: the merge job of a cluster job
 * =========================================================
 *
 * Run by the job's merge.sh once every shard is done: writes the results
 * folder a local run would, and says where it is.
 */
import { Command } from 'commander';

import { mergeJob } from '../../cluster/merge.ts';

export function sweepMergeCommand(): Command {
  return new Command('merge')
    .description("Assemble a cluster job's results folder from its shards (what the job's merge.sh runs).")
    .argument('<dir>', 'the job folder')
    .option('--force', 'write into a results folder that is not this job\'s, replacing files leadsim did not write')
    .action(async (dir: string, options: { force?: boolean }) => {
      const outcome = await mergeJob(dir, { force: options.force, log: (line) => process.stderr.write(`${line}\n`) });
      process.stdout.write(`${outcome.tasksDone} of ${outcome.tasksTotal} tasks merged; results in ${outcome.folder}.\n`);
    });
}

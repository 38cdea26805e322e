/**
 * `leadsim sweep shard DIR INDEX`: one array task of a cluster job
 * ================================================================
 *
 * Run by the job's shard.sh on a compute node, not by hand. Progress lines go
 * to stderr (SLURM's log); exits 0 when the shard is complete, 130 when it
 * was stopped (it resumes when run again).
 */
import { Command } from 'commander';

import { runShard } from '../../cluster/run-shard.ts';
import { wholeNumber } from '../arguments.ts';

export function sweepShardCommand(): Command {
  return new Command('shard')
    .description("Run one shard of a cluster job (what the job's shard.sh runs on each array task).")
    .argument('<dir>', 'the job folder')
    .argument('<index>', 'the shard (the array task id)', wholeNumber)
    .action(async (dir: string, index: number) => {
      const outcome = await runShard(dir, index, { log: (line) => process.stderr.write(`${line}\n`) });
      if (!outcome.complete) process.exitCode = 130;
    });
}

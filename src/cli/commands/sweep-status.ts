/**
 * `leadsim sweep status DIR`: how a cluster job is getting on
 * ===========================================================
 *
 * Each shard's tasks written (from its journal) beside SLURM's state of its
 * array task (squeue, or sacct where accounting is configured), the merge,
 * and whether the results are complete. `--json` prints it as one document.
 */
import { Command } from 'commander';

import { jobStatus } from '../../cluster/status.ts';
import { jsonText } from '../../exporters/files/numbers.ts';
import { terminalSafe } from '../terminal.ts';

export function sweepStatusCommand(): Command {
  return new Command('status')
    .description('Show a cluster job\'s progress: each shard\'s journal and SLURM state, the merge, the results.')
    .argument('<dir>', 'the job folder (`--job-dir`, by default <out>.slurm)')
    .option('--json', 'print the status as one JSON document on stdout')
    .action((dir: string, options: { json?: boolean }) => {
      const status = jobStatus(dir);
      if (options.json) {
        process.stdout.write(jsonText(status));
        return;
      }
      const lines = [
        `${status.kind} ${status.name}: ${status.tasksDone} of ${status.tasks} tasks written (${status.tasksDone * status.runsPerTask} of ${status.tasks * status.runsPerTask} runs) in ${status.shards.length} shards.`,
        'shard  tasks      slurm job     state',
        ...status.shards.map((s) => `${String(s.shard).padEnd(6)} ${`${s.done}/${s.tasks}`.padEnd(10)} ${(s.slurmJob ?? '-').padEnd(13)} ${s.slurmState ?? (s.done === s.tasks ? 'finished' : 'not queued')}`),
        `merge: job ${status.merge.slurmJob ?? '-'}, ${status.merge.slurmState ?? (status.complete ? 'finished' : 'not queued')}`,
        status.complete ? `Results complete in ${status.out}.` : `Results not yet complete (${status.out}).`,
        ...(status.accounting ? [] : ['(SLURM accounting is not configured here: states are squeue\'s, for jobs still known to the controller.)']),
        '',
      ];
      process.stdout.write(terminalSafe(lines.join('\n')));
    });
}

/**
 * `--slurm`: submit a sweep or sensitivity analysis to a SLURM cluster
 * ====================================================================
 *
 * The options `leadsim sweep` and `leadsim sensitivity` share for a cluster,
 * and what they do: write the job folder and submit it (src/cluster/), or
 * with `--dry-run` print the scripts and the sbatch commands.
 */
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';

import { LeadsimError } from '../errors.ts';
import { jsonText } from '../exporters/files/numbers.ts';
import type { JobKind } from '../cluster/job-folder.ts';
import { submitJob } from '../cluster/submit.ts';
import { positiveWholeNumber } from './arguments.ts';

export interface SlurmCommandOptions {
  slurm?: boolean;
  partition?: string;
  time?: string;
  tasks?: number;
  cpusPerTask: number;
  account?: string;
  sbatch: string[];
  jobDir?: string;
  dryRun?: boolean;
  out?: string;
  json?: boolean;
  force?: boolean;
}

/** What an option's help begins with when it only means something for a cluster submission. */
const SLURM_ONLY = 'with --slurm';

export function addSlurmOptions(command: Command): Command {
  command
    .option('--slurm', 'run on a SLURM cluster: write a job folder and submit an array job (one task per shard) and a merge job (docs/cluster.md)')
    .option('--partition <name>', 'with --slurm: the partition')
    .option('--time <limit>', 'with --slurm: each array task\'s time limit (sbatch --time, e.g. 2:00:00)')
    .option('--tasks <n>', 'with --slurm: array tasks (shards); default: one per 500 runs', positiveWholeNumber)
    .option('--cpus-per-task <n>', 'with --slurm: CPUs per array task, each running a worker thread', positiveWholeNumber, 1)
    .option('--account <name>', 'with --slurm: the account to charge')
    .option('--sbatch <option>', 'with --slurm: any other sbatch option, e.g. --sbatch=--mem=4G (repeat for more)', sbatchOption, [])
    .option('--job-dir <dir>', 'with --slurm: the job folder, on a filesystem the nodes share (default: <out>.slurm)')
    .option('--dry-run', 'with --slurm: print the batch scripts and sbatch commands; write and submit nothing');
  // Checked before the action, not in it, so every command with these options
  // (and any option of its own whose help says "with --slurm") is held to its help.
  return command.hook('preAction', (_, actionCommand) => {
    if (actionCommand === command) refuseSlurmOnlyOptions(command);
  });
}

/** A cluster option given without --slurm would otherwise be ignored without a word. */
function refuseSlurmOnlyOptions(command: Command): void {
  if (command.getOptionValue('slurm')) return;
  const given = command.options.filter((option) => option.description.startsWith(SLURM_ONLY) && command.getOptionValueSource(option.attributeName()) === 'cli');
  if (given.length === 0) return;
  const [them, are] = given.length === 1 ? ['it', 'is'] : ['them', 'are'];
  throw new LeadsimError(`${given.map((option) => option.long).join(', ')}: ${are} for a cluster submission; give ${them} with --slurm, or leave ${them} out to run here.`);
}

function sbatchOption(value: string, all: string[]): string[] {
  if (!value.startsWith('-')) throw new InvalidArgumentError(`expected an sbatch option starting with "-" (e.g. --sbatch=--mem=4G), found "${value}".`);
  return [...all, value];
}

/** The node, flags and script running now: what the batch scripts run on the nodes. */
function thisCommand(): string[] {
  return [process.execPath, ...process.execArgv, process.argv[1]];
}

export function submitFromCommandLine(kind: JobKind, file: string, options: SlurmCommandOptions): void {
  const outcome = submitJob({
    kind,
    file,
    out: options.out,
    jobDir: options.jobDir,
    tasks: options.tasks,
    slurm: { partition: options.partition ?? null, time: options.time ?? null, account: options.account ?? null, cpusPerTask: options.cpusPerTask, sbatch: options.sbatch },
    command: thisCommand(),
    force: options.force,
    dryRun: options.dryRun,
  });
  const { job, dir, submission, scripts } = outcome;
  if (options.json) {
    process.stdout.write(jsonText({ dir, out: job.out, shards: job.shards, submission, scripts: options.dryRun ? scripts : undefined }));
    return;
  }
  if (submission === null) {
    process.stdout.write(`# ${dir}/shard.sh\n${scripts.shard}\n# ${dir}/merge.sh\n${scripts.merge}\n# submitted with\n${scripts.commands.join('\n')}\n`);
    return;
  }
  const runs = job.tasks * job.runsPerTask;
  process.stdout.write(
    [
      `${job.name}: ${runs} runs in ${job.shards.length} shard${job.shards.length === 1 ? '' : 's'}: array job ${submission.arrayJob ?? '-'}, merge job ${submission.mergeJob ?? '-'}.`,
      `Job folder ${dir}; results will be in ${job.out}.`,
      `Follow it with \`leadsim sweep status ${dir}\`; resubmit failed shards with \`leadsim sweep resume ${dir} --slurm\`.`,
      '',
    ].join('\n'),
  );
}

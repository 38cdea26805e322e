/**
 * `leadsim sweep FILE`: run a parameter sweep on all cores
 * ========================================================
 *
 * Progress goes to stderr (a bar with runs done, rate and ETA; `--quiet`
 * silences it); the summary to stdout, or with `--json` as one JSON
 * document and nothing else. Interrupted with Ctrl-C, the sweep finishes the runs under
 * way and stops; run the same command again to resume. A killed sweep
 * resumes the same way.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

import { Command } from 'commander';

import { jsonText } from '../../exporters/files/numbers.ts';
import { REPORT_FILE, reportPage } from '../../report/index.ts';
import { loadSweep } from '../../sweep/load.ts';
import { runSweep } from '../../sweep/run-sweep.ts';
import { positiveWholeNumber } from '../arguments.ts';
import { addSlurmOptions, submitFromCommandLine } from '../slurm-options.ts';
import type { SlurmCommandOptions } from '../slurm-options.ts';
import { sweepMergeCommand } from './sweep-merge.ts';
import { sweepResumeCommand } from './sweep-resume.ts';
import { sweepShardCommand } from './sweep-shard.ts';
import { sweepStatusCommand } from './sweep-status.ts';
import { withRunProgress } from '../run-progress.ts';
import { terminalSafe } from '../terminal.ts';

interface SweepCommandOptions extends SlurmCommandOptions {
  workers: number;
  quiet?: boolean;
}

/** What `--json` prints: the sweep, how far it got and where its results are. */
export interface SweepSummary {
  sweep: { name: string; description: string; file: string; scenario: string };
  designPoints: number;
  replicates: number;
  arms: string[];
  runsDone: number;
  runsTotal: number;
  complete: boolean;
  out: string;
  /** null until the sweep completes. */
  report: string | null;
}

export function sweepCommand(): Command {
  const command = new Command('sweep')
    .description('Run a parameter sweep (grid or Latin hypercube) over a scenario on a pool of worker threads; resumes if interrupted.')
    .argument('<file>', 'sweep file (.yaml, .yml or .json)')
    .option('--workers <n>', 'worker threads', positiveWholeNumber, availableParallelism())
    .option('--out <dir>', 'output folder (default: out/sweeps/<sweep name>)')
    .option('--quiet', 'no progress bar')
    .option('--json', 'print the summary as one JSON document on stdout (and nothing else there)')
    .option('--force', 'write into a folder that is not this sweep\'s, replacing files leadsim did not write');
  // A cluster job's folder (either kind's) is followed, resumed, run and merged by these.
  return addSlurmOptions(command)
    .action((file: string, options: SweepCommandOptions) => sweep(file, options))
    .addCommand(sweepStatusCommand())
    .addCommand(sweepResumeCommand())
    .addCommand(sweepShardCommand(), { hidden: true })
    .addCommand(sweepMergeCommand(), { hidden: true });
}

async function sweep(file: string, options: SweepCommandOptions): Promise<void> {
  if (options.slurm) {
    submitFromCommandLine('sweep', file, options);
    return;
  }
  const plan = loadSweep(file);
  const out = resolve(options.out ?? join('out', 'sweeps', plan.sweep.name));
  const arms = plan.base.arms.length;
  const outcome = await withRunProgress(arms, options.quiet, (progress) =>
    runSweep(plan, { out, workers: options.workers, force: options.force, report: reportPage, ...progress }),
  );

  const runs = `${outcome.tasksDone * arms} of ${outcome.tasksTotal * arms} runs`;
  const report = outcome.complete ? join(out, REPORT_FILE) : null;
  if (!outcome.complete) process.exitCode = 130;
  if (options.json) {
    const summary: SweepSummary = {
      sweep: { name: plan.sweep.name, description: plan.sweep.description, file: resolve(file), scenario: plan.base.name },
      designPoints: plan.points.length,
      replicates: plan.base.replicates,
      arms: plan.base.arms.map((arm) => arm.name),
      runsDone: outcome.tasksDone * arms,
      runsTotal: outcome.tasksTotal * arms,
      complete: outcome.complete,
      out,
      report,
    };
    process.stdout.write(jsonText(summary));
    return;
  }
  if (report === null) {
    process.stdout.write(`${plan.sweep.name}: stopped after ${runs}; results so far in ${out}. Run the same command again to resume.\n`);
    return;
  }
  process.stdout.write(
    terminalSafe([
      `${plan.sweep.name}: ${plan.sweep.description}`,
      `${plan.points.length} design points × ${plan.base.replicates} replicates × ${arms} arm${arms === 1 ? '' : 's'}: ${runs} done.`,
      `Results in ${out}: runs.csv, timeseries.csv, summary.csv, charts/, and ${report} to share.`,
      '',
    ].join('\n')),
  );
}

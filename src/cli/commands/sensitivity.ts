/**
 * `leadsim sensitivity FILE`: global sensitivity analysis on all cores
 * ===================================================================
 *
 * Morris screening or Sobol' indices of a scenario's outputs (or of an
 * analytic test function), run on the sweep runner: progress on stderr (a bar
 * with runs done, rate and ETA; `--quiet` silences it), Ctrl-C finishes the
 * runs under way and stops, and the same command resumes, as does a killed
 * run. Results: design.csv, indices.csv, charts/ and report.html.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

import { Command } from 'commander';

import { writeReport } from '../../report/index.ts';
import { loadSensitivity } from '../../sensitivity/load.ts';
import { runSensitivity } from '../../sensitivity/run-sensitivity.ts';
import { positiveWholeNumber } from '../arguments.ts';
import { addSlurmOptions, submitFromCommandLine } from '../slurm-options.ts';
import type { SlurmCommandOptions } from '../slurm-options.ts';
import { withRunProgress } from '../run-progress.ts';

interface SensitivityCommandOptions extends SlurmCommandOptions {
  workers: number;
  quiet?: boolean;
}

export function sensitivityCommand(): Command {
  const command = new Command('sensitivity')
    .description("Global sensitivity analysis (Morris screening or Sobol' indices) of a scenario's outputs on a pool of worker threads; resumes if interrupted.")
    .argument('<file>', 'sensitivity file (.yaml, .yml or .json); see docs/sensitivity.md')
    .option('--workers <n>', 'worker threads', positiveWholeNumber, availableParallelism())
    .option('--out <dir>', 'output folder (default: out/sensitivity/<name>)')
    .option('--quiet', 'no progress bar')
    .option('--force', "write into a folder that is not this analysis's, replacing files leadsim did not write")
    .option('--json', 'with --slurm: print the submission as one JSON document on stdout');
  return addSlurmOptions(command).action((file: string, options: SensitivityCommandOptions) => sensitivity(file, options));
}

async function sensitivity(file: string, options: SensitivityCommandOptions): Promise<void> {
  if (options.slurm) {
    submitFromCommandLine('sensitivity', file, options);
    return;
  }
  const plan = loadSensitivity(file);
  const out = resolve(options.out ?? join('out', 'sensitivity', plan.spec.name));
  const arms = plan.arms.length;
  const started = performance.now();
  const outcome = await withRunProgress(arms, options.quiet, (progress) => runSensitivity(plan, { out, workers: options.workers, force: options.force, ...progress }));

  const runs = `${outcome.tasksDone * arms} of ${outcome.tasksTotal * arms} runs`;
  if (!outcome.complete || outcome.results === null) {
    process.stdout.write(`${plan.spec.name}: stopped after ${runs}; results so far in ${out}. Run the same command again to resume.\n`);
    process.exitCode = 130;
    return;
  }
  for (const warning of outcome.results.warnings) process.stderr.write(`warning: ${warning}\n`);
  const report = await writeReport(out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const method = plan.method.kind === 'sobol' ? `Sobol' (N = ${plan.method.samples})` : `Morris (r = ${plan.method.trajectories.length})`;
  process.stdout.write(
    [
      `${plan.spec.name}: ${plan.spec.description}`,
      `${method}: ${plan.designSize} design points × ${plan.replicates} replicates${plan.robustness ? `, ${plan.points.length - plan.designSize} robustness cells × ${plan.robustness.replicates}` : ''}, × ${arms} arm${arms === 1 ? '' : 's'}: ${runs} done in ${seconds} s.`,
      `Results in ${out}: indices.csv, design.csv, charts/, and ${report} to share.`,
      '',
    ].join('\n'),
  );
}

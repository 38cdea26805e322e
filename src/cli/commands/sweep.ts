/**
 * `leadsim sweep FILE`: run a parameter sweep on all cores
 * ========================================================
 *
 * Progress goes to stderr (a bar with runs done, rate and ETA; `--quiet`
 * silences it). Interrupted with Ctrl-C, the sweep finishes the runs under
 * way and stops; run the same command again to resume. A killed sweep
 * resumes the same way.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

import { SingleBar } from 'cli-progress';
import { Command } from 'commander';

import { REPORT_FILE, reportPage } from '../../report/index.ts';
import { loadSweep } from '../../sweep/load.ts';
import { runSweep } from '../../sweep/run-sweep.ts';
import { wholeNumber } from '../arguments.ts';
import { terminalSafe } from '../terminal.ts';

interface SweepCommandOptions {
  workers: number;
  out?: string;
  quiet?: boolean;
  force?: boolean;
}

export function sweepCommand(): Command {
  return new Command('sweep')
    .description('Run a parameter sweep (grid or Latin hypercube) over a scenario on a pool of worker threads; resumes if interrupted.')
    .argument('<file>', 'sweep file (.yaml, .yml or .json)')
    .option('--workers <n>', 'worker threads', wholeNumber, availableParallelism())
    .option('--out <dir>', 'output folder (default: out/sweeps/<sweep name>)')
    .option('--quiet', 'no progress bar')
    .option('--force', 'write into a folder that is not this sweep\'s, replacing files leadsim did not write')
    .action((file: string, options: SweepCommandOptions) => sweep(file, options));
}

async function sweep(file: string, options: SweepCommandOptions): Promise<void> {
  const plan = loadSweep(file);
  const out = resolve(options.out ?? join('out', 'sweeps', plan.sweep.name));
  const arms = plan.base.arms.length;
  const stop = new AbortController();
  const interrupt = () => {
    process.stderr.write('\nstopping after the runs under way; run the same command again to resume\n');
    stop.abort();
  };
  process.once('SIGINT', interrupt);

  const bar = options.quiet
    ? null
    : new SingleBar({ format: 'runs {bar} {value}/{total} | {rate} runs/s | {duration}s, ETA {eta}s', stream: process.stderr, hideCursor: true });
  const started = performance.now();
  let first = -1;
  const outcome = await runSweep(plan, {
    out,
    workers: options.workers,
    signal: stop.signal,
    force: options.force,
    report: reportPage,
    onTask: (done, total) => {
      if (first < 0) first = done - 1;
      if (bar && !bar.isActive) bar.start(total * arms, first * arms, { rate: '…' });
      const rate = ((done - first) * arms) / ((performance.now() - started) / 1000);
      bar?.update(done * arms, { rate: rate.toFixed(1) });
    },
  });
  bar?.stop();
  process.off('SIGINT', interrupt);

  const runs = `${outcome.tasksDone * arms} of ${outcome.tasksTotal * arms} runs`;
  if (!outcome.complete) {
    process.stdout.write(`${plan.sweep.name}: stopped after ${runs}; results so far in ${out}. Run the same command again to resume.\n`);
    process.exitCode = 130;
    return;
  }
  const report = join(out, REPORT_FILE);
  process.stdout.write(
    terminalSafe([
      `${plan.sweep.name}: ${plan.sweep.description}`,
      `${plan.points.length} design points × ${plan.base.replicates} replicates × ${arms} arm${arms === 1 ? '' : 's'}: ${runs} done.`,
      `Results in ${out}: runs.csv, timeseries.csv, summary.csv, charts/, and ${report} to share.`,
      '',
    ].join('\n')),
  );
}

/**
 * `leadsim patterns [SCENARIO]`: test the model's claimed patterns
 * ================================================================
 *
 * Runs the scenario (the flagship by default) and the variants the patterns
 * need, then prints each pattern's estimate, interval and verdict, and writes
 * `patterns.csv` and a chart. docs/model.md §1 records the flagship's table.
 */
import { join, resolve } from 'node:path';

import { SingleBar } from 'cli-progress';
import { Command } from 'commander';

import { MANIFEST_FILE } from '../../exporters/files/manifest.ts';
import { checkOutputFolder } from '../../exporters/files/output-folder.ts';
import { writeSmallResult } from '../../exporters/files/small-result.ts';
import { chartFiles } from '../../exporters/charts/chart-files.ts';
import { RULE_SETS } from '../../leadership/index.ts';
import { evaluatePatterns } from '../../patterns/evaluate.ts';
import { PATTERNS_FILE, formatPatternTable, patternsChart, patternsCsv } from '../../patterns/outputs.ts';
import { resolveScenarioFile } from '../../scenario/bundled.ts';
import { LEADSIM_VERSION } from '../../run/run-scenario.ts';
import { loadScenario } from '../../scenario/index.ts';
import { positiveWholeNumber } from '../arguments.ts';

interface PatternsCommandOptions {
  replicates?: number;
  workers?: number;
  out?: string;
  charts: boolean;
  force?: boolean;
}

/** The files a pattern check may write, for checking a folder before its runs. */
function isPatternsOutput(path: string): boolean {
  return path === PATTERNS_FILE || path === MANIFEST_FILE || path.startsWith('charts/');
}

export function patternsCommand(): Command {
  return new Command('patterns')
    .description("Test the model's claimed patterns on a scenario (default: flagship): each a statistic with its 95% interval and a verdict.")
    .argument('[scenario]', 'scenario file, or the name of a bundled scenario; it needs a heroic and a collective arm', 'flagship')
    .option('--replicates <n>', "override the scenario's number of replicates", positiveWholeNumber)
    .option('--workers <n>', 'worker threads (default: one per core)', positiveWholeNumber)
    .option('--out <dir>', 'output folder (default: out/<scenario name>-patterns)')
    .option('--no-charts', 'skip rendering the chart')
    .option('--force', "write into a folder that is not a pattern check's, replacing files leadsim did not write")
    .action((scenario: string, options: PatternsCommandOptions) => patterns(scenario, options));
}

async function patterns(name: string, options: PatternsCommandOptions): Promise<void> {
  const scenario = loadScenario(resolveScenarioFile(name), { ruleSets: RULE_SETS });
  const out = resolve(options.out ?? join('out', `${scenario.name}-patterns`));
  // Before the runs, not after them.
  const folder = checkOutputFolder(out, 'patterns', isPatternsOutput, options.force);
  const bar = new SingleBar({ format: 'runs {bar} {value}/{total} | {duration}s, ETA {eta}s', stream: process.stderr, hideCursor: true });
  let started = false;
  const report = await evaluatePatterns(scenario, {
    replicates: options.replicates,
    workers: options.workers,
    onRun: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  bar.stop();

  const charts = options.charts ? await chartFiles([{ name: 'patterns', title: 'Patterns', spec: patternsChart(report) }]) : [];
  await writeSmallResult(folder, 'patterns', [[PATTERNS_FILE, patternsCsv(report)], ...charts], {
    leadsimVersion: LEADSIM_VERSION,
    scenario: report.scenario.name,
    seed: report.scenario.seed,
    replicates: report.replicates,
    runs: report.runs,
  }, options.force);
  process.stdout.write(`${formatPatternTable(report)}\n\nwritten to ${out}\n`);
}

/**
 * `leadsim run SCENARIO`: run a scenario and write its results
 * ============================================================
 *
 * SCENARIO is a file or the name of a bundled scenario (`leadsim list`).
 * Progress goes to stderr (`--quiet` silences it); the data, charts and
 * manifest go to the output folder; the summary goes to stdout: the trust,
 * the arms, a table with the arms side by side and their paired differences,
 * or with `--json` all that as one JSON document and nothing else.
 * The output folder is checked before the run (new, empty, or an earlier
 * run's: output-folder.ts), so a refusal costs nothing.
 */
import { join, resolve } from 'node:path';

import { SingleBar } from 'cli-progress';
import { Command } from 'commander';

import { writeResults } from '../../exporters/index.ts';
import { jsonText } from '../../exporters/files/numbers.ts';
import { checkOutputFolder } from '../../exporters/files/output-folder.ts';
import { isRunOutput } from '../../exporters/write-results.ts';
import { registryWithModules } from '../../leadership/rule-set-module.ts';
import { REPORT_FILE, reportPage } from '../../report/index.ts';
import { runScenario } from '../../run/run-scenario.ts';
import { resolveScenarioFile } from '../../scenario/bundled.ts';
import { loadScenario, parseScenario } from '../../scenario/index.ts';
import { positiveWholeNumber, wholeNumber } from '../arguments.ts';
import { armSummaries, runSummary, runSummaryText, trustSize } from '../run-summary.ts';
import { ruleSetModuleOption } from '../rule-set-option.ts';
import type { RuleSetModuleOptions } from '../rule-set-option.ts';
import { terminalSafe } from '../terminal.ts';

interface RunCommandOptions extends RuleSetModuleOptions {
  seed?: number;
  replicates?: number;
  weeks?: number;
  out?: string;
  charts: boolean;
  json?: boolean;
  quiet?: boolean;
  force?: boolean;
}

export function runCommand(): Command {
  return new Command('run')
    .description('Run a scenario (a file, or a bundled scenario by name) and write its data, charts and summary.')
    .argument('<scenario>', 'scenario file, or the name of a bundled scenario (see `leadsim list`)')
    .option('--seed <n>', 'override the scenario\'s seed', wholeNumber)
    .option('--replicates <n>', 'override the number of replicates per arm', positiveWholeNumber)
    .option('--weeks <n>', 'override the number of weeks', positiveWholeNumber)
    .option('--out <dir>', 'output folder (default: out/<scenario name>)')
    .option('--no-charts', 'skip rendering charts')
    .option('--json', 'print the summary as one JSON document on stdout (and nothing else there)')
    .option('--quiet', 'no progress on stderr')
    .option('--force', 'write into a folder that is not an earlier run\'s, replacing files leadsim did not write')
    .addOption(ruleSetModuleOption())
    .action((scenario: string, options: RunCommandOptions) => run(scenario, options));
}

async function run(name: string, options: RunCommandOptions): Promise<void> {
  const file = resolveScenarioFile(name);
  const ruleSets = await registryWithModules(options.ruleSetModule ?? []);
  const loaded = loadScenario(file, { ruleSets });
  // Overrides are validated like the file itself (a shorter run may cut off an initiative).
  const scenario = parseScenario(
    {
      ...loaded,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.replicates === undefined ? {} : { replicates: options.replicates }),
      ...(options.weeks === undefined ? {} : { weeks: options.weeks }),
    },
    `${file} with command-line overrides`,
    { ruleSets },
  );
  const out = resolve(options.out ?? join('out', scenario.name));
  checkOutputFolder(out, 'run', isRunOutput, options.force);

  const bar = options.quiet
    ? null
    : new SingleBar({
        format: 'runs {bar} {value}/{total} | {arm} replicate {replicate} | {duration}s, ETA {eta}s',
        stream: process.stderr,
        hideCursor: true,
      });
  bar?.start(scenario.replicates * scenario.arms.length, 0, { arm: '', replicate: '' });
  const staff: number[] = [];
  const { results } = runScenario(scenario, {
    ruleSets,
    onTrust: (_replicate, trust) => staff.push(trust.size),
    onRun: (done, _total, arm, replicate) => bar?.update(done, { arm, replicate }),
  });
  bar?.stop();

  if (!options.quiet) process.stderr.write('writing results…\n');
  // The report is written with the results, in one replacement: never an earlier run's report beside them.
  const files = await writeResults(results, out, { charts: options.charts, force: options.force, report: reportPage });
  const report = join(out, REPORT_FILE);
  const summary = runSummary(scenario, file, results, {
    trust: trustSize(scenario, staff),
    arms: armSummaries(scenario, ruleSets),
    out,
    report,
    files,
  });
  process.stdout.write(options.json ? jsonText(summary) : terminalSafe(runSummaryText(summary, results)));
}

/**
 * `leadsim export-network SCENARIO`: the trust as a network file
 * ==============================================================
 *
 * Runs one replicate of one arm up to a week and writes the trust as it is
 * then (people, ties by layer, the leadership network, adoption states) as
 * GEXF for Gephi, GraphML for NetworkX and others, or graphology JSON. With
 * --dynamic, a GEXF whose spells and attribute values follow the run week by
 * week, for Gephi's timeline.
 */
import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';

import { Command, Option } from 'commander';

import { LeadsimError } from '../../errors.ts';
import { writeFileAtomically } from '../../exporters/files/atomic-file.ts';
import { NETWORK_FORMATS, exportNetwork, isNetworkFormat } from '../../exporters/networks/network.ts';
import { createNetworkTimeline } from '../../exporters/networks/network-timeline.ts';
import type { NetworkFormat } from '../../exporters/networks/network.ts';
import { RULE_SETS, resolveRules } from '../../leadership/index.ts';
import { createRun, replicateTrust } from '../../run/create-run.ts';
import { resolveScenarioFile } from '../../scenario/bundled.ts';
import { loadScenario, parseScenario } from '../../scenario/index.ts';
import { suggest } from '../../scenario/suggest.ts';
import { wholeNumber } from '../arguments.ts';

interface ExportNetworkOptions {
  arm?: string;
  replicate: number;
  week?: number;
  seed?: number;
  format?: NetworkFormat;
  dynamic?: boolean;
  out: string;
  force?: boolean;
}

export function exportNetworkCommand(): Command {
  return new Command('export-network')
    .description('Run one replicate of one arm up to a week and write the trust as a network file (GEXF, GraphML or graphology JSON).')
    .argument('<scenario>', 'scenario file, or the name of a bundled scenario (see `leadsim list`)')
    .option('--arm <name>', 'the arm to run (default: the scenario\'s first)')
    .option('--replicate <n>', 'the replicate to run', wholeNumber, 1)
    .option('--week <n>', 'the network at the end of this week, from 0 (default: the last week)', wholeNumber)
    .option('--seed <n>', 'override the scenario\'s seed', wholeNumber)
    .addOption(new Option('--format <format>', 'file format (default: from the --out extension)').choices(NETWORK_FORMATS))
    .option('--dynamic', 'GEXF only: the network week by week up to --week, for Gephi\'s timeline')
    .requiredOption('--out <file>', 'the file to write (.gexf, .graphml or .json)')
    .option('--force', 'replace --out if it exists')
    .action((scenario: string, options: ExportNetworkOptions) => {
      exportNetworkFile(scenario, options);
    });
}

function exportNetworkFile(name: string, options: ExportNetworkOptions): void {
  const format = formatFor(options.out, options.format);
  if (options.dynamic && format !== 'gexf') throw new LeadsimError(`--dynamic: only GEXF has a timeline; found --format ${format}.`);
  const file = resolveScenarioFile(name);
  const ruleSets = RULE_SETS;
  const loaded = loadScenario(file, { ruleSets });
  const scenario = options.seed === undefined ? loaded : parseScenario({ ...loaded, seed: options.seed }, `${file} with --seed ${options.seed}`, { ruleSets });
  const armName = options.arm ?? scenario.arms[0].name;
  const arm = scenario.arms.find((a) => a.name === armName);
  if (arm === undefined) {
    const names = scenario.arms.map((a) => a.name);
    const hint = suggest(armName, names);
    throw new LeadsimError(`--arm: ${file} has no arm "${armName}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; its arms are ${names.join(', ')}.`);
  }
  const lastWeek = scenario.weeks - 1;
  const week = options.week ?? lastWeek;
  if (week < 0 || week > lastWeek) throw new LeadsimError(`--week: expected a week from 0 to ${lastWeek} (the scenario runs ${scenario.weeks} weeks), found ${week}.`);
  if (options.replicate < 1) throw new LeadsimError(`--replicate: expected 1 or more, found ${options.replicate}.`);
  // Checked before the run: a network file may be anyone's, so it is replaced only when asked.
  const blocking = fileAbove(options.out);
  if (blocking !== null) throw new LeadsimError(`--out: ${blocking} is a file, not a folder, so ${options.out} cannot be written in it; give a file in a folder.`);
  const existing = statSync(options.out, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new LeadsimError(`--out: ${options.out} is a folder; give the file to write.`);
  if (existing && !options.force) throw new LeadsimError(`--out: ${options.out} already exists; give --force to replace it, or another file name.`);

  const run = createRun({ scenario, rules: resolveRules(arm, RULE_SETS), replicate: options.replicate, trust: replicateTrust(scenario, options.replicate), metrics: [] });
  process.stderr.write(`${scenario.name}, arm ${arm.name}, replicate ${options.replicate}: running weeks 0–${week}…\n`);
  const timeline = options.dynamic ? createNetworkTimeline(`${scenario.name}, arm ${arm.name}, replicate ${options.replicate}, seed ${scenario.seed}`) : null;
  while (run.weeksDone <= week) {
    run.step();
    timeline?.record(run.world);
  }
  const path = writeFileAtomically(options.out, timeline === null ? exportNetwork(run.world, { format }) : timeline.toGexf());
  const { order, size } = run.world.graph;
  const atWeek = `${order} people, ${size} ties`;
  const all = timeline?.counts();
  process.stdout.write(
    all === undefined
      ? `${path}: ${format}, ${atWeek} (week ${week})\n`
      : `${path}: dynamic ${format}, ${all.people} people and ${all.ties} ties over weeks 0–${week} (${atWeek} in week ${week})\n`,
  );
}

/** The format given, or named by the file's extension; a file named for one format never holds another. */
function formatFor(file: string, given: NetworkFormat | undefined): NetworkFormat {
  const extension = extname(file);
  const lower = extension.slice(1).toLowerCase();
  const named = isNetworkFormat(lower) ? lower : undefined;
  if (given !== undefined && named !== undefined && given !== named)
    throw new LeadsimError(`--format ${given}: --out "${file}" ends in ${extension}, a ${named} file; give --format ${named}, or an --out ending in .${given}.`);
  const format = given ?? named;
  if (format === undefined) throw new LeadsimError(`--format: "${file}" does not end in .gexf, .graphml or .json; give --format ${NETWORK_FORMATS.join('|')}.`);
  return format;
}

/** The first of the folders holding `path` that is a file (so nothing can be written below it), or null. */
function fileAbove(path: string): string | null {
  const folders: string[] = [];
  for (let folder = dirname(resolve(path)); !folders.includes(folder); folder = dirname(folder)) folders.unshift(folder);
  for (const folder of folders) {
    const found = statSync(folder, { throwIfNoEntry: false });
    if (found === undefined) return null;
    if (!found.isDirectory()) return folder;
  }
  return null;
}

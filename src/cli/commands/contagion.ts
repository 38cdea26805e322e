/**
 * `leadsim contagion`: how a change spreads through a staff network
 * ==================================================================
 *
 * The bare contagion engine, without the trust model: simple and complex
 * contagion (Centola & Macy 2007) on a clustered staff network and on the same
 * network with a share of its ties rewired at random, the question behind
 * "change spreads through informal networks". The workshop page is another
 * thing (`npm run demo`, src/demo/); `leadsim demo` says so (demo-moved.ts).
 */
import { join, resolve } from 'node:path';

import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';

import { absoluteThreshold, compileGraph, simulate } from '../../engine/index.ts';
import type { DiffusionResult } from '../../engine/index.ts';
import { wattsStrogatz } from '../../networks/index.ts';
import { stream } from '../../random/stream.ts';
import { MANIFEST_FILE } from '../../exporters/files/manifest.ts';
import { checkOutputFolder } from '../../exporters/files/output-folder.ts';
import { writeSmallResult } from '../../exporters/files/small-result.ts';
import { layout } from '../../exporters/tables/summary-table.ts';
import { LEADSIM_VERSION } from '../../run/run-scenario.ts';
import { evenWholeNumber, share, wholeNumber } from '../arguments.ts';

const STAFF = 2000;
/** The stream keeps the command's first name, so a seed draws the same rewired network as before the rename. */
const CONTAGION_STREAM = 'demo';

interface Arm {
  network: string;
  rule: string;
  result: DiffusionResult;
}

export function contagionCommand(): Command {
  return new Command('contagion')
    .description('Spread a change through a 2,000-person staff network: simple vs complex contagion, clustered vs rewired ties.')
    .option('--seed <n>', 'random seed', wholeNumber, 42)
    .option('--ties <k>', `ties per person (even, 2 to ${String(STAFF - 2)})`, evenWholeNumber(2, STAFF - 2), 8)
    .option('--rewiring <share>', 'share of ties rewired at random in the second network', share, 0.1)
    .option('--out <dir>', 'output folder', 'out/contagion')
    .option('--force', "write into a folder that is not a contagion demonstration's, replacing files leadsim did not write")
    .action((options: ContagionOptions) => runContagion(options));
}

interface ContagionOptions {
  seed: number;
  ties: number;
  rewiring: number;
  out: string;
  force?: boolean;
}

const ADOPTION_FILE = 'adoption.csv';

async function runContagion({ seed, ties, rewiring, out, force }: ContagionOptions): Promise<void> {
  const folder = checkOutputFolder(resolve(out), 'contagion', (path) => path === ADOPTION_FILE || path === MANIFEST_FILE, force);
  const networks = {
    clustered: wattsStrogatz({ order: STAFF, k: ties, rewiring: 0 }),
    rewired: wattsStrogatz({ order: STAFF, k: ties, rewiring, random: stream(seed, CONTAGION_STREAM, 'network') }),
  };
  // Four neighbouring people start: an improvement team on one ward.
  const team = ['0', '1', '2', '3'];
  const arms: Arm[] = [];
  for (const [network, graph] of Object.entries(networks)) {
    const compiled = compileGraph(graph);
    for (const contacts of [1, 2]) {
      const rule = contacts === 1 ? 'simple (1 colleague)' : 'complex (2 colleagues)';
      const result = simulate(compiled, absoluteThreshold({ threshold: contacts }), { initialAdopters: team, maxSteps: 2000 });
      arms.push({ network, rule, result });
    }
  }

  const rows = arms.flatMap(({ network, rule, result }) =>
    result.adopters.map((adopters, step) => [network, rule, step, adopters, adopters / STAFF]),
  );
  const adoption = stringify(rows, { header: true, columns: ['network', 'rule', 'step', 'adopters', 'share'] });
  await writeSmallResult(folder, 'contagion', [[ADOPTION_FILE, adoption]], { leadsimVersion: LEADSIM_VERSION, seed, staff: STAFF, ties, rewiring }, force);

  const lines = [
    `leadsim contagion: a change starts with a team of ${team.length} on one ward of a ${STAFF.toLocaleString('en-GB')}-person staff network`,
    `(each person tied to the ${ties} nearest colleagues; "rewired" moves ${Math.round(rewiring * 100)}% of ties to random people).`,
    `A person takes the change up once 1 colleague has (simple) or 2 colleagues have (complex).`,
    '',
    layout(['network', 'adoption rule', 'final uptake', 'steps to 50%', 'steps to 90%'], arms.map(row)),
    '',
    'A step is one round in which everyone looks at their colleagues. What rewiring did:',
    ...[1, 2].map((c) => effectOfRewiring(arms[c - 1], arms[c + 1])),
    'Centola & Macy (2007): long random ties speed simple contagion but can starve complex',
    'contagion of the reinforcement it needs; try --rewiring 0.5 or --ties 4.',
    `Adoption curves: ${join(folder.dir, ADOPTION_FILE)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function effectOfRewiring(clustered: Arm, rewired: Arm): string {
  const uptake = (arm: Arm) => `${((100 * arm.result.finalSize) / STAFF).toFixed(1)}%`;
  return `- ${clustered.rule}: final uptake ${uptake(clustered)} → ${uptake(rewired)}, steps to 50% ${stepsTo(clustered, 0.5)} → ${stepsTo(rewired, 0.5)}.`;
}

function stepsTo(arm: Arm, share: number): string {
  const step = arm.result.adopters.findIndex((a) => a >= share * STAFF);
  return step < 0 ? 'never' : String(step);
}

function row({ network, rule, result }: Arm): string[] {
  const arm = { network, rule, result };
  return [network, rule, `${((100 * result.finalSize) / STAFF).toFixed(1)}%`, stepsTo(arm, 0.5), stepsTo(arm, 0.9)];
}

/**
 * `leadsim list`: the bundled scenarios
 * =====================================
 */
import { Command } from 'commander';

import { listBundledScenarios } from '../../scenario/index.ts';
import { terminalSafe } from '../terminal.ts';

export function listCommand(): Command {
  return new Command('list').description('List the bundled scenarios: name and what each compares.').action(() => {
    const scenarios = listBundledScenarios();
    const width = Math.max(0, ...scenarios.map(({ name }) => name.length));
    process.stdout.write(terminalSafe(scenarios.map(({ name, description }) => `${name.padEnd(width)}  ${description}\n`).join('')));
  });
}

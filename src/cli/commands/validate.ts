/**
 * `leadsim validate FILE`: check a scenario file
 * ==============================================
 *
 * FILE is a scenario file or, as for `leadsim run`, a bundled scenario's name.
 * Prints a one-line summary of a valid scenario (with the trust's headcount
 * and the run's estimated memory), or every issue (with line and column,
 * including the size limits: trust-size.ts) and exits with status 1. Arms are checked against the bundled
 * rule sets and those of any --rule-set-module. `--print` shows the scenario as the simulation will see it,
 * every default filled in.
 */
import { Command } from 'commander';

import { registryWithModules } from '../../leadership/rule-set-module.ts';
import { resolveScenarioFile } from '../../scenario/bundled.ts';
import { toYaml } from '../../scenario/to-yaml.ts';
import { ruleSetModuleOption } from '../rule-set-option.ts';
import type { RuleSetModuleOptions } from '../rule-set-option.ts';
import { terminalSafe } from '../terminal.ts';
import { departmentNames, loadScenario } from '../../scenario/index.ts';
import { scenarioTrusts } from '../../scenario/region-trusts.ts';
import { describeSize, scenarioSize } from '../../scenario/trust-size.ts';
import type { Scenario } from '../../scenario/index.ts';

export function validateCommand(): Command {
  return new Command('validate')
    .description('Check a scenario file (.yaml, .yml or .json) and report every issue with its line and column.')
    .argument('<file>', 'the scenario file, or the name of a bundled scenario (see `leadsim list`)')
    .option('--print', 'print the scenario with every default filled in, as YAML')
    .addOption(ruleSetModuleOption())
    .action(async (file: string, options: { print?: boolean } & RuleSetModuleOptions) => {
      // Checking arms against the rule sets a run would use catches a misspelt rule set or a parameter out of range here, not mid-run.
      const ruleSets = await registryWithModules(options.ruleSetModule ?? []);
      const scenario = loadScenario(resolveScenarioFile(file), { ruleSets });
      const summary = `${file}: valid (${summarise(scenario)})`;
      process.stdout.write(terminalSafe(options.print ? `# ${summary}\n${toYaml(scenario)}` : `${summary}\n`));
    });
}

function summarise(scenario: Scenario): string {
  const { arms, initiatives, events, trust, weeks, replicates } = scenario;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const size = scenarioSize(scenario);
  return [
    count(arms.length, 'arm'),
    count(initiatives.length, 'initiative'),
    count(events.length, 'event'),
    // A region's trusts and all their departments.
    ...(scenario.region === undefined ? [count(departmentNames(trust.departments).length, 'department')] : [count(scenarioTrusts(scenario).length, 'trust'), count(size.departments, 'department')]),
    `${count(weeks, 'week')} × ${count(replicates, 'replicate')}`,
  ].join(', ') + `; ${describeSize(size)}`;
}

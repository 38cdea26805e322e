/**
 * `--rule-set-module FILE`: rule sets from the user's own modules
 * ===============================================================
 *
 * Repeatable. Each file's rule sets join the bundled ones for this command:
 * arms may name them, and validation checks their parameters and ranges.
 * Loading is src/leadership/rule-set-module.ts.
 */
import { Option } from 'commander';

export function ruleSetModuleOption(): Option {
  return new Option('--rule-set-module <file>', 'a module whose default export is a rule set (or a list of them) arms may name; repeatable')
    .argParser((file: string, earlier: string[] | undefined) => [...(earlier ?? []), file]);
}

/** The files given with --rule-set-module, in order. */
export interface RuleSetModuleOptions {
  ruleSetModule?: string[];
}

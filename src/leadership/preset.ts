/**
 * Presets
 * =======
 *
 * A preset is an existing rule set under a new name with other defaults:
 * `heroic` and `collective` are points on the hybrid continuum.
 */
import { defineRuleSet, mapParameters } from './rule-set.ts';
import type { ParameterValues, RuleSet } from './rule-set.ts';

export function preset<N extends string>(base: RuleSet<N>, name: string, description: string, defaults: ParameterValues<N>): RuleSet<N> {
  const parameters = mapParameters(base.parameters, (info, parameter) => ({ ...info, default: defaults[parameter] }));
  return defineRuleSet({ name, description, parameters, create: (agents, values, model) => base.create(agents, values, model) });
}

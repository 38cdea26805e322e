/**
 * Resolve an arm's rules
 * ======================
 *
 * Looks the arm's rule set up in the registry, checks its parameter overrides
 * (names, with "did you mean"; ranges) and fills in the defaults.
 */
import { InvalidOptionError } from '../errors.ts';
import { checkParameters } from '../scenario/rule-sets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { suggest } from '../scenario/suggest.ts';
import type { AgentTable } from '../model/agents.ts';
import type { ModelParameters } from '../model/constants.ts';
import type { Leadership, ParameterInfo, RuleParameters, RuleSet, RuleSetRegistry } from './rule-set.ts';
import { defaultParameters } from './rule-set.ts';

export interface ResolvedRules {
  readonly ruleSet: RuleSet<RuleParameters>;
  readonly parameters: RuleParameters;
  create(agents: AgentTable, model: ModelParameters): Leadership;
}

export function resolveRules(arm: Scenario['arms'][number], registry: RuleSetRegistry): ResolvedRules {
  const where = `arm "${arm.name}"`;
  const ruleSet = registry[arm.rules] as RuleSet<RuleParameters> | undefined;
  if (ruleSet === undefined) {
    const hint = suggest(arm.rules, Object.keys(registry));
    throw new InvalidOptionError(where, 'rules', `a rule set (${Object.keys(registry).join(', ')})${hint ? `; did you mean "${hint}"?` : ''}`, arm.rules);
  }
  const defaults = defaultParameters(ruleSet);
  checkParameters(`${where}: parameters`, arm.parameters, defaults);
  const parameters = { ...defaults, ...arm.parameters };
  for (const [name, value] of Object.entries(parameters)) {
    const { min, max } = ruleSet.parameters[name] as ParameterInfo;
    if (!(value >= min && value <= max)) throw new InvalidOptionError(where, `parameters.${name}`, `a number in [${min}, ${max}]`, value);
  }
  return { ruleSet, parameters, create: (agents, model) => ruleSet.create(agents, parameters, model) };
}

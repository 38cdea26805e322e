/**
 * Resolve an arm's rules
 * ======================
 *
 * Looks the arm's rule set up in the registry, checks its parameter overrides
 * as `leadsim validate` does (names, with "did you mean"; values in range) and
 * fills in the defaults.
 */
import { InvalidOptionError } from '../errors.ts';
import type { AgentTable } from '../model/agents.ts';
import { checkParameters } from '../scenario/rule-sets.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { suggest } from '../scenario/suggest.ts';
import { findRuleSet } from './registry.ts';
import type { RuleSetRegistry } from './registry.ts';
import { defaultParameters } from './rule-set.ts';
import type { Leadership, ParameterValues, RuleSet } from './rule-set.ts';

export interface ResolvedRules {
  readonly ruleSet: RuleSet;
  readonly parameters: ParameterValues<string>;
  create(agents: AgentTable, model: ModelParameters): Leadership;
}

export function resolveRules(arm: Scenario['arms'][number], registry: RuleSetRegistry): ResolvedRules {
  const where = `arm "${arm.name}"`;
  const ruleSet = findRuleSet(registry, arm.rules);
  if (ruleSet === undefined) {
    const names = Object.keys(registry);
    const hint = suggest(arm.rules, names);
    throw new InvalidOptionError(where, 'rules', `a rule set (${names.join(', ')})${hint ? `; did you mean "${hint}"?` : ''}`, arm.rules);
  }
  checkParameters(`${where} (rule set "${ruleSet.name}"): parameters`, arm.parameters, ruleSet);
  const parameters = { ...defaultParameters(ruleSet), ...arm.parameters };
  return { ruleSet, parameters, create: (agents, model) => ruleSet.create(agents, parameters, model) };
}

/**
 * Leadership rule sets
 * ====================
 *
 * The bundled registry. A scenario's arm names a rule set here (or one the
 * caller registers from code) and may override its parameters.
 */
import { collective } from './collective.ts';
import { heroic } from './heroic.ts';
import { hybrid } from './hybrid.ts';
import type { ParameterRange } from '../scenario/rule-sets.ts';
import type { RuleParameters, RuleSet, RuleSetRegistry } from './rule-set.ts';

export const RULE_SETS = { heroic, collective, hybrid } satisfies Record<string, RuleSet<RuleParameters>>;

export { collective, heroic, hybrid };
import { defaultParameters } from './rule-set.ts';

export { defaultParameters };
export type { Leadership, ParameterInfo, RuleParameters, RuleSet, RuleSetRegistry } from './rule-set.ts';
export type { HybridParameters } from './hybrid.ts';
export { resolveRules } from './resolve.ts';
export type { ResolvedRules } from './resolve.ts';

/** Each rule set's parameters with their defaults (checks parameter names only). */
export function ruleSetDefaults(registry: RuleSetRegistry = RULE_SETS): Record<string, RuleParameters> {
  return Object.fromEntries(Object.entries(registry).map(([name, ruleSet]) => [name, defaultParameters(ruleSet)]));
}

/**
 * Each rule set's parameters with their ranges, for checking scenarios before
 * a run: names and values, so whatever `leadsim validate` accepts, the runner does.
 */
export function ruleSetParameters(registry: RuleSetRegistry = RULE_SETS): Record<string, Record<string, ParameterRange>> {
  return Object.fromEntries(
    Object.entries(registry).map(([name, ruleSet]) => [
      name,
      Object.fromEntries(Object.entries(ruleSet.parameters).map(([parameter, { min, max }]) => [parameter, { min, max }])),
    ]),
  );
}

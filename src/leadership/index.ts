/**
 * Leadership rule sets
 * ====================
 *
 * The bundled registry. A scenario's arm names a rule set here (or one added
 * with --rule-set-module, or from code) and may override its parameters. A new
 * bundled rule set is one file in this folder and one entry in the list below.
 */
import { collective } from './collective.ts';
import { heroic } from './heroic.ts';
import { hybrid } from './hybrid.ts';
import { ruleSetRegistry } from './registry.ts';
import type { RuleSetRegistry } from './registry.ts';

export const RULE_SETS: RuleSetRegistry = ruleSetRegistry([heroic, collective, hybrid], 'bundled rule sets');

export { collective, heroic, hybrid };
export { defaultParameters, defineRuleSet, RuleSetDefinitionError } from './rule-set.ts';
export type { Leadership, ParameterInfo, ParameterNames, ParameterValues, RuleSet } from './rule-set.ts';
export type { ReadonlyNumbers, RuleAgents } from './rule-agents.ts';
export { findRuleSet, ruleSetRegistry, RuleSetNameError, withRuleSets } from './registry.ts';
export type { RuleSetRegistry };
export type { HybridParameters } from './hybrid.ts';
export { resolveRules } from './resolve.ts';
export type { ResolvedRules } from './resolve.ts';

/**
 * Rule-set registries
 * ===================
 *
 * A registry maps the names arms give rule sets (`rules:`) to the rule sets,
 * each under its own `name`. It is what `leadsim validate` checks arms
 * against (names, parameter names and ranges, with the file's lines) and what
 * runs resolve arms from, so whatever one accepts the other does.
 */
import { LeadsimError } from '../errors.ts';
import type { RuleSet } from './rule-set.ts';

/** Rule sets by their names. */
export type RuleSetRegistry = Readonly<Record<string, RuleSet>>;

/** A registry of `ruleSets`, keyed by their names; two with one name are an error. */
export function ruleSetRegistry(ruleSets: readonly RuleSet[], source = 'rule sets'): RuleSetRegistry {
  const registry: Record<string, RuleSet> = {};
  for (const ruleSet of ruleSets) {
    const earlier = findRuleSet(registry, ruleSet.name);
    if (earlier !== undefined && earlier !== ruleSet)
      throw new RuleSetNameError(`${source}: expected rule sets with names of their own, found two named ${JSON.stringify(ruleSet.name)}`);
    registry[ruleSet.name] = ruleSet;
  }
  return Object.freeze(registry);
}

/**
 * `base` with the rule sets of `extra` added (a registry or a list). Each keeps
 * its own name: a registry key naming another rule set, or a name `base` already
 * gives another rule set, is an error rather than a silent replacement.
 */
export function withRuleSets(base: RuleSetRegistry, extra: RuleSetRegistry | readonly RuleSet[], source = 'ruleSets'): RuleSetRegistry {
  const added = isList(extra) ? extra : Object.entries(extra).map(([key, ruleSet]) => {
    if (key !== ruleSet.name)
      throw new RuleSetNameError(`${source}: key ${JSON.stringify(key)}: expected the rule set's own name, found a rule set named ${JSON.stringify(ruleSet.name)}`);
    return ruleSet;
  });
  return ruleSetRegistry([...Object.values(base), ...added], source);
}

/** The rule set named `name`, if the registry has one of its own (never an Object.prototype member). */
export function findRuleSet(registry: RuleSetRegistry, name: string): RuleSet | undefined {
  return Object.hasOwn(registry, name) ? registry[name] : undefined;
}

function isList(extra: RuleSetRegistry | readonly RuleSet[]): extra is readonly RuleSet[] {
  return Array.isArray(extra);
}

/** Rule sets whose names clash, or a registry key that is not its rule set's name. */
export class RuleSetNameError extends LeadsimError {
  override name = 'RuleSetNameError';
}

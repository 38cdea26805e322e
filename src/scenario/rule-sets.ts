/**
 * Rule-set names and parameters
 * =============================
 *
 * Rule sets are pluggable, so the schema cannot know their names or their
 * parameters. These checks take them from the caller: the loader, when given
 * the registry, and the runner, through `checkParameters`.
 */
import { describe } from '../errors.ts';
import { ScenarioError } from './errors.ts';
import { placeProblem } from './issues.ts';
import type { Problem } from './issues.ts';
import type { Scenario } from './schema.ts';
import { suggest } from './suggest.ts';

/** Each known rule set's parameters with their default values. */
export type RuleSetParameters = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * Throws a ScenarioError listing every parameter in `given` that `known`
 * lacks (with "did you mean") or whose value is not a finite number.
 */
export function checkParameters(where: string, given: Readonly<Record<string, unknown>>, known: Readonly<Record<string, number>>): void {
  const problems = parameterProblems(given, known);
  if (problems.length > 0) throw new ScenarioError(problems.map((problem) => placeProblem(problem, where)));
}

/** Arms whose rule set is unknown, or whose parameters that rule set does not take. */
export function ruleSetProblems(arms: Scenario['arms'], ruleSets: RuleSetParameters): Problem[] {
  const names = Object.keys(ruleSets);
  return arms.flatMap(({ rules, parameters }, i) => {
    if (!Object.hasOwn(ruleSets, rules))
      return [{ path: ['arms', i, 'rules'], expected: `a rule set (${names.join(', ')})`, found: JSON.stringify(rules), suggestion: suggest(rules, names) }];
    return parameterProblems(parameters, ruleSets[rules]).map((p) => ({ ...p, path: ['arms', i, 'parameters', ...p.path] }));
  });
}

function parameterProblems(given: Readonly<Record<string, unknown>>, known: Readonly<Record<string, number>>): Problem[] {
  const names = Object.keys(known);
  return Object.entries(given).flatMap(([name, value]): Problem[] => {
    if (!Object.hasOwn(known, name))
      return [{ path: [name], expected: `a parameter of the rule set (${names.join(', ') || 'it takes none'})`, found: `unknown parameter ${JSON.stringify(name)}`, suggestion: suggest(name, names) }];
    if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path: [name], expected: 'a finite number', found: describe(value) }];
    return [];
  });
}

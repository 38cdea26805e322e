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

/** A parameter's allowed values, [min, max]. */
export interface ParameterRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Each known rule set's parameters: by default value (only the names are
 * checked) or with their range (values are checked too, as the runner will).
 */
export type RuleSetParameters = Readonly<Record<string, Readonly<Record<string, number | ParameterRange>>>>;

/**
 * Throws a ScenarioError listing every parameter in `given` that `known`
 * lacks (with "did you mean"), whose value is not a finite number, or is
 * outside its range (when `known` gives it).
 */
export function checkParameters(where: string, given: Readonly<Record<string, unknown>>, known: Readonly<Record<string, number | ParameterRange>>): void {
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

function parameterProblems(given: Readonly<Record<string, unknown>>, known: Readonly<Record<string, number | ParameterRange>>): Problem[] {
  const names = Object.keys(known);
  return Object.entries(given).flatMap(([name, value]): Problem[] => {
    if (!Object.hasOwn(known, name))
      return [{ path: [name], expected: `a parameter of the rule set (${names.join(', ') || 'it takes none'})`, found: `unknown parameter ${JSON.stringify(name)}`, suggestion: suggest(name, names) }];
    if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path: [name], expected: 'a finite number', found: describe(value) }];
    const range = known[name];
    if (typeof range === 'object' && !(value >= range.min && value <= range.max))
      return [{ path: [name], expected: `a number in [${range.min}, ${range.max}]`, found: describe(value) }];
    return [];
  });
}

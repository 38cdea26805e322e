/**
 * Rule-set names and parameters
 * =============================
 *
 * Rule sets are pluggable, so the schema cannot know their names or their
 * parameters. These checks take them from the caller, the registry the run
 * will use (src/leadership/registry.ts): the loader checks arms against it
 * with the file's lines, and the runner checks an arm with `checkParameters`,
 * the same rules.
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

/** What the checks read of a rule set: its parameters' ranges. */
export interface RuleSetRanges {
  readonly parameters: Readonly<Record<string, ParameterRange>>;
}

/** The rule sets arms may name, by name (a rule-set registry is one). */
export type RuleSetParameters = Readonly<Record<string, RuleSetRanges>>;

/**
 * Throws a ScenarioError listing every parameter in `given` that the rule
 * set lacks (with "did you mean"), whose value is not a finite number, or is
 * outside its range.
 */
export function checkParameters(where: string, given: Readonly<Record<string, unknown>>, ruleSet: RuleSetRanges): void {
  const problems = parameterProblems(given, ruleSet.parameters);
  if (problems.length > 0) throw new ScenarioError(problems.map((problem) => placeProblem(problem, where)));
}

/** Arms whose rule set is unknown, or whose parameters that rule set does not take or takes in another range. */
export function ruleSetProblems(arms: Scenario['arms'], ruleSets: RuleSetParameters): Problem[] {
  const names = Object.keys(ruleSets);
  return arms.flatMap(({ rules, parameters }, i) => {
    if (!Object.hasOwn(ruleSets, rules))
      return [{ path: ['arms', i, 'rules'], expected: `a rule set (${names.join(', ')})`, found: JSON.stringify(rules), suggestion: suggest(rules, names) }];
    return parameterProblems(parameters, ruleSets[rules].parameters).map((p) => ({ ...p, path: ['arms', i, 'parameters', ...p.path] }));
  });
}

function parameterProblems(given: Readonly<Record<string, unknown>>, known: Readonly<Record<string, ParameterRange>>): Problem[] {
  const names = Object.keys(known);
  return Object.entries(given).flatMap(([name, value]): Problem[] => {
    if (!Object.hasOwn(known, name))
      return [{ path: [name], expected: `a parameter of the rule set (${names.join(', ') || 'it takes none'})`, found: `unknown parameter ${JSON.stringify(name)}`, suggestion: suggest(name, names) }];
    if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path: [name], expected: 'a finite number', found: describe(value) }];
    const { min, max } = known[name];
    if (!(value >= min && value <= max)) return [{ path: [name], expected: `a number in [${String(min)}, ${String(max)}]`, found: describe(value) }];
    return [];
  });
}

/**
 * Parsing scenarios
 * =================
 *
 *   data ──schema──▶ Scenario (defaults filled), or one ScenarioError
 *
 * The part of loading that needs no file system: validating data already
 * read (by load.ts from a file, or built in code, or in the browser demo).
 * Every issue carries the field's path and, when `locate` knows the file,
 * its line and column.
 */
import { z } from 'zod';

import { ScenarioError } from './errors.ts';
import type { ScenarioIssue } from './errors.ts';
import { pathKey, placeProblem, problemsOf } from './issues.ts';
import type { Path, Problem } from './issues.ts';
import { ruleSetProblems } from './rule-sets.ts';
import type { RuleSetParameters } from './rule-sets.ts';
import { scenarioSchema } from './checked-schema.ts';
import type { Scenario } from './schema.ts';

export interface ScenarioOptions {
  /** The rule sets arms may name, with their parameters; when given, arms are checked against them. */
  ruleSets?: RuleSetParameters;
}

/** Where the node at a path starts in the file being parsed, when known. */
export type Locate = (path: Path) => { line: number; column: number } | undefined;

/** Validates a scenario built in code, exactly as a file would be. */
export function parseScenario(input: unknown, source = '<object>', options: ScenarioOptions = {}): Scenario {
  return validate(input, source, options);
}

/**
 * Parses `input` with any zod schema, turning every failure into one
 * ScenarioError with paths, positions and "did you mean" (sweep files use it too).
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, file: string, locate?: Locate): z.output<S> {
  const allowedKeys = new Map<string, string[]>();
  const result = schema.safeParse(input, {
    reportInput: true,
    // Called while zod still knows which object raised the issue: note the keys it allows.
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') allowedKeys.set(pathKey(issue.path ?? []), issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : []);
      return undefined;
    },
  });
  if (!result.success) fail(result.error.issues.flatMap((issue) => problemsOf(issue, allowedKeys)), file, locate);
  return result.data;
}

function fail(problems: Problem[], file: string, locate?: Locate): never {
  const issues = problems.map((p): ScenarioIssue => placeProblem(p, file, locate?.(p.path)));
  // In file order, as a reader fixes them.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  throw new ScenarioError(issues);
}

/** The scenario schema, then (when rule sets are given) each arm's rule set and parameters. */
export function validate(input: unknown, file: string, options: ScenarioOptions, locate?: Locate): Scenario {
  const scenario = parseWith(scenarioSchema, input, file, locate);
  const problems = options.ruleSets ? ruleSetProblems(scenario.arms, options.ruleSets) : [];
  if (problems.length > 0) fail(problems, file, locate);
  return scenario;
}

/**
 * From validation failures to scenario issues
 * ===========================================
 *
 * zod reports issues in its own terms (codes, bounds, key lists). Here each
 * becomes a Problem: the field's path, what was expected, what was found and
 * a likely intended name; `placeProblem` then adds the file and position.
 */
import type { z } from 'zod';

import { describe } from '../errors.ts';
import type { ScenarioIssue } from './errors.ts';
import { suggest } from './suggest.ts';

export type Path = readonly PropertyKey[];

export interface Problem {
  path: Path;
  expected: string;
  found: string;
  suggestion?: string;
}

/** zod issues do not keep the schema that raised them, so the parse records each object's keys (by path) as it goes. */
export type AllowedKeys = ReadonlyMap<string, readonly string[]>;

export const pathKey = (path: Path): string => JSON.stringify(path.map(String));

const TYPES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  tuple: 'a [min, max] pair',
};

export function problemsOf(issue: z.core.$ZodIssue, allowedKeys: AllowedKeys): Problem[] {
  const { path, input } = issue;
  const problem = (expected: string, candidates: readonly string[] = [], found: unknown = input): Problem[] => [
    { path, expected, found: show(found), suggestion: suggest(found, candidates) },
  ];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = allowedKeys.get(pathKey(path)) ?? [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        expected: `one of the keys ${keys.join(', ')}`,
        found: `unknown key ${JSON.stringify(key)}`,
        suggestion: suggest(key, keys),
      }));
    }
    case 'invalid_type':
      return problem(TYPES[issue.expected] ?? `a ${issue.expected}`);
    case 'invalid_value':
      return problem(oneOf(issue.values), issue.values.map(String));
    case 'invalid_union': {
      // A discriminated union reports at the discriminator's path, with the whole object as input.
      if (!issue.discriminator || !('options' in issue) || !issue.options) return unionProblems(issue, allowedKeys, problem);
      const found: unknown = typeof input === 'object' && input !== null ? Reflect.get(input, issue.discriminator) : undefined;
      return problem(oneOf(issue.options), issue.options.map(String), found);
    }
    case 'too_small':
      return problem(bound(issue.origin, issue.inclusive ? '≥' : '>', issue.minimum, 'at least'));
    case 'too_big':
      return problem(bound(issue.origin, issue.inclusive ? '≤' : '<', issue.maximum, 'at most'));
    case 'not_multiple_of':
      return problem(`a multiple of ${issue.divisor}`);
    case 'custom': {
      // A check may describe what it found in words (params.found) rather than by the value.
      const found: unknown = issue.params?.found;
      if (typeof found === 'string') return [{ path, expected: issue.message, found }];
      const candidates: unknown = issue.params?.candidates;
      return problem(issue.message, Array.isArray(candidates) ? candidates.filter((c) => typeof c === 'string') : []);
    }
    default:
      // invalid_format carries the schema's own wording ("a slug: …").
      return problem(issue.message);
  }
}

/**
 * A plain union (a list or a count): when the value has the type of one
 * option, that option's problems (the list's item at fault); when of none,
 * what each option expected.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, allowedKeys: AllowedKeys, problem: (expected: string) => Problem[]): Problem[] {
  const wrongType = (issues: readonly z.core.$ZodIssue[]) => issues.length === 1 && issues[0].code === 'invalid_type' && issues[0].path.length === 0;
  const matching = issue.errors.filter((issues) => !wrongType(issues));
  if (matching.length === 1) {
    // Keys an option allows were noted at the path inside the option.
    const keys = new Map(allowedKeys);
    for (const inner of matching[0]) {
      const allowed = allowedKeys.get(pathKey(inner.path));
      if (inner.code === 'unrecognized_keys' && allowed !== undefined) keys.set(pathKey([...issue.path, ...inner.path]), allowed);
    }
    return matching[0].flatMap((inner) => problemsOf({ ...inner, path: [...issue.path, ...inner.path] }, keys));
  }
  const expected = issue.errors.flatMap((issues) => issues.filter((inner) => inner.code === 'invalid_type').map((inner) => TYPES[inner.expected] ?? `a ${inner.expected}`));
  return problem(expected.length === issue.errors.length ? expected.join(' or ') : issue.message);
}

export function placeProblem({ path, ...rest }: Problem, file: string, position?: { line: number; column: number }): ScenarioIssue {
  return { file, path: formatPath(path), ...position, ...rest };
}

/** `arms[1].rules`, `trust.staffing.fy1`; keys that are not identifiers are quoted: `parameters["a b"]`. */
function formatPath(path: Path): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function oneOf(values: readonly unknown[]): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

function bound(origin: string, relation: string, limit: unknown, count: string): string {
  if (origin === 'array') return `${count} ${String(limit)} item${limit === 1 ? '' : 's'}`;
  if (origin === 'string') return `${count} ${String(limit)} character${limit === 1 ? '' : 's'}`;
  return `a number ${relation} ${String(limit)}`;
}

/** Like `describe`, but shows short lists of plain values ([5, 3]) and calls a missing value "nothing". */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value) && value.length <= 4 && value.every((v) => v === null || typeof v !== 'object'))
    return `[${value.map(describe).join(', ')}]`;
  return describe(value);
}

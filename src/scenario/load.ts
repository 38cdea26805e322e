/**
 * Loading scenarios
 * =================
 *
 *   file ──read──▶ text ──YAML──▶ data ──schema──▶ Scenario (defaults filled)
 *                                    │
 *             objects built in code ─┘ (parseScenario)
 *
 * Any failure raises one ScenarioError listing every issue, each with the
 * field's path and, from a file, the line and column of the offending node.
 * JSON is YAML 1.2, so one parser reads both kinds of file.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

import { LineCounter, isCollection, isMap, isNode, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';

import { ScenarioError } from './errors.ts';
import type { ScenarioIssue } from './errors.ts';
import { pathKey, placeProblem, problemsOf } from './issues.ts';
import type { Path, Problem } from './issues.ts';
import { ruleSetProblems } from './rule-sets.ts';
import type { RuleSetParameters } from './rule-sets.ts';
import { scenarioSchema } from './schema.ts';
import type { Scenario } from './schema.ts';

export interface ScenarioOptions {
  /** The rule sets arms may name, with their parameters; when given, arms are checked against them. */
  ruleSets?: RuleSetParameters;
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

type Position = { line: number; column: number };

export function loadScenario(file: string, options: ScenarioOptions = {}): Scenario {
  const { data, locate } = readDocument(file);
  return validate(data, file, options, locate);
}

/** Validates a scenario built in code, exactly as a file would be. */
export function parseScenario(input: unknown, source = '<object>', options: ScenarioOptions = {}): Scenario {
  return validate(input, source, options);
}

export type Locate = (path: Path) => Position | undefined;

/** Reads a YAML or JSON file: its data, and where each path's node starts (for error messages). */
export function readDocument(file: string): { data: unknown; locate: Locate } {
  const text = readScenarioText(file);
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0)
    throw new ScenarioError(
      doc.errors.map((e) => ({ file, path: '', ...at(e.pos[0]), expected: 'valid YAML', found: `a syntax error (${e.message})` })),
    );
  const locate: Locate = (path) => {
    const offset = nodeOffset(doc, path);
    return offset === undefined ? undefined : at(offset);
  };
  return { data: doc.toJS(), locate };
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
      if (issue.code === 'unrecognized_keys') allowedKeys.set(pathKey(issue.path ?? []), Object.keys((issue.inst as z.ZodObject).shape));
      return undefined;
    },
  });
  if (!result.success) fail(result.error.issues.flatMap((issue) => problemsOf(issue, allowedKeys)), file, locate);
  return result.data as z.output<S>;
}

function fail(problems: Problem[], file: string, locate?: Locate): never {
  const issues = problems.map((p): ScenarioIssue => placeProblem(p, file, locate?.(p.path)));
  // In file order, as a reader fixes them.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  throw new ScenarioError(issues);
}

function readScenarioText(file: string): string {
  const fileError = (expected: string, found: string) => new ScenarioError([{ file, path: '', expected, found }]);
  const extension = extname(file).toLowerCase();
  if (!EXTENSIONS.includes(extension)) throw fileError('a .yaml, .yml or .json file', extension ? `a ${extension} file` : 'no extension');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw fileError('a readable scenario file', code === 'ENOENT' ? 'no such file' : message);
  }
}

function validate(input: unknown, file: string, options: ScenarioOptions, locate?: Locate): Scenario {
  const scenario = parseWith(scenarioSchema, input, file, locate);
  const problems = options.ruleSets ? ruleSetProblems(scenario.arms, options.ruleSets) : [];
  if (problems.length > 0) fail(problems, file, locate);
  return scenario;
}

/** Start of the node at `path`, or of its nearest ancestor in the file (a missing key points at its parent). */
function nodeOffset(doc: Document, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    // A block mapping or list starts on the line below its key: point at the key.
    const parent = depth > 0 && isCollection(node) && !node.flow ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
    const key = isMap(parent) ? parent.items.find((pair) => pair.value === node)?.key : undefined;
    return isNode(key) && key.range ? key.range[0] : node.range[0];
  }
  return undefined;
}

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
 * JSON is YAML 1.2, so one parser reads both kinds of file and locates
 * fields in both; a .json file must also be strict JSON (no trailing commas,
 * comments or single quotes), checked first. YAML's resource traps are
 * errors, not crashes: aliases expanding past MAX_ALIASES, and nesting deeper
 * than MAX_DEPTH. The file itself is checked first (read-text.ts).
 */
import { extname } from 'node:path';

import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { LineCounter, isCollection, isMap, isNode, parseDocument } from 'yaml';
import type { Document } from 'yaml';

import { ScenarioError } from './errors.ts';
import type { ScenarioIssue } from './errors.ts';
import type { Path } from './issues.ts';
import { validate } from './parse.ts';
import type { Locate, ScenarioOptions } from './parse.ts';
import { readScenarioText } from './read-text.ts';
import type { Scenario } from './schema.ts';

// Parsing without a file lives in parse.ts (no node: imports, so the browser demo can use it).
export { parseScenario, parseWith } from './parse.ts';
export type { Locate, ScenarioOptions } from './parse.ts';

/** Alias expansions allowed while building the data (YAML's own default): more is an alias bomb. */
export const MAX_ALIASES = 100;
/** Levels of nesting allowed; a scenario needs five. */
export const MAX_DEPTH = 64;
/** Syntax errors listed before the rest are counted: a file that is not YAML at all has hundreds. */
const MAX_SYNTAX_ISSUES = 10;

interface Position {
  line: number;
  column: number;
}

export function loadScenario(file: string, options: ScenarioOptions = {}): Scenario {
  const { data, locate } = readDocument(file);
  return validate(data, file, options, locate);
}

/** Reads a YAML or JSON file: its data, and where each path's node starts (for error messages). */
export function readDocument(file: string): { data: unknown; locate: Locate } {
  const text = readScenarioText(file);
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const fail = (issues: readonly Omit<ScenarioIssue, 'file'>[]): never => {
    const shown = issues.slice(0, MAX_SYNTAX_ISSUES).map((issue) => ({ file, ...issue }));
    const more = issues.length - shown.length;
    if (more > 0) shown.push({ file, path: '', expected: 'a file without them', found: `${more} more syntax errors` });
    throw new ScenarioError(shown);
  };
  const json = extname(file).toLowerCase() === '.json';
  let doc: Document;
  let data: unknown;
  // Refused before the reader recurses into it: tens of thousands of brackets take it seconds to overflow.
  const brackets = deepFlow(text);
  if (brackets !== null) fail([{ path: '', ...at(brackets), expected: `at most ${MAX_DEPTH} levels of nesting`, found: 'brackets nested deeper' }]);
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const jsonErrors = json ? strictJsonErrors(text) : [];
    if (jsonErrors.length > 0) fail(jsonErrors.map((e) => ({ path: '', ...at(e.offset), expected: 'strict JSON', found: jsonProblem(e) })));
    // The YAML reader reports running out of stack as a syntax error.
    if (doc.errors.some((e) => e.message.includes('call stack'))) throw new RangeError('nesting');
    if (doc.errors.length > 0)
      fail(doc.errors.map((e) => ({ path: '', ...at(e.pos[0]), expected: json ? 'valid JSON' : 'valid YAML', found: `a syntax error (${e.message})` })));
    // JSON.parse keeps a "__proto__" key as a plain key, as the YAML reader does.
    data = json ? JSON.parse(text) : doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    // yaml throws a ReferenceError for an alias bomb, and the stack runs out on very deep nesting.
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      fail([{ path: '', expected: `YAML whose aliases expand at most ${MAX_ALIASES} times`, found: 'more (an alias bomb?)' }]);
    if (error instanceof RangeError) fail([{ path: '', expected: `at most ${MAX_DEPTH} levels of nesting`, found: 'nesting too deep to read' }]);
    throw error;
  }
  if (data === null || data === undefined) fail([{ path: '', expected: 'a mapping of keys to values', found: 'no content (only comments, or an empty document)' }]);
  const deep = deepestPath(data);
  if (deep !== null) fail([{ path: deep, ...at(0), expected: `at most ${MAX_DEPTH} levels of nesting`, found: 'more' }]);
  const locate: Locate = (path) => {
    const offset = nodeOffset(doc, path);
    return offset === undefined ? undefined : at(offset);
  };
  return { data, locate };
}

/** Errors by strict JSON's rules (jsonc-parser, with its leniencies off). */
function strictJsonErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // One mistake may raise two codes at one place (a trailing comma: no name, no value): keep the first.
  return errors.filter((e, i) => errors.findIndex((f) => f.offset === e.offset) === i);
}

const JSON_PROBLEMS: Record<string, string> = {
  PropertyNameExpected: 'a trailing comma, or a missing name',
  ValueExpected: 'a trailing comma, or a missing value',
  InvalidCommentToken: 'a comment (JSON has none; YAML files may have them)',
  InvalidSymbol: 'a character JSON does not allow here (a single quote, a bare word?)',
};

function jsonProblem({ error }: ParseError): string {
  const code = printParseErrorCode(error);
  return JSON_PROBLEMS[code] ?? code;
}

/**
 * The offset of the first flow bracket ([ or {) opened deeper than MAX_DEPTH,
 * outside quoted strings and comments, or null. A cheap scan of the text (an
 * apostrophe in plain text may hide brackets from it, never add any): deeper
 * nesting it misses is still caught after parsing.
 */
function deepFlow(text: string): number | null {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

/** The path (as text) to the first value nested deeper than MAX_DEPTH, or null. */
function deepestPath(data: unknown): string | null {
  const stack: [unknown, string, number][] = [[data, '', 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [value, path, depth] = entry;
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    if (depth >= MAX_DEPTH) return path;
    for (const [key, child] of Object.entries(value)) stack.push([child, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1]);
  }
  return null;
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

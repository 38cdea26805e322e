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

import { ScenarioError } from './errors.ts';
import type { Path } from './issues.ts';
import { validate } from './parse.ts';
import type { Locate, ScenarioOptions } from './parse.ts';
import type { Scenario } from './schema.ts';

// Parsing without a file lives in parse.ts (no node: imports, so the browser demo can use it).
export { parseScenario, parseWith } from './parse.ts';
export type { Locate, ScenarioOptions } from './parse.ts';

const EXTENSIONS = ['.yaml', '.yml', '.json'];

type Position = { line: number; column: number };

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

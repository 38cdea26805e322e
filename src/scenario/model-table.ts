/**
 * The model's constants as a list and as documentation
 * ====================================================
 *
 * Every leaf of the `model:` section with its path, default, valid range and
 * description, read from the zod schema through its JSON Schema (so nothing
 * is listed twice). docs/model.md §7.12 is the table written from this by
 * `npm run schema`; a test fails when the two differ, and another when the
 * model reads a constant that is not on the list.
 */
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

import { LeadsimError } from '../errors.ts';
import { modelSchema } from './model-schema.ts';

export interface ModelParameterInfo {
  /** The path in a scenario, e.g. `model.spread.compliantInfluence`. */
  readonly path: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** What it is, ending in its source or "Assumption". */
  readonly description: string;
}

/** The part of zod's JSON Schema output read here; a subschema may also be a boolean (true: anything). */
interface JsonSchemaNode {
  type?: string | string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  properties?: Record<string, JsonSchemaNode | boolean>;
}

/** Every model constant, in schema order. */
export function modelParameters(): ModelParameterInfo[] {
  const root: JsonSchemaNode = z.toJSONSchema(modelSchema, { io: 'input', target: 'draft-07' });
  const leaves: ModelParameterInfo[] = [];
  const walk = (node: JsonSchemaNode | boolean, path: string) => {
    if (typeof node === 'boolean') return;
    if (node.properties) for (const [key, child] of Object.entries(node.properties)) walk(child, `${path}.${key}`);
    else
      leaves.push({
        path,
        default: defaultOf(node, path),
        min: node.minimum ?? -Infinity,
        max: node.maximum ?? Infinity,
        integer: node.type === 'integer',
        description: node.description ?? '',
      });
  };
  walk(root, 'model');
  return leaves;
}

function defaultOf(node: JsonSchemaNode, path: string): number {
  if (typeof node.default !== 'number') throw new LeadsimError(`${path}: a model constant without a numeric default; each one in model-schema.ts needs one.`);
  return node.default;
}

const GRADE_PATH = /^model\.grades\.(\w+)\.(\w+)$/;

/** Markdown for docs/model.md: the grade table, then every other constant. */
export function modelParameterTables(): string {
  const all = modelParameters();
  const grades = all.filter((p) => GRADE_PATH.test(p.path));
  const byGrade = new Map<string, Map<string, number>>();
  for (const p of grades) {
    const match = GRADE_PATH.exec(p.path);
    if (match === null) continue;
    const [, grade, field] = match;
    const values = byGrade.get(grade) ?? new Map<string, number>();
    values.set(field, p.default);
    byGrade.set(grade, values);
  }
  const fields = ['authority', 'expertise', 'leaderIdentity'];
  const gradeRows = [...byGrade].map(([grade, values]) => `| \`${grade}\` | ${fields.map((f) => number(values.get(f) ?? NaN)).join(' | ')} |`);
  const fieldNotes = fields.map((f) => `\`${f}\`: ${grades.find((p) => p.path.endsWith(`.${f}`))?.description ?? ''}`);
  const rows = all
    .filter((p) => !GRADE_PATH.test(p.path))
    .map((p) => `| \`${p.path}\` | ${number(p.default)} | ${rangeOf(p)} | ${p.description.replaceAll('|', '\\|')} |`);
  return [
    `Grade table: \`model.grades.<grade>.<field>\`, each in [0, 1]. ${fieldNotes.join(' ')}`,
    '',
    `| grade | ${fields.map((f) => `\`${f}\``).join(' | ')} |`,
    `| --- | ${fields.map(() => '---').join(' | ')} |`,
    ...gradeRows,
    '',
    'Every other constant:',
    '',
    '| path | default | range | meaning and source |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function rangeOf(p: ModelParameterInfo): string {
  return `${p.integer ? 'whole number in ' : ''}[${number(p.min)}, ${number(p.max)}]`;
}

function number(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

/** docs/model.md, where §7.12 lists the constants. */
export const MODEL_DOCUMENT = fileURLToPath(new URL('../../docs/model.md', import.meta.url));

/** Replace the text between the markers in a document with the tables. */
export const MODEL_TABLE_MARKERS = ['<!-- model-parameters:start (written by `npm run schema`) -->', '<!-- model-parameters:end -->'] as const;

export function withModelTables(document: string): string {
  const [start, end] = MODEL_TABLE_MARKERS;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the document lacks the markers ${start} … ${end}`);
  return `${document.slice(0, from + start.length)}\n${modelParameterTables()}\n${document.slice(to)}`;
}

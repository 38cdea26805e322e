/**
 * Reading a results folder
 * ========================
 *
 * The report reads a folder written by `leadsim run` (manifest.json,
 * summary.json, charts/) or by a sweep (manifest.json, sweep.json, runs.csv).
 * manifest.json is required: it says the folder is ours and what it holds.
 * sweep.json makes it a sweep. Every other file is optional and its section
 * is left out when the file is missing. Files are only ever read inside the
 * folder, whatever paths the manifest lists.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

import { MANIFEST_FILE } from '../exporters/files/manifest.ts';
import type { MetricInfo } from '../results/types.ts';
import { SWEEP_FILE } from '../sweep/files.ts';
import { messageOf } from '../errors.ts';
import { ReportError } from './errors.ts';

/** The report's file name in a results folder. */
export const REPORT_FILE = 'report.html';

/** The parts of sweep.json the report uses. */
export interface SweepFile {
  name: string;
  description: string;
  factors: { name: string; path?: string; values?: number[]; range?: [number, number] }[];
  design?: string;
  points?: { point: string; factors: Record<string, number> }[];
  arms: string[];
  replicates: number;
  metrics: MetricInfo[];
  seed?: number;
}

export interface ResultsFolder {
  /** Absolute path. */
  dir: string;
  manifest: Record<string, unknown>;
  /** sweep.json when the folder holds a sweep, else null. */
  sweep: SweepFile | null;
  /** A file's text, or null when there is no such file in the folder. */
  read(path: string): string | null;
  /** A JSON file, or null when there is no such file. */
  readJson(path: string): unknown;
}

export function readFolder(dir: string): ResultsFolder {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ReportError(`${root} is not a folder. Give the output folder of \`leadsim run\` or of a sweep.`);
  return folderOf(root, (file) => (existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null));
}

/**
 * A folder about to be written: the staged files (paths relative, forward
 * slashes), then whatever is already in the folder on disk.
 */
export function stagedFolder(dir: string, files: ReadonlyMap<string, string | Uint8Array>): ResultsFolder {
  const root = resolve(dir);
  const text = new Map([...files].map(([path, content]) => [resolve(root, path), typeof content === 'string' ? content : Buffer.from(content).toString('utf8')]));
  return folderOf(root, (file) => text.get(file) ?? (existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null));
}

function folderOf(root: string, readFile: (file: string) => string | null): ResultsFolder {
  const read = (path: string): string | null => {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep)) throw new ReportError(`${JSON.stringify(path)} is outside ${root}. Files listed in a results folder should be inside it.`);
    return readFile(file);
  };
  const readJson = (path: string): unknown => {
    const text = read(path);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ReportError(`${join(root, path)} is not valid JSON (${messageOf(error)}). It should be the file leadsim wrote.`);
    }
  };
  const manifest = readJson(MANIFEST_FILE);
  if (manifest === null)
    throw new ReportError(`${root} has no ${MANIFEST_FILE}. Give the output folder of \`leadsim run\` or of a sweep, which ends with writing one.`);
  if (!isRecord(manifest)) throw new ReportError(`${join(root, MANIFEST_FILE)} is not a JSON object. It should be the manifest leadsim wrote.`);
  const sweep = readJson(SWEEP_FILE);
  if (sweep !== null && !isSweepFile(sweep))
    throw new ReportError(`${join(root, SWEEP_FILE)} lacks a name, description, factors (each with a name), arms, replicates or metrics (each with a name and label). It should be the sweep definition leadsim wrote.`);
  return { dir: root, manifest, sweep, read, readJson };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSweepFile(value: unknown): value is SweepFile {
  if (!isRecord(value)) return false;
  const { name, description, factors, arms, replicates, metrics } = value;
  return (
    typeof name === 'string' &&
    typeof description === 'string' &&
    Array.isArray(factors) && factors.every((f) => isRecord(f) && typeof f.name === 'string') &&
    Array.isArray(arms) && arms.every((a) => typeof a === 'string') &&
    typeof replicates === 'number' &&
    Array.isArray(metrics) && metrics.every((m) => isRecord(m) && typeof m.name === 'string' && typeof m.label === 'string')
  );
}

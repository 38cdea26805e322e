/**
 * Output folders: what leadsim may write, replace and remove
 * ==========================================================
 *
 * One folder, one result. leadsim writes a result (a run, a sweep, a
 * sensitivity analysis, a pattern check, a contagion demonstration) into a
 * folder that is new, empty, or holds an earlier result of the same kind;
 * anything else (a folder of other files, a run's folder for a sweep, a
 * sweep's for a run…) is refused before any work, naming what is there,
 * unless the caller forces it. A file where the folder, or one of its
 * parents, should be is always refused.
 *
 * A file counts as leadsim's own only when leadsim can prove it wrote it: it
 * is listed, with its SHA-256, in a manifest.json marked `generator:
 * "leadsim"` (or written by a leadsim before the marker, with its
 * `leadsimVersion`), and its bytes still have that hash. A manifest in a
 * staging folder left by a killed leadsim proves the files it had already
 * moved into place, so an interrupted write can be redone. A sweep's journal
 * (.sweep-state.json) vouches for the files a sweep in progress appends to.
 *
 * leadsim replaces only files it can prove are its own (others only when
 * forced) and removes only those; a file edited since leadsim wrote it is
 * no longer its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { LeadsimError } from '../../errors.ts';
import { MANIFEST_FILE } from './manifest.ts';
import { abandonedStaging } from './staging.ts';

export const RESULT_KINDS = ['run', 'sweep', 'sensitivity', 'patterns', 'contagion'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** The task runner's journal (a sweep's or a sensitivity analysis's), and the files it vouches for while it runs. */
const JOURNAL_FILE = '.sweep-state.json';
/** The plan file a journalled analysis writes beside its journal (a sweep's is sweep.json). */
const SENSITIVITY_PLAN = 'sensitivity.json';
const JOURNALLED = ['runs.csv', 'timeseries.csv', 'sweep.json', SENSITIVITY_PLAN, JOURNAL_FILE];

/** Files listed when refusing a folder: enough to recognise it. */
const SHOWN = 5;
/** Entries looked at in a folder: enough to describe any output folder, and bounded for a mistaken --out ~. */
const LOOKED_AT = 10_000;

export class OutputFolderError extends LeadsimError {
  override name = 'OutputFolderError';
}

export interface OutputFolder {
  /** Absolute path. */
  readonly dir: string;
  readonly exists: boolean;
  /** The kind of leadsim result the folder holds, or null (none, or not leadsim's). */
  readonly holds: ResultKind | null;
  /** Files (relative, forward slashes) leadsim can prove it wrote; manifest.json included when it is leadsim's. */
  readonly proven: ReadonlySet<string>;
  /** Every other file in the folder (up to LOOKED_AT entries), relative, forward slashes. */
  readonly others: readonly string[];
}

/** Looks at what a folder holds and which of its files leadsim can prove it wrote. */
export function inspectOutputFolder(dir: string): OutputFolder {
  const root = resolve(dir);
  const stat = statOrFileAbove(root);
  if (stat === undefined) return { dir: root, exists: false, holds: null, proven: new Set(), others: [] };
  if (!stat.isDirectory()) throw new OutputFolderError(`${root} is a file, not a folder: give a folder for the results (leadsim will not replace a file with a folder).`);
  const files = listFiles(root);
  const proven = new Set<string>();
  let holds: ResultKind | null = null;
  const manifest = readManifest(join(root, MANIFEST_FILE));
  if (manifest !== null) {
    holds = manifest.kind;
    proven.add(MANIFEST_FILE);
    prove(root, manifest.files, proven);
  }
  // A killed write's manifest proves the files it moved before it died.
  for (const staging of abandonedStaging(root)) {
    const staged = readManifest(join(staging, MANIFEST_FILE));
    if (staged !== null) prove(root, staged.files, proven);
  }
  if (existsSync(join(root, JOURNAL_FILE))) {
    // Runs under way (or finished): a sensitivity analysis's beside its plan, else a sweep's.
    holds = holds === 'sensitivity' || (manifest === null && files.includes(SENSITIVITY_PLAN)) ? 'sensitivity' : 'sweep';
    for (const path of JOURNALLED) if (files.includes(path)) proven.add(path);
  }
  return { dir: root, exists: true, holds, proven, others: files.filter((path) => !proven.has(path)) };
}

/**
 * Refuses, before any work, a folder that cannot take a result of `kind`:
 * a file, or (unless `force`) a folder holding anything but an earlier result
 * of the same kind. `writes(path)` says which paths the result may write:
 * those among the folder's files that leadsim cannot prove are its own are
 * named, since they would be replaced.
 */
export function checkOutputFolder(dir: string, kind: ResultKind, writes: (path: string) => boolean, force = false): OutputFolder {
  const folder = inspectOutputFolder(dir);
  if (force || !folder.exists) return folder;
  const clobbered = folder.others.filter(writes);
  if (folder.holds === kind && clobbered.length === 0) return folder;
  if (folder.holds === null && folder.others.length === 0) return folder; // empty
  const what =
    folder.holds === kind
      ? `holds ${article(kind)} results, but ${list(clobbered)} ${clobbered.length === 1 ? 'was' : 'were'} changed or added since leadsim wrote them, and writing would replace ${clobbered.length === 1 ? 'it' : 'them'}`
      : `${folder.holds === null ? 'is not empty and holds no leadsim results' : `holds ${article(folder.holds)} results, not ${article(kind)}`}: ${list(folder.others.length > 0 ? folder.others : [...folder.proven])}` +
        (clobbered.length > 0 ? `; writing would replace ${list(clobbered)}` : '');
  throw new OutputFolderError(
    `${folder.dir} ${what}. Choose a new or empty folder, or give --force to write there anyway (leadsim never removes files it did not write).`,
  );
}

/** Refuses (unless `force`) to replace any of `paths` that exists in the folder and that leadsim cannot prove it wrote. */
export function checkReplaceable(folder: OutputFolder, paths: readonly string[], force = false): void {
  if (force) return;
  const others = new Set(folder.others);
  const clobbered = paths.filter((path) => others.has(path));
  if (clobbered.length > 0)
    throw new OutputFolderError(
      `${folder.dir}: writing would replace ${list(clobbered)}, which leadsim cannot prove it wrote (not listed in its manifest.json with these bytes). Choose a new or empty folder, or give --force to replace ${clobbered.length === 1 ? 'it' : 'them'}.`,
    );
}

/** "a run's", "a sensitivity analysis's", "a pattern check's"… */
function article(kind: ResultKind): string {
  const names: Record<ResultKind, string> = { run: "a run's", sweep: "a sweep's", sensitivity: "a sensitivity analysis's", patterns: "a pattern check's", contagion: "a contagion demonstration's" };
  return names[kind];
}

/**
 * The folder's stat, or undefined when it does not exist yet; a file where one of its parents
 * should be is refused here, naming it (the system's ENOTDIR names neither).
 */
function statOrFileAbove(root: string) {
  try {
    return statSync(root, { throwIfNoEntry: false });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOTDIR')) throw error;
    let above = dirname(root);
    while (!existsSync(above)) above = dirname(above);
    throw new OutputFolderError(`${root}: ${above} is a file, not a folder: give a folder for the results (leadsim will not replace a file with a folder).`);
  }
}

/** Removes an earlier result's files that a new write did not replace: only those leadsim can prove it wrote, and folders they leave empty. */
export function removeStaleFiles(folder: OutputFolder, written: readonly string[]): void {
  const current = new Set(written);
  for (const path of folder.proven) {
    const file = join(folder.dir, path);
    if (current.has(file)) continue;
    try {
      rmSync(file, { force: true });
    } catch {
      continue; // cleaning up is best effort
    }
    try {
      if (dirname(file) !== folder.dir) rmdirSync(dirname(file)); // only succeeds when emptied
    } catch {
      // the folder still holds other files: keep it
    }
  }
}

function list(paths: readonly string[]): string {
  const shown = paths.slice(0, SHOWN).join(', ');
  return paths.length > SHOWN ? `${shown} and ${paths.length - SHOWN} more` : shown;
}

interface ListedFile {
  path: string;
  sha256: string;
}

/** A manifest leadsim wrote: its kind and listed files, or null for anything else. */
function readManifest(file: string): { kind: ResultKind; files: ListedFile[] } | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return null;
  const { generator, kind, leadsimVersion, sweep, sensitivity, files }: Partial<Record<string, unknown>> = manifest;
  if (generator !== 'leadsim' && typeof leadsimVersion !== 'string') return null;
  const listed = Array.isArray(files) ? files.filter(isListedFile) : [];
  // Manifests before `kind` named a sweep or an analysis by its own key.
  const known = RESULT_KINDS.find((k) => k === kind);
  return { kind: known ?? (typeof sweep === 'string' ? 'sweep' : typeof sensitivity === 'string' ? 'sensitivity' : 'run'), files: listed };
}

function isListedFile(entry: unknown): entry is ListedFile {
  if (typeof entry !== 'object' || entry === null) return false;
  const { path, sha256 }: Partial<Record<string, unknown>> = entry;
  return typeof path === 'string' && typeof sha256 === 'string';
}

/** Adds to `proven` each listed file inside the folder whose bytes still have the listed hash. */
function prove(root: string, files: readonly ListedFile[], proven: Set<string>): void {
  for (const { path, sha256 } of files) {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep)) continue; // never outside the folder
    const key = relative(root, file).split(sep).join('/');
    if (proven.has(key)) continue;
    try {
      if (statSync(file).isFile() && createHash('sha256').update(readFileSync(file)).digest('hex') === sha256) proven.add(key);
    } catch {
      // missing or unreadable: not proven
    }
  }
}

/** Files under `root` (relative, forward slashes), breadth first, at most LOOKED_AT entries. */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const folders = [''];
  let seen = 0;
  while (seen < LOOKED_AT) {
    const folder = folders.shift();
    if (folder === undefined) break;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (++seen > LOOKED_AT) break;
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) folders.push(path);
      else files.push(path);
    }
  }
  return files;
}


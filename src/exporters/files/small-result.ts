/**
 * A small result's folder
 * =======================
 *
 * The commands whose result is a few files (a pattern check, a contagion
 * demonstration) write them as a run does: into a folder checked before any
 * work (output-folder.ts), all at once (atomic-folder.ts), with a manifest
 * that lists each file's hash, so that the next write knows them for
 * leadsim's and replaces them, and nothing else, without asking.
 */
import { resolve } from 'node:path';

import { writeFolderAtomically } from './atomic-folder.ts';
import { GENERATOR, MANIFEST_FILE, manifestFile } from './manifest.ts';
import { jsonText } from './numbers.ts';
import { removeStaleFiles } from './output-folder.ts';
import type { OutputFolder, ResultKind } from './output-folder.ts';
import { software } from './software.ts';

/**
 * Writes `files` and a manifest of them (its `kind`, what `about` says, the software) into the
 * checked folder; removes the earlier result's files this one did not write again. Returns the paths written.
 */
export async function writeSmallResult(
  folder: OutputFolder,
  kind: ResultKind,
  files: readonly (readonly [path: string, content: string | Uint8Array])[],
  about: Readonly<Record<string, unknown>>,
  force = false,
): Promise<string[]> {
  const written = await writeFolderAtomically(
    resolve(folder.dir),
    (write) => {
      for (const [path, content] of files) write(path, content);
      write(MANIFEST_FILE, jsonText({ generator: GENERATOR, kind, ...about, ...software(), files: files.map(([path, content]) => manifestFile(path, content)) }));
    },
    { folder, force },
  );
  removeStaleFiles(folder, written);
  return written;
}

/**
 * Writing a folder atomically
 * ===========================
 *
 * A results folder must never be left half-written: a crash while rendering
 * the third chart must not leave new tables beside old charts. Files are
 * first written to a hidden staging folder next to the target (same file
 * system, so renaming moves without copying). Only once every file is
 * written do they move into place:
 *
 * - no target yet: the staging folder is renamed to it, in one step;
 * - a target exists: each file is renamed over its old version, in the
 *   order written (so a manifest written last lands last). A rename replaces
 *   a file whole: no reader ever sees a truncated file. Should a rename
 *   itself fail (a folder in the way), files moved before it stay moved,
 *   and the old manifest's hashes show which.
 *
 * On an error before that, the staging folder (and any parent folder made
 * for it) is removed and the target is untouched; a process killed outright
 * leaves its staging folder, which the next write removes (staging.ts). Files already in the
 * target and not written again are left alone: the target may be a folder
 * the user keeps other things in. Before anything moves, every file it would
 * replace must be one leadsim can prove it wrote (output-folder.ts), unless
 * forced.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { LeadsimError } from '../../errors.ts';
import { checkReplaceable, inspectOutputFolder } from './output-folder.ts';
import type { OutputFolder } from './output-folder.ts';
import { removeAbandonedStaging, stagingPrefix } from './staging.ts';

export type WriteFile = (path: string, content: string | Uint8Array) => void;

export interface AtomicFolderOptions {
  /** The target as inspected before the work began (default: inspected now). */
  folder?: OutputFolder;
  /** Replace files leadsim cannot prove it wrote. */
  force?: boolean;
}

/**
 * Calls `fill` with a `write(path, content)` that stages files (paths relative,
 * forward slashes), then moves them into `outDir`. Returns their absolute paths.
 */
export async function writeFolderAtomically(
  outDir: string,
  fill: (write: WriteFile) => Promise<void> | void,
  { folder, force = false }: AtomicFolderOptions = {},
): Promise<string[]> {
  const target = resolve(outDir);
  // Before the abandoned staging goes: a killed write's manifest proves what it had moved.
  const before = folder ?? inspectOutputFolder(target);
  const madeParent = mkdirSync(dirname(target), { recursive: true }); // the first folder made, if any
  removeAbandonedStaging(target);
  const staging = mkdtempSync(stagingPrefix(target));
  const staged: string[] = [];
  let committed = false;
  try {
    await fill((path, content) => {
      if (staged.includes(path)) throw new LeadsimError(`writeFolderAtomically: ${JSON.stringify(path)} is written twice. Each file should be written once.`);
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      staged.push(path);
    });
    checkReplaceable(before, staged, force);
    committed = true;
    moveIntoPlace(staging, target, staged);
    return staged.map((path) => join(target, path));
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (!committed && madeParent) rmSync(madeParent, { recursive: true, force: true });
  }
}

function moveIntoPlace(staging: string, target: string, paths: readonly string[]): void {
  if (!existsSync(target)) {
    renameSync(staging, target);
    // mkdtemp made the staging folder private (0700); give the results folder the usual mode.
    const mask = process.umask();
    chmodSync(target, 0o777 & ~mask);
    return;
  }
  for (const path of paths) {
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    renameSync(join(staging, path), file);
  }
}

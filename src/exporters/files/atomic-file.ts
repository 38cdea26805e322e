/**
 * Writing one file atomically
 * ===========================
 *
 * The content goes to a hidden file beside the target, which is then renamed
 * over it: a reader sees the old file or the new one, never half of one, and
 * a failure leaves the target as it was (a process killed outright leaves
 * its staging file, which the next write removes: staging.ts).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { removeAbandonedStaging, stagingPrefix } from './staging.ts';

export function writeFileAtomically(path: string, content: string | Uint8Array): string {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  removeAbandonedStaging(target);
  const staging = `${stagingPrefix(target)}file`;
  try {
    writeFileSync(staging, content);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
  return target;
}

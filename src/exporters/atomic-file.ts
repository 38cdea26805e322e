/**
 * Writing one file atomically
 * ===========================
 *
 * The content goes to a hidden file beside the target, which is then renamed
 * over it: a reader sees the old file or the new one, never half of one, and
 * a failure leaves the target as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export function writeFileAtomically(path: string, content: string | Uint8Array): string {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  try {
    writeFileSync(staging, content);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
  return target;
}

/**
 * Staging files and folders
 * =========================
 *
 * Results are written beside their target under a hidden name carrying the
 * writer's process id, then renamed into place. A process killed mid-write
 * leaves its staging behind; the next write to the same target removes what
 * dead processes left (a live writer's staging is never touched).
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The hidden name prefix for this process's staging of `target`. */
export function stagingPrefix(target: string): string {
  return join(dirname(target), `.${basename(target)}.staging-${process.pid}-`);
}

/** Staging folders and files of `target` left by processes that no longer run (absolute paths). */
export function abandonedStaging(target: string): string[] {
  const prefix = `.${basename(target)}.staging-`;
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch {
    return []; // no folder, nothing left behind
  }
  return entries
    .filter((entry) => {
      if (!entry.startsWith(prefix)) return false;
      const pid = Number.parseInt(entry.slice(prefix.length), 10);
      return Number.isInteger(pid) && !running(pid);
    })
    .map((entry) => join(dirname(target), entry));
}

/** Remove staging of `target` left by processes that no longer run. */
export function removeAbandonedStaging(target: string): void {
  for (const path of abandonedStaging(target)) rmSync(path, { recursive: true, force: true });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

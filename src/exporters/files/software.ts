/**
 * The software that wrote a results folder
 * ========================================
 *
 * Beside leadsim's version (package.json), manifests record the Node.js
 * version and, when leadsim runs from a git checkout rather than an installed
 * package, the checkout's commit: a folder can be traced to the exact code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder: the same two levels up from src/exporters/ and dist/exporters/. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Software {
  /** The checkout's commit (`git rev-parse HEAD`); absent for an installed package, or without git. */
  gitCommit?: string;
  nodeVersion: string;
}

let commit: string | null | undefined;

export function software(): Software {
  commit ??= checkoutCommit();
  return { ...(commit === null ? {} : { gitCommit: commit }), nodeVersion: process.version };
}

function checkoutCommit(): string | null {
  // Only leadsim's own checkout: an installed package inside a user's repository is not one.
  if (!existsSync(join(PACKAGE_ROOT, '.git'))) return null;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null; // git missing, or not a repository after all
  }
}

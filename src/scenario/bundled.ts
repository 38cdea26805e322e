/**
 * Bundled scenarios
 * =================
 *
 * The scenario files shipped in the repository's `scenarios/` folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadScenario } from './load.ts';

export const SCENARIOS_FOLDER = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface BundledScenario {
  name: string;
  description: string;
  file: string;
}

/** Every bundled scenario, validated, sorted by file name. */
export function listBundledScenarios(): BundledScenario[] {
  return readdirSync(SCENARIOS_FOLDER)
    .filter((entry) => entry.endsWith('.yaml'))
    .sort()
    .map((entry) => {
      const file = join(SCENARIOS_FOLDER, entry);
      const { name, description } = loadScenario(file);
      return { name, description, file };
    });
}

/**
 * A scenario named on the command line or in a sweep: a path (relative to
 * `relativeTo`'s folder when given), else the name of a bundled scenario.
 * Returns the path as given when neither exists, so loading reports it.
 */
export function resolveScenarioFile(name: string, relativeTo?: string): string {
  const path = relativeTo === undefined ? name : resolve(dirname(relativeTo), name);
  if (existsSync(path)) return path;
  const bundled = join(SCENARIOS_FOLDER, `${name}.yaml`);
  return existsSync(bundled) ? bundled : path;
}

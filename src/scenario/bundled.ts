/**
 * Bundled scenarios
 * =================
 *
 * The scenario files shipped in the repository's `scenarios/` folder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

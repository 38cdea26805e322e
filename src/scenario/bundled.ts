/**
 * Bundled scenarios
 * =================
 *
 * The scenario files shipped in the package's `scenarios/` folder, found
 * beside the code wherever the package is installed: by name from code
 * (`bundledScenario('flagship')`) and on the command line.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { InvalidOptionError, LeadsimError } from '../errors.ts';
import { loadScenario } from './load.ts';
import type { ScenarioOptions } from './parse.ts';
import type { Scenario } from './schema.ts';
import { suggest } from './suggest.ts';

export const SCENARIOS_FOLDER = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface BundledScenario {
  name: string;
  description: string;
  file: string;
}

/** Every bundled scenario, validated, sorted by file name. */
export function listBundledScenarios(): BundledScenario[] {
  return bundledScenarioNames().map((entry) => {
    const file = join(SCENARIOS_FOLDER, `${entry}.yaml`);
    const { name, description } = loadScenario(file);
    return { name, description, file };
  });
}

/** The names of the bundled scenarios, sorted. */
export function bundledScenarioNames(): string[] {
  return readdirSync(SCENARIOS_FOLDER)
    .filter((entry) => entry.endsWith('.yaml'))
    .map((entry) => entry.slice(0, -'.yaml'.length))
    .sort();
}

/** A bundled scenario by name (`'flagship'`), loaded and validated as `loadScenario` does a file. */
export function bundledScenario(name: string, options: ScenarioOptions = {}): Scenario {
  const names = bundledScenarioNames();
  if (!names.includes(name)) {
    const error = new InvalidOptionError('bundledScenario', 'name', `a bundled scenario (${names.join(', ')})`, name);
    const hint = suggest(name, names);
    if (hint !== undefined) error.message += ` Did you mean "${hint}"?`;
    throw error;
  }
  return loadScenario(join(SCENARIOS_FOLDER, `${name}.yaml`), options);
}

/**
 * A scenario named on the command line or in a sweep: a file (relative to
 * `relativeTo`'s folder when given), else the name of a bundled scenario.
 * A folder is never a scenario: `leadsim run flagship` beside an output
 * folder called `flagship` (as `--out flagship` makes) means the bundled
 * one. A file name that does not exist is returned as given, so loading
 * reports it; a bare name that is neither is an error with "did you mean"
 * and a pointer to `leadsim list`.
 */
export function resolveScenarioFile(name: string, relativeTo?: string): string {
  const path = relativeTo === undefined ? name : resolve(dirname(relativeTo), name);
  const folder = existsSync(path) && statSync(path).isDirectory();
  if (existsSync(path) && !folder) return path;
  const bundled = join(SCENARIOS_FOLDER, `${name}.yaml`);
  if (existsSync(bundled)) return bundled;
  if (folder) throw new LeadsimError(`${JSON.stringify(path)} is a folder: expected a scenario file (.yaml, .yml or .json) or the name of a bundled scenario (\`leadsim list\` names them).`);
  if (extname(name) !== '') return path;
  const names = bundledScenarioNames();
  const hint = suggest(name, names);
  throw new LeadsimError(
    `${JSON.stringify(name)} is neither a scenario file nor a bundled scenario${hint === undefined ? '' : ` (did you mean "${hint}"?)`}. Bundled scenarios: ${names.join(', ')}; \`leadsim list\` describes them.`,
  );
}

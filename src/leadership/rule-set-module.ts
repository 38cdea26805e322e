/**
 * Rule sets from modules named on the command line
 * ================================================
 *
 * `--rule-set-module FILE` (repeatable) adds the rule sets a module exports
 * to the registry a command checks and runs arms with. Only a file the user
 * names is loaded: a scenario stays data and never causes code to load. The
 * module's default export is a rule set (`defineRuleSet({...})`) or a list of
 * them; each is checked as `defineRuleSet` checks (name, ranges holding their
 * defaults) and must not take a name already registered. A .ts module is
 * loaded through tsx when it is installed. Node-only: not part of ./index.ts,
 * which the browser demo bundles.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { LeadsimError, describe } from '../errors.ts';
import { RULE_SETS } from './index.ts';
import { withRuleSets } from './registry.ts';
import type { RuleSetRegistry } from './registry.ts';
import { defineRuleSet } from './rule-set.ts';
import type { RuleSet } from './rule-set.ts';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts']);
const JAVASCRIPT = new Set(['.js', '.mjs', '.cjs']);

/** A rule-set module that cannot be used: the message names the file, what was expected and what was found. */
export class RuleSetModuleError extends LeadsimError {
  override name = 'RuleSetModuleError';
}

/** The bundled registry with every module's rule sets added, in the order given. */
export async function registryWithModules(files: readonly string[], base: RuleSetRegistry = RULE_SETS): Promise<RuleSetRegistry> {
  let registry = base;
  for (const file of files) {
    const ruleSets = await loadRuleSetModule(file);
    const clash = ruleSets.find((ruleSet) => Object.hasOwn(registry, ruleSet.name));
    if (clash !== undefined)
      throw new RuleSetModuleError(`${file}: expected rule sets with new names, found ${JSON.stringify(clash.name)}, already a rule set (${Object.keys(registry).join(', ')})`);
    registry = withRuleSets(registry, ruleSets, file);
  }
  return registry;
}

/** The rule sets a module's default export holds, each checked. */
export async function loadRuleSetModule(file: string): Promise<RuleSet[]> {
  const path = resolve(file);
  const extension = extname(path).toLowerCase();
  const found = existsSync(path) ? statSync(path) : undefined;
  const module = 'a JavaScript or TypeScript module (.js, .mjs, .ts, .mts)';
  if (found?.isDirectory()) throw new RuleSetModuleError(`${file}: expected ${module}, found a folder; give the module file in it`);
  if (!TYPESCRIPT.has(extension) && !JAVASCRIPT.has(extension))
    throw new RuleSetModuleError(`${file}: expected ${module}, found a ${extension === '' ? 'file without an extension' : `${extension} file`}`);
  if (!found?.isFile()) throw new RuleSetModuleError(`${file}: expected a rule-set module, found no such file`);
  if (TYPESCRIPT.has(extension)) await registerTypeScript(file);
  let exports: unknown;
  try {
    exports = await import(pathToFileURL(path).href);
  } catch (error) {
    throw new RuleSetModuleError(`${file}: expected a module that loads, found an error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const value = isObject(exports) ? exports.default : undefined;
  const shape = 'a module whose default export is a rule set (export default defineRuleSet({ name, description, parameters, create })) or a list of them';
  if (value === undefined) throw new RuleSetModuleError(`${file}: expected ${shape}, found no default export`);
  const candidates: unknown[] = Array.isArray(value) ? value : [value];
  if (candidates.length === 0) throw new RuleSetModuleError(`${file}: expected ${shape}, found an empty list`);
  return candidates.map((candidate, i) => {
    const where = Array.isArray(value) ? `${file}: default export [${String(i)}]` : `${file}: default export`;
    const problem = ruleSetShapeProblem(candidate);
    if (problem !== null) throw new RuleSetModuleError(`${where}: expected a rule set (defineRuleSet({ name, description, parameters, create })), found ${problem}`);
    try {
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- its shape was checked just above; defineRuleSet checks names and ranges
      return defineRuleSet(candidate as RuleSet);
    } catch (error) {
      throw new RuleSetModuleError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** What is wrong with a value's shape as a rule set, or null. */
function ruleSetShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return describe(value);
  if (typeof value.name !== 'string') return `name ${describe(value.name)}`;
  if (typeof value.description !== 'string') return `description ${describe(value.description)}`;
  if (typeof value.create !== 'function') return `create ${describe(value.create)}`;
  const { parameters } = value;
  if (!isObject(parameters)) return `parameters ${describe(parameters)}`;
  for (const [name, info] of Object.entries(parameters)) {
    if (!isObject(info)) return `parameters.${name} ${describe(info)}`;
    for (const key of ['default', 'min', 'max'])
      if (typeof info[key] !== 'number') return `parameters.${name}.${key} ${describe(info[key])} (expected a number)`;
    if (typeof info.description !== 'string') return `parameters.${name}.description ${describe(info.description)}`;
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

let typeScriptRegistered = false;

/** Lets `import()` read TypeScript, through tsx (a development dependency: present in a checkout, optional in an install). */
async function registerTypeScript(file: string): Promise<void> {
  if (typeScriptRegistered) return;
  try {
    const { register } = await import('tsx/esm/api');
    register();
    typeScriptRegistered = true;
  } catch {
    throw new RuleSetModuleError(`${file}: expected a JavaScript module (.js, .mjs), or tsx installed to load TypeScript (npm install --save-dev tsx), found a TypeScript module and no tsx`);
  }
}

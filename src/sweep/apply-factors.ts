/**
 * Setting factors in a scenario
 * =============================
 *
 * Writes a design point's values at each factor's dotted path (`*` stands for
 * every element of a list). A path must lead to existing numbers, except that
 * keys may be new inside mappings (a rule-set parameter or a `model:` constant
 * left at its default, for instance): they are created, and a misspelt one is
 * then reported by the scenario's validation, with "did you mean". The
 * result is validated like any scenario.
 */
import { describe } from '../errors.ts';
import { ScenarioError } from '../scenario/errors.ts';
import type { Factor } from './schema.ts';

type Json = Record<string, unknown> | unknown[];

/** What applying a factor needs: its name (for errors) and its path. */
export type FactorPath = Pick<Factor, 'name' | 'path'>;

export function applyFactors(base: unknown, factors: readonly FactorPath[], values: Readonly<Record<string, number>>, file: string): unknown {
  const scenario = structuredClone(base);
  for (const factor of factors) setPath(scenario, factor, values[factor.name], file);
  return scenario;
}

function setPath(root: unknown, factor: FactorPath, value: number, file: string): void {
  const keys = factor.path.split('.');
  const fail = (at: string, found: unknown) =>
    new ScenarioError([
      { file, path: `factors.${factor.name}`, expected: `a path to numbers in the scenario (${factor.path})`, found: `${describe(found)} at ${at}` },
    ]);
  let targets: unknown[] = [root];
  keys.forEach((key, depth) => {
    const last = depth === keys.length - 1;
    const at = keys.slice(0, depth + 1).join('.');
    const next: unknown[] = [];
    for (const node of targets) {
      if (typeof node !== 'object' || node === null) throw fail(at, node);
      const container = node as Json;
      if (key === '*') {
        if (!Array.isArray(container)) throw fail(at, container);
        container.forEach((_, i) => (last ? assign(container, i, value, at) : next.push(container[i])));
        continue;
      }
      if (Array.isArray(container) && !(/^\d+$/.test(key) && Number(key) < container.length)) throw fail(at, container);
      const slot = Array.isArray(container) ? Number(key) : key;
      const current = (container as Record<string | number, unknown>)[slot];
      if (last) assign(container, slot, value, at);
      else if (current !== undefined) next.push(current);
      else if (Array.isArray(container)) throw fail(at, current);
      else next.push(((container as Record<string, unknown>)[slot] = {}));
    }
    targets = next;
  });

  function assign(container: Json, slot: string | number, v: number, at: string): void {
    const current = (container as Record<string | number, unknown>)[slot];
    if (current !== undefined && typeof current !== 'number') throw fail(at, current);
    (container as Record<string | number, unknown>)[slot] = v;
  }
}

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

/** A mapping or a list of the parsed scenario: what a path step can enter. */
type Container = Record<string, unknown> | unknown[];

function isContainer(node: unknown): node is Container {
  return typeof node === 'object' && node !== null;
}

function read(container: Container, slot: string | number): unknown {
  return Array.isArray(container) ? container[Number(slot)] : container[slot];
}

function write(container: Container, slot: string | number, value: unknown): void {
  if (Array.isArray(container)) container[Number(slot)] = value;
  else container[slot] = value;
}

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
      if (!isContainer(node)) throw fail(at, node);
      if (key === '*') {
        if (!Array.isArray(node)) throw fail(at, node);
        node.forEach((element, i) => {
          if (last) assign(node, i, value, at);
          else next.push(element);
        });
        continue;
      }
      if (Array.isArray(node) && !(/^\d+$/.test(key) && Number(key) < node.length)) throw fail(at, node);
      const current = read(node, key);
      if (last) assign(node, key, value, at);
      else if (current !== undefined) next.push(current);
      else if (Array.isArray(node)) throw fail(at, current);
      else {
        const created = {};
        write(node, key, created);
        next.push(created);
      }
    }
    targets = next;
  });

  function assign(container: Container, slot: string | number, v: number, at: string): void {
    const current = read(container, slot);
    if (current !== undefined && typeof current !== 'number') throw fail(at, current);
    write(container, slot, v);
  }
}

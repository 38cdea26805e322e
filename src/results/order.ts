/**
 * Output order
 * ============
 *
 * Runs may finish in any order (in parallel, on several machines), so every
 * output sorts them itself: arms in the order of `arms`, replicates
 * ascending. Metrics go in the order of the metric catalogue, which is the
 * order the model author chose to present them, then any others by name.
 * Names compare by code unit, never by locale, so the order is the same
 * everywhere.
 */
import type { Bounds } from '../statistics/bounds.ts';
import type { RunResult, ScenarioResults } from './types.ts';

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function runsInOrder(results: ScenarioResults): RunResult[] {
  const rank = new Map(results.arms.map((arm, i) => [arm, i]));
  return [...results.runs].sort((a, b) => rank.get(a.arm)! - rank.get(b.arm)! || a.replicate - b.replicate);
}

/** Sort metric names: catalogue order first, then the rest by name. */
export function inCatalogueOrder(results: ScenarioResults, names: Iterable<string>): string[] {
  const rank = new Map(results.metrics.map((m, i) => [m.name, i]));
  const position = (name: string) => rank.get(name) ?? Number.POSITIVE_INFINITY;
  return [...new Set(names)].sort((a, b) => position(a) - position(b) || byCodeUnit(a, b));
}

/** The range the metric cannot leave, from the catalogue; undefined when unbounded or not catalogued. */
export function metricBounds(results: Pick<ScenarioResults, 'metrics'>, name: string): Bounds | undefined {
  return results.metrics.find((m) => m.name === name)?.bounds;
}

/** The metric's label from the catalogue, or its name when it is not catalogued. */
export function metricLabel(results: Pick<ScenarioResults, 'metrics'>, name: string): string {
  return results.metrics.find((m) => m.name === name)?.label ?? name;
}

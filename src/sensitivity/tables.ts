/**
 * Sensitivity tables
 * ==================
 *
 * Tidy CSV: design.csv (one row per point: its place in the design and the
 * factors' values), indices.csv (one row per estimate) and robustness.csv
 * (one row per grid cell). Numbers in the shortest exact form (numbers.ts).
 */
import { stringify } from 'csv-stringify/sync';

import { LeadsimError } from '../errors.ts';
import { csvNumber } from '../exporters/files/numbers.ts';
import type { IndexRow, RobustnessCell } from './analyse.ts';
import type { SensitivityPlan } from './load.ts';

export const DESIGN_FILE = 'design.csv';
export const INDICES_FILE = 'indices.csv';
export const ROBUSTNESS_FILE = 'robustness.csv';
export const SENSITIVITY_FILE = 'sensitivity.json';

export function designCsv(plan: SensitivityPlan): string {
  const names = plan.spec.factors.map((f) => f.name);
  return stringify([
    ['point', 'block', 'unit', 'step', 'factor', ...names],
    ...plan.points.map(({ point, role, factors }) => [point, role.block, role.unit, role.step ?? '', role.factor ?? '', ...names.map((name) => csvNumber(factors[name]))]),
  ]);
}

export function indicesCsv(rows: readonly IndexRow[]): string {
  return stringify([
    ['method', 'output', 'factor', 'index', 'n', 'estimate', 'ci95_low', 'ci95_high'],
    ...rows.map((r) => [r.method, r.output, r.factor ?? '', r.index, r.n, csvNumber(r.estimate), csvNumber(r.ci95?.[0] ?? null), csvNumber(r.ci95?.[1] ?? null)]),
  ]);
}

export function robustnessCsv(plan: SensitivityPlan, cells: readonly RobustnessCell[]): string {
  if (plan.robustness === null) throw new LeadsimError(`${plan.file}: robustnessCsv needs a plan with a robustness grid.`);
  const { x, y, output } = plan.robustness;
  return stringify([
    [x.factor, y.factor, 'output', 'n', 'mean_difference', 'ci95_low', 'ci95_high', 'spans_zero'],
    ...cells.map((c) => [csvNumber(c.x), csvNumber(c.y), output, c.n, csvNumber(c.mean), csvNumber(c.ci95?.[0] ?? null), csvNumber(c.ci95?.[1] ?? null), String(c.spansZero)]),
  ]);
}

/**
 * Tables by trust
 * ===============
 *
 * Tidy, like timeseries.csv, with a `trust` column holding the trust's name;
 * in a world of several trusts a row for the whole region follows each
 * trust's, its `trust` cell `region` (a one-trust world has no region rows:
 * the trust is the region). Runs in the results' order, trusts in the world's.
 *
 * - `trusts.csv` (arm, replicate, week, trust, metric, value): every per-trust
 *   metric every week, metrics by name; an empty value is undefined that week.
 * - `trust-spread.csv` (arm, replicate, initiative, trust, first_adopted_week,
 *   succeeded_week): the week someone in the trust first adopted each scheduled
 *   initiative (compliant or committed), and the week the share of the trust's
 *   people in its scope adopting first reached `model.spread.success` (half);
 *   empty if never.
 * - `trust-flows.csv` (arm, replicate, from, to, movers, ideas_carried,
 *   carried_launched, carried_succeeded, carried_abandoned): what went from one
 *   trust to another over the run; only pairs with something to show (every
 *   other pair is all zeros), so a one-trust run has none.
 */
import { stringify } from 'csv-stringify/sync';

import { csvNumber } from '../files/numbers.ts';
import { byCodeUnit, runsInOrder } from '../../results/order.ts';
import type { RunResult, ScenarioResults, TrustRunResult } from '../../results/types.ts';
import { CSV } from './tables.ts';
import { REGION_ROW } from '../../results/validate.ts';

export { REGION_ROW } from '../../results/validate.ts';

export const TRUSTS_COLUMNS = ['arm', 'replicate', 'week', 'trust', 'metric', 'value'] as const;
export const TRUST_SPREAD_COLUMNS = ['arm', 'replicate', 'initiative', 'trust', 'first_adopted_week', 'succeeded_week'] as const;
export const TRUST_FLOWS_COLUMNS = ['arm', 'replicate', 'from', 'to', 'movers', 'ideas_carried', 'carried_launched', 'carried_succeeded', 'carried_abandoned'] as const;

/** Runs that were recorded by trust, in output order. */
export function runsByTrust(results: ScenarioResults): (RunResult & { trusts: TrustRunResult })[] {
  return runsInOrder(results).filter((run): run is RunResult & { trusts: TrustRunResult } => run.trusts !== undefined);
}

/** Each trust's index and name, then the region's (index names.length) when there are several. */
export function trustRows(trusts: Pick<TrustRunResult, 'names'>): [index: number, name: string][] {
  const rows = trusts.names.map((name, t): [number, string] => [t, name]);
  return trusts.names.length > 1 ? [...rows, [trusts.names.length, REGION_ROW]] : rows;
}

export function trustsCsv(results: ScenarioResults): string {
  const rows: string[][] = [];
  for (const run of runsByTrust(results)) {
    const byWeek = new Map<number, TrustRunResult['series']>();
    for (const point of run.trusts.series) byWeek.set(point.week, [...(byWeek.get(point.week) ?? []), point]);
    for (const week of [...byWeek.keys()].sort((a, b) => a - b)) {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the key came from the map
      const points = [...byWeek.get(week)!].sort((a, b) => byCodeUnit(a.metric, b.metric));
      for (const [t, trust] of trustRows(run.trusts))
        for (const point of points) rows.push([run.arm, String(run.replicate), String(week), trust, point.metric, csvNumber(point.values[t])]);
    }
  }
  return stringify(rows, { ...CSV, columns: [...TRUSTS_COLUMNS] });
}

export function trustSpreadCsv(results: ScenarioResults): string {
  const rows: string[][] = [];
  for (const run of runsByTrust(results))
    for (const { initiative, firstAdopted, succeeded } of run.trusts.spread)
      for (const [t, trust] of trustRows(run.trusts)) rows.push([run.arm, String(run.replicate), initiative, trust, csvNumber(firstAdopted[t]), csvNumber(succeeded[t])]);
  return stringify(rows, { ...CSV, columns: [...TRUST_SPREAD_COLUMNS] });
}

export function trustFlowsCsv(results: ScenarioResults): string {
  const rows: string[][] = [];
  for (const run of runsByTrust(results))
    for (const flow of run.trusts.flows)
      rows.push([
        run.arm, String(run.replicate), run.trusts.names[flow.from], run.trusts.names[flow.to],
        ...[flow.movers, flow.ideasCarried, flow.carriedLaunched, flow.carriedSucceeded, flow.carriedAbandoned].map(csvNumber),
      ]);
  return stringify(rows, { ...CSV, columns: [...TRUST_FLOWS_COLUMNS] });
}

/** Whether any run lies in more than one trust (the trust network, charts and report section are only drawn then). */
export function hasSeveralTrusts(results: ScenarioResults): boolean {
  return results.runs.some((run) => (run.trusts?.names.length ?? 0) > 1);
}

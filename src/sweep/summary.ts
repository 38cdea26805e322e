/**
 * Sweep summary
 * =============
 *
 * From runs.csv: for every design point, arm and metric, the number of runs
 * with a value, mean, sd and t-based 95% confidence interval.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import { csvNumber } from '../exporters/numbers.ts';
import { describeSample } from '../statistics/index.ts';

const KEY_COLUMNS = ['arm', 'replicate', 'seed', 'run_key', 'scenario_hash'];

export function sweepSummaryCsv(runsCsv: string, factorNames: readonly string[]): string {
  const rows = parse(runsCsv, { columns: true }) as Record<string, string>[];
  if (rows.length === 0) return '';
  const metrics = Object.keys(rows[0]).filter((c) => c !== 'point' && !factorNames.includes(c) && !KEY_COLUMNS.includes(c));
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const key = `${row.point}\u0000${row.arm}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out: (string | number)[][] = [['point', ...factorNames, 'arm', 'metric', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high']];
  for (const group of groups.values()) {
    const { point, arm } = group[0];
    for (const metric of metrics) {
      const s = describeSample(group.map((row) => (row[metric] === '' ? null : Number(row[metric]))));
      out.push([point, ...factorNames.map((f) => group[0][f]), arm, metric, s.n, csvNumber(s.mean), csvNumber(s.sd), csvNumber(s.ci95?.[0] ?? null), csvNumber(s.ci95?.[1] ?? null)]);
    }
  }
  return stringify(out);
}

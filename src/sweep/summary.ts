/**
 * Sweep summary
 * =============
 *
 * From runs.csv: for every design point, arm and metric, the number of runs
 * with a value, mean, sd and t-based 95% confidence interval; and, when there
 * are several arms, each arm against the first, paired by replicate (the arms
 * of a replicate share their random numbers).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import { csvNumber } from '../exporters/numbers.ts';
import { describeSample, pairedComparison } from '../statistics/index.ts';

const KEY_COLUMNS = ['arm', 'replicate', 'seed', 'run_key', 'scenario_hash'];

type Row = Record<string, string>;

interface Runs {
  metrics: string[];
  /** Runs by point, then arm (in file order), each list in replicate order. */
  points: Map<string, Map<string, Row[]>>;
}

function readRuns(runsCsv: string, factorNames: readonly string[]): Runs {
  const rows = parse(runsCsv, { columns: true }) as Row[];
  const metrics = rows.length === 0 ? [] : Object.keys(rows[0]).filter((c) => c !== 'point' && !factorNames.includes(c) && !KEY_COLUMNS.includes(c));
  const points = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    const arms = points.get(row.point) ?? points.set(row.point, new Map()).get(row.point)!;
    arms.set(row.arm, [...(arms.get(row.arm) ?? []), row]);
  }
  return { metrics, points };
}

const value = (row: Row, metric: string) => (row[metric] === '' ? null : Number(row[metric]));

export function sweepSummaryCsv(runsCsv: string, factorNames: readonly string[]): string {
  const { metrics, points } = readRuns(runsCsv, factorNames);
  const out: (string | number)[][] = [['point', ...factorNames, 'arm', 'metric', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high']];
  for (const [point, arms] of points)
    for (const [arm, runs] of arms)
      for (const metric of metrics) {
        const s = describeSample(runs.map((row) => value(row, metric)));
        out.push([point, ...factorNames.map((f) => runs[0][f]), arm, metric, s.n, csvNumber(s.mean), csvNumber(s.sd), csvNumber(s.ci95?.[0] ?? null), csvNumber(s.ci95?.[1] ?? null)]);
      }
  return stringify(out);
}

/** Each arm against the first at every point (arm − baseline), paired by replicate; null when there is one arm. */
export function sweepComparisonsCsv(runsCsv: string, factorNames: readonly string[]): string | null {
  const { metrics, points } = readRuns(runsCsv, factorNames);
  const out: (string | number)[][] = [
    ['point', ...factorNames, 'metric', 'baseline', 'arm', 'n', 'mean_difference', 'sd', 'ci95_low', 'ci95_high', 'effect_size', 'distinguishable'],
  ];
  for (const [point, arms] of points) {
    const [[baseline, baseRuns], ...others] = [...arms];
    for (const [arm, runs] of others)
      for (const metric of metrics) {
        // Pair by replicate number, not position.
        const byReplicate = new Map(runs.map((row) => [row.replicate, row]));
        const pairs = baseRuns.filter((row) => byReplicate.has(row.replicate));
        const c = pairedComparison(pairs.map((row) => value(row, metric)), pairs.map((row) => value(byReplicate.get(row.replicate)!, metric)));
        out.push([point, ...factorNames.map((f) => baseRuns[0][f]), metric, baseline, arm, c.n, csvNumber(c.meanDifference), csvNumber(c.sd), csvNumber(c.ci?.[0] ?? null), csvNumber(c.ci?.[1] ?? null), csvNumber(c.effectSize), String(c.distinguishable)]);
      }
  }
  return out.length === 1 ? null : stringify(out);
}

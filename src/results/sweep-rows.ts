/**
 * Sweep runs
 * ==========
 *
 * A sweep's runs.csv has one row per run: the design point, one column per
 * factor, arm, replicate, the run's seed, key and scenario hash, then every
 * metric (run summaries by name, series at the final week as `final:<name>`).
 * `parseRunsCsv` turns it into `SweepRow`s, the input of the sweep charts and
 * tables; provenance columns are dropped and an empty cell is null.
 */
import { describe } from '../errors.ts';
import type { Bounds } from '../statistics/bounds.ts';
import { readCsv } from './csv-read.ts';
import { InvalidResultsError } from './errors.ts';
import type { MetricInfo } from './types.ts';

export interface SweepRow {
  /** The design point's key, e.g. "p003". */
  point: string;
  /** The point's factor values, by factor name. */
  factors: Record<string, number>;
  arm: string;
  replicate: number;
  /** Every metric column; null where the run had no value. */
  values: Record<string, number | null>;
}

/** Columns that identify or trace a run rather than measure it. */
const RUN_COLUMNS = ['point', 'arm', 'replicate', 'seed', 'run_key', 'scenario_hash'] as const;

export function parseRunsCsv(text: string, factorNames: readonly string[], where = 'runs.csv'): SweepRow[] {
  const { columns, rows } = readCsv(text, where);
  for (const column of [...RUN_COLUMNS, ...factorNames])
    if (!columns.includes(column)) throw new InvalidResultsError(`${where}: there is no ${JSON.stringify(column)} column. A sweep's runs.csv should have ${[...RUN_COLUMNS, ...factorNames].join(', ')} and the metrics.`);
  const fixed = new Set<string>([...RUN_COLUMNS, ...factorNames]);
  const metrics = columns.filter((column) => !fixed.has(column));

  return rows.map((row, i) => {
    const cell = (column: string, optional: boolean): number | null => {
      const text = row[column];
      if (text === '' && optional) return null;
      const value = Number(text);
      // Number('') is 0 and Number(' 1') is 1: only plain numeric text counts.
      if (text.trim() !== text || text === '' || !Number.isFinite(value))
        throw new InvalidResultsError(`${where}: row ${i + 2}, column ${JSON.stringify(column)} is ${describe(text)}. It should be a number${optional ? ', or empty when the run had none' : ''}.`);
      return value;
    };
    const replicate = cell('replicate', false)!;
    if (!(Number.isInteger(replicate) && replicate >= 1))
      throw new InvalidResultsError(`${where}: row ${i + 2} has replicate ${replicate}. Replicates should be whole numbers from 1.`);
    return {
      point: row.point,
      factors: Object.fromEntries(factorNames.map((name) => [name, cell(name, false)!])),
      arm: row.arm,
      replicate,
      values: Object.fromEntries(metrics.map((metric) => [metric, cell(metric, true)])),
    };
  });
}

/** A sweep metric's catalogue entry: by name, or `final:<name>` from `<name>`'s entry. */
export function sweepMetricInfo(metrics: readonly MetricInfo[], metric: string): MetricInfo | undefined {
  return metrics.find((m) => m.name === metric) ?? (metric.startsWith('final:') ? metrics.find((m) => `final:${m.name}` === metric) : undefined);
}

/** The range a sweep metric cannot leave, from the catalogue; undefined when unbounded or not catalogued. */
export function sweepMetricBounds(metrics: readonly MetricInfo[], metric: string): Bounds | undefined {
  return sweepMetricInfo(metrics, metric)?.bounds;
}

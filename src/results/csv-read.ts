/**
 * Reading CSV
 * ===========
 *
 * The reports read back the CSVs leadsim writes (runs.csv, comparisons.csv):
 * a header row, then records of text cells. csv-parse does the parsing; this
 * keeps the header, gives records keyed by column, and turns a malformed file
 * (a ragged row, an unclosed quote) into a typed error naming the file.
 */
import { parse } from 'csv-parse/sync';

import { InvalidResultsError } from './errors.ts';

export interface CsvTable {
  columns: string[];
  /** One record per data row, keyed by column name. */
  rows: Record<string, string>[];
}

export function readCsv(text: string, where: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text) as string[][];
  } catch (error) {
    throw new InvalidResultsError(`${where}: ${(error as Error).message}. It should be a CSV file as leadsim writes them.`);
  }
  if (records.length === 0) throw new InvalidResultsError(`${where}: the file is empty. It should start with a header row.`);
  const [columns, ...data] = records;
  // fromEntries defines own properties, so a column named "__proto__" stays a plain key.
  return { columns, rows: data.map((record) => Object.fromEntries(columns.map((column, c) => [column, record[c]]))) };
}

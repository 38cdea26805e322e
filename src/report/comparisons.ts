/**
 * Comparisons between arms
 * ========================
 *
 * comparisons.csv (paired differences of each arm from a baseline arm, under
 * common random numbers) is shown as written, column for column, numbers to
 * three significant figures, measures by label. As in the summary, breakdowns by initiative,
 * grade or departure (metrics with a ":") are folded away below the rest.
 */
import { readCsv } from '../results/csv-read.ts';
import { html } from './html.ts';
import type { ResultsFolder } from './folder.ts';
import type { Section } from './page.ts';
import type { Catalogue } from './catalogue.ts';
import { metricCell, numberCell, table } from './tables.ts';

export function comparisonsSection(folder: ResultsFolder, catalogue: Catalogue): Section | null {
  const text = folder.read('comparisons.csv');
  if (text === null) return null;
  const { columns, rows } = readCsv(text, `${folder.dir}/comparisons.csv`);
  const isNumber = (cell: string) => cell !== '' && cell.trim() === cell && Number.isFinite(Number(cell));
  // A column is numeric when every filled cell is a number.
  const numeric = columns.map((column) => rows.every((row) => row[column] === '' || isNumber(row[column])));
  const tableOf = (shown: typeof rows) =>
    table(
      columns.map((column, c) => ({ header: column, numeric: numeric[c] })),
      shown.map((row) =>
        columns.map((column, c) => (column === 'metric' ? metricCell(catalogue, row[column]) : numeric[c] && row[column] !== '' ? numberCell(Number(row[column])) : row[column])),
      ),
    );
  // A file written by hand may lack the metric column.
  const breakdown = (row: Readonly<Partial<Record<string, string>>>) => row.metric?.includes(':') ?? false;
  const breakdowns = rows.filter(breakdown);
  const body = html`<p class="note">Paired differences of each arm from the baseline arm for every measure, as in comparisons.csv (effect_size: d<sub>z</sub>, see Findings).</p>
${tableOf(rows.filter((row) => !breakdown(row)))}
${breakdowns.length === 0 ? '' : html`<details><summary>Breakdowns by initiative, grade and departure (${breakdowns.length} rows)</summary>\n${tableOf(breakdowns)}</details>`}`;
  return { id: 'comparisons', title: 'All comparisons', body };
}

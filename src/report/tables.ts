/**
 * Tables in the report
 * ====================
 *
 * Numbers read as in the terminal table (summary-table.ts): three significant
 * figures, "mean [95% CI]", "(n=…)" where some runs had no value. Number
 * columns are right-aligned in tabular figures so digits line up.
 */
import { formatStatistics } from '../exporters/tables/summary-table.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import type { Catalogue } from './catalogue.ts';

export interface Column {
  header: string | Html;
  /** Right-aligned. */
  numeric?: boolean;
}

export function table(columns: readonly Column[], rows: readonly (string | Html)[][], caption?: string | Html): Html {
  const align = (c: number) => (columns[c].numeric ? html` class="num"` : '');
  return html`<div class="table-wrap"><table>${caption === undefined ? '' : html`<caption>${caption}</caption>`}
<thead><tr>${columns.map((column, c) => html`<th${align(c)}>${column.header}</th>`)}</tr></thead>
<tbody>
${rows.map((row) => html`<tr>${row.map((cell, c) => html`<td${align(c)}>${cell}</td>`)}</tr>\n`)}</tbody></table></div>`;
}

/** Statistics as summary.json and the sweep tables hold them. */
export interface Statistics {
  n: number;
  mean: number | null;
  ci95_low: number | null;
  ci95_high: number | null;
}

/** "0.452 [0.431, 0.474]", "0.452 (n=1)" or "n/a". */
export function statisticsCell(s: Statistics | undefined, replicates: number): string {
  if (s === undefined) return 'n/a';
  const ci95 = s.ci95_low === null || s.ci95_high === null ? null : ([s.ci95_low, s.ci95_high] as const);
  return formatStatistics({ n: s.n, mean: s.mean, ci95 }, replicates);
}

/** A number as the tables show it: whole numbers in full, others to three significant figures without trailing zeros (0.5, not 0.500). */
export function numberCell(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

/** A measure by its label, with the name the CSV files use beside it (or the name alone when not catalogued). */
export function metricCell(catalogue: Catalogue, metric: string): Html {
  const label = catalogue.label(metric);
  return label === metric ? html`<code>${metric}</code>` : html`${label} <code class="name">${metric}</code>`;
}

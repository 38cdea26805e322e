/**
 * CSV cells safe to open in a spreadsheet
 * =======================================
 *
 * A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return may run as a formula when the file is opened in a spreadsheet (CSV
 * injection, OWASP). Names users choose (metrics, arms, factors) reach the
 * CSVs leadsim writes, so such a cell gets a leading `'`, which spreadsheets
 * read as "this is text". Numbers ("-0.25", "+1e3") are left as they are.
 */

export function neutraliseCell(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (text.trim() !== '' && !Number.isNaN(Number(text))) return text;
  return `'${text}`;
}

/** csv-stringify options applying it to every text cell, headers included. */
export const SAFE_CELLS = { cast: { string: neutraliseCell } } as const;

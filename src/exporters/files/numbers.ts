/**
 * Numbers in files
 * ================
 *
 * Output files must be byte-identical for the same results, on any machine.
 * `String(x)` gives the shortest text that reads back as exactly x
 * (ECMAScript Number::toString), independent of locale; JSON.stringify uses
 * the same rule. A missing value is an empty CSV cell or JSON null.
 */

export function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Stable JSON text: two-space indent and a final newline, so files diff cleanly. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

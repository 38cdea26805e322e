/**
 * Number formats that follow the data
 * ===================================
 *
 * A fixed format fails at one end of the data or the other: ".2f" reads
 * every tick of a density near 0.0015 as "0.00", ".0%" reads 72.4% and 72.6%
 * alike. Axes and legends take a format without a precision ('%', or none)
 * and Vega picks one from the tick step. Labels written on the marks (the
 * means in heatmap cells) get `distinctFormat`: the fewest significant digits,
 * from two, that tell every distinct value apart.
 */

/** A d3 format with significant digits ('.3~g', or '.3~p' for a share as a percentage) that keeps distinct values distinct. */
export function distinctFormat(values: readonly number[], percent: boolean): string {
  const distinct = [...new Set(values)];
  for (let digits = 2; digits < 6; digits++) {
    const texts = new Set(distinct.map((x) => (percent ? x * 100 : x).toPrecision(digits)));
    if (texts.size === distinct.length) return `.${digits}~${percent ? 'p' : 'g'}`;
  }
  return `.6~${percent ? 'p' : 'g'}`;
}

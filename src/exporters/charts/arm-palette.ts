/**
 * Arm colours
 * ===========
 *
 * One palette for arms wherever they are drawn: the CLI's charts, the report
 * and the workshop demo. Colours are Okabe & Ito's colour-blind-safe palette,
 * given to arms in the order of `arms`: black and bluish green first (the
 * demo's two networks colour people blue, orange and vermilion by adoption
 * state, so the first two arms keep clear of those), yellow last (faint on
 * white). Dash patterns tell arms apart in greyscale too. No imports, so the
 * demo's page bundle takes it as it is.
 */

export const ARM_COLOURS: readonly string[] = ['#000000', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#0072B2', '#E69F00', '#F0E442'];

export const ARM_DASHES: readonly (readonly number[])[] = [[1, 0], [10, 4], [3, 3], [12, 4, 3, 4], [6, 3], [1, 3], [16, 4], [8, 2, 2, 2]];

/** The colour of the arm at `index` in `arms`; the palette repeats past its end. */
export function armColour(index: number): string {
  return ARM_COLOURS[index % ARM_COLOURS.length];
}

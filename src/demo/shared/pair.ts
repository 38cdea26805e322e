/**
 * Left and right
 * ==============
 *
 * The page compares two arms; everything per arm comes as a pair, left panel
 * first. Helpers that keep it a pair in the types, so no caller casts.
 */

/** Left and right panel. */
export type Pair<T> = readonly [T, T];

export type Side = 0 | 1;
export const SIDES: Pair<Side> = [0, 1];

export function mapPair<T, U>(pair: Pair<T>, each: (item: T, side: Side) => U): Pair<U> {
  return [each(pair[0], 0), each(pair[1], 1)];
}

/** The pair with one side replaced. */
export function withSide<T>(pair: Pair<T>, side: Side, item: T): Pair<T> {
  return side === 0 ? [item, pair[1]] : [pair[0], item];
}

/**
 * Samples
 * =======
 *
 * A sample is what one measure took across replicates: a list of numbers in
 * which `null` means "undefined in that run" (e.g. no trainees that week).
 * These helpers turn it into the plain finite numbers the statistics work on,
 * and compute the two moments every estimate here starts from.
 */
import { InvalidOptionError } from '../errors.ts';

export type Sample = readonly (number | null)[];

/** The non-null values; NaN or ±Infinity is a bug upstream, so it throws rather than hide. */
export function presentValues(values: Sample, where: string): number[] {
  const present: number[] = [];
  for (const value of values) {
    if (value === null) continue;
    if (!Number.isFinite(value)) throw new InvalidOptionError(where, 'values', 'finite numbers or null', value);
    present.push(value);
  }
  return present;
}

/** Arithmetic mean of a non-empty list, summed in input order (so the same input gives the same bits). */
export function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  const first = sum / xs.length;
  // A correction pass (the "corrected two-pass" of Chan, Golub & LeVeque 1983) removes most of
  // the plain sum's rounding error: shares like 0.1 + 0.2 otherwise drift in the last digits.
  let residual = 0;
  for (const x of xs) residual += x - first;
  return first + residual / xs.length;
}

/** Sample standard deviation (n − 1 denominator) of a list of at least two values around its mean. */
export function standardDeviation(xs: readonly number[], centre: number): number {
  let squares = 0;
  for (const x of xs) squares += (x - centre) ** 2;
  return Math.sqrt(squares / (xs.length - 1));
}

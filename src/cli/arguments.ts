/**
 * Command-line argument parsers
 * =============================
 *
 * Shared by the commands, so every number is checked the same way.
 */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`expected a whole number, found "${value}".`);
  return n;
}

export function share(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`expected a number in [0, 1], found "${value}".`);
  return n;
}

/** A count such as weeks or replicates: a whole number ≥ 1. */
export function positiveWholeNumber(value: string): number {
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError(`expected a whole number ≥ 1, found "${value}".`);
  return n;
}

/** A parser for an even whole number from `min` to `max`, such as ties per person on a ring. */
export function evenWholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!(Number.isInteger(n) && n % 2 === 0 && n >= min && n <= max)) throw new InvalidArgumentError(`expected an even whole number from ${min} to ${max}, found "${value}".`);
    return n;
  };
}

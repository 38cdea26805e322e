/**
 * The command-line number parsers: each refuses at the door, in the words
 * commander prints after the option's name, what a command could not use.
 */
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';

import { evenWholeNumber, positiveWholeNumber } from '../../src/cli/arguments.ts';

describe('positiveWholeNumber (--workers, --weeks, --replicates)', () => {
  it('takes 1 and more; refuses 0, fractions and words', () => {
    expect(positiveWholeNumber('1')).toBe(1);
    for (const value of ['0', '-2', '1.5', 'abc']) expect(() => positiveWholeNumber(value)).toThrow(new InvalidArgumentError(`expected a whole number ≥ 1, found "${value}".`));
  });
});

describe('evenWholeNumber (contagion --ties)', () => {
  const ties = evenWholeNumber(2, 1998);
  it('takes an even number in its range', () => {
    expect(ties('2')).toBe(2);
    expect(ties('1998')).toBe(1998);
  });
  it.each(['5', '0', '2000', '4.0e0x', 'eight'])('refuses "%s", naming the range', (value) => {
    expect(() => ties(value)).toThrow(new InvalidArgumentError(`expected an even whole number from 2 to 1998, found "${value}".`));
  });
});

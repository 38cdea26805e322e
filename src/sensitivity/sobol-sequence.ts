/**
 * Scrambled Sobol' sequence
 * =========================
 *
 * Points of the Sobol' (1967) low-discrepancy sequence in [0, 1)^d, from Joe &
 * Kuo's direction numbers (joe-kuo.ts) with 32 bits per coordinate. Point n is
 * the XOR of the direction numbers at the set bits of its Gray code n ^ (n >> 1)
 * (Antonov & Saleev 1979), so any point is computed on its own.
 *
 * Scrambling (optional, on by default in designs) is Matoušek's (1998) random
 * linear matrix scrambling with a digital shift, as SciPy's `qmc.Sobol` does:
 * each dimension's direction numbers are multiplied by a random lower
 * triangular binary matrix with a unit diagonal, and every point is XORed with
 * a random 32-bit shift. Both keep the net property (any 2^m consecutive points
 * from 0 put one point in each of 2^m equal intervals of every coordinate) and
 * make the points random, so repeated designs give unbiased estimates. The bits
 * come from the named stream given, never Math.random.
 *
 * No npm package fit: the one named "sobol" (1.1.4, one release) shifts 52-bit
 * numbers with JavaScript's 32-bit `<<`, and none scrambles.
 */
import { InvalidOptionError } from '../errors.ts';
import type { RandomStream } from '../random/stream.ts';
import { JOE_KUO } from './joe-kuo.ts';

const BITS = 32;
const SCALE = 2 ** -BITS;

/** The largest dimension the bundled direction numbers allow. */
export const MAX_SOBOL_DIMENSION = JOE_KUO.length + 1;

export interface SobolOptions {
  /** Scramble with this stream's bits (linear matrix scrambling and a digital shift); unscrambled when absent. */
  random?: RandomStream;
}

export class SobolSequence {
  readonly dimension: number;
  /** directions[j][k]: the direction number v_{k+1} of dimension j as a 32-bit integer. */
  private readonly directions: Uint32Array[];
  private readonly shift: Uint32Array;

  constructor(dimension: number, { random }: SobolOptions = {}) {
    if (!(Number.isInteger(dimension) && dimension >= 1 && dimension <= MAX_SOBOL_DIMENSION))
      throw new InvalidOptionError('SobolSequence', 'dimension', `a whole number from 1 to ${MAX_SOBOL_DIMENSION}`, dimension);
    this.dimension = dimension;
    this.directions = Array.from({ length: dimension }, (_, j) => directionNumbers(j));
    this.shift = new Uint32Array(dimension);
    if (random !== undefined)
      for (let j = 0; j < dimension; j++) {
        const bits = random.fork('dimension', j + 1);
        this.directions[j] = scramble(this.directions[j], bits);
        this.shift[j] = randomWord(bits);
      }
  }

  /** Point n (n = 0, 1, …, below 2^32) written into `out` (length ≥ dimension); returns `out`. */
  point(n: number, out: Float64Array = new Float64Array(this.dimension)): Float64Array {
    if (!(Number.isInteger(n) && n >= 0 && n < 2 ** BITS)) throw new InvalidOptionError('SobolSequence.point', 'n', 'a whole number from 0 below 2^32', n);
    const gray = n ^ Math.floor(n / 2);
    for (let j = 0; j < this.dimension; j++) {
      const v = this.directions[j];
      let x = this.shift[j];
      for (let k = 0, g = gray; g !== 0; k++, g = Math.floor(g / 2)) if (g % 2 === 1) x ^= v[k];
      out[j] = (x >>> 0) * SCALE;
    }
    return out;
  }

  /** The first `count` points, one row each. */
  points(count: number): Float64Array[] {
    return Array.from({ length: count }, (_, n) => this.point(n));
  }
}

/** Dimension j's (0-based) 32 direction numbers v_k = m_k · 2^(32 − k), by the recurrence of Bratley & Fox (1988). */
function directionNumbers(j: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (j === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const { s, a, m } = JOE_KUO[j - 1];
  for (let k = 0; k < Math.min(s, BITS); k++) v[k] = m[k] * 2 ** (BITS - 1 - k);
  for (let k = s; k < BITS; k++) {
    let value = v[k - s] ^ (v[k - s] >>> s);
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) value ^= v[k - l];
    v[k] = value >>> 0;
  }
  return v;
}

/** L·v for each direction number v, L a random lower triangular binary matrix with ones on its diagonal (row r acts on bit 31 − r). */
function scramble(directions: Uint32Array, random: RandomStream): Uint32Array {
  const rows = new Uint32Array(BITS);
  for (let r = 0; r < BITS; r++) {
    let row = 2 ** (BITS - 1 - r); // the diagonal
    for (let c = 0; c < r; c++) if (random.int(2) === 1) row += 2 ** (BITS - 1 - c);
    rows[r] = row >>> 0;
  }
  return directions.map((v) => {
    let out = 0;
    for (let r = 0; r < BITS; r++) if (parity(rows[r] & v)) out += 2 ** (BITS - 1 - r);
    return out >>> 0;
  });
}

function parity(word: number): boolean {
  let x = word >>> 0;
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return (x & 1) === 1;
}

function randomWord(random: RandomStream): number {
  return random.int(2 ** 16) * 2 ** 16 + random.int(2 ** 16);
}

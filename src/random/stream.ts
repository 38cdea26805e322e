/**
 * Named random streams
 * ====================
 *
 * Every random draw in leadsim comes from a stream named by a path under a
 * seed, e.g. `stream(42, "arm:collective", "rep:3", "thresholds")`. The
 * sequence depends only on (seed, path): never on what other streams drew, nor
 * on the order in which runs execute, so a replicate gives the same numbers
 * serially, on a worker thread, or on another machine.
 *
 * The generator is Baagøe's Alea (as seedrandom's `alea`, whose numbers it
 * gives exactly: test/random/stream.test.ts), seeded with the JSON text of
 * [seed, ...path] (unambiguous even when path parts contain separators).
 * Written out here so that seeding shares the part every stream has in
 * common and `fill` draws many numbers in one loop (national runs make
 * hundreds of thousands of streams and draw tens of millions of numbers).
 */
import { InvalidOptionError } from '../errors.ts';

export type StreamPathPart = string | number;

export interface RandomStream {
  /** The seed and path that name this stream. */
  readonly seed: number | string;
  readonly path: readonly StreamPathPart[];
  /** Uniform double in [0, 1). A plain function, not a method: it can be handed on as a library's rng. */
  readonly next: () => number;
  /** The next `count` uniforms (by default as many as `into` holds) into `into`, in order: the same numbers `next` would give. */
  fill(into: Float64Array, count?: number): void;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Normal deviate (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** A child stream: same seed, this path extended. Independent of this one's draws. */
  fork(...path: StreamPathPart[]): RandomStream;
}

export function stream(seed: number | string, ...path: StreamPathPart[]): RandomStream {
  if (typeof seed === 'number' && !Number.isFinite(seed))
    throw new InvalidOptionError('stream', 'seed', 'a finite number or a string', seed);
  const invalid = path.findIndex((part) => typeof part !== 'string' && !(typeof part === 'number' && Number.isFinite(part)));
  if (invalid >= 0) throw new InvalidOptionError('stream', 'path', 'strings or finite numbers', path[invalid]);
  return new AleaStream(seed, path);
}

/** How many numbers a caller of `fill` takes at a time: 32 KiB of doubles, which stay in the cache. */
export const DRAW_BLOCK = 4096;

/** 2^-32. */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * Alea's seeding hash (Mash), its state carried from one call to the next as in seedrandom:
 * `mash` continues from `mashState` and leaves it where it ends.
 */
let mashState = 0;
function mash(data: string): number {
  let n = mashState;
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  mashState = n;
  return (n >>> 0) * TWO_TO_MINUS_32;
}

// Every stream's seeding starts by hashing ' ' three times from the same state: done once here.
mashState = 0xefc8249d;
const SPACE0 = mash(' ');
const SPACE1 = mash(' ');
const SPACE2 = mash(' ');
const AFTER_SPACES = mashState;

class AleaStream implements RandomStream {
  readonly seed: number | string;
  readonly path: readonly StreamPathPart[];
  // Numbers from the start (never undefined), so the fields hold unboxed doubles.
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private c = 1;

  constructor(seed: number | string, path: readonly StreamPathPart[]) {
    this.seed = seed;
    this.path = Object.freeze([...path]);
    const text = JSON.stringify([seed, ...path]);
    mashState = AFTER_SPACES;
    this.s0 = SPACE0 - mash(text);
    if (this.s0 < 0) this.s0 += 1;
    this.s1 = SPACE1 - mash(text);
    if (this.s1 < 0) this.s1 += 1;
    this.s2 = SPACE2 - mash(text);
    if (this.s2 < 0) this.s2 += 1;
  }

  readonly next = (): number => {
    const t = 2091639 * this.s0 + this.c * TWO_TO_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  };

  fill(into: Float64Array, count = into.length): void {
    if (!(count >= 0 && count <= into.length)) throw new RangeError(`fill: ${String(count)} numbers asked for an array of ${String(into.length)}`);
    let { s0, s1, s2, c } = this;
    for (let k = 0; k < count; k++) {
      const t = 2091639 * s0 + c * TWO_TO_MINUS_32;
      s0 = s1;
      s1 = s2;
      into[k] = s2 = t - (c = t | 0);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.c = c;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  normal(mean: number, sd: number): number {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  fork(...path: StreamPathPart[]): RandomStream {
    return stream(this.seed, ...this.path, ...path);
  }
}

/** Shuffles `list` in place (Fisher–Yates, from the last element down) with draws from `random`; returns it. */
export function shuffleInPlace<T>(list: T[], random: RandomStream): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

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
 * The generator is seedrandom's Alea, seeded with the JSON text of
 * [seed, ...path] (unambiguous even when path parts contain separators).
 * `fill` takes a block of its numbers at once, for loops that draw one per
 * person (tens of millions a national year).
 */
import seedrandom from 'seedrandom';

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

class AleaStream implements RandomStream {
  readonly seed: number | string;
  readonly path: readonly StreamPathPart[];
  readonly next: () => number;

  constructor(seed: number | string, path: readonly StreamPathPart[]) {
    this.seed = seed;
    this.path = Object.freeze([...path]);
    this.next = seedrandom.alea(JSON.stringify([seed, ...path]));
  }

  fill(into: Float64Array, count = into.length): void {
    if (!(count >= 0 && count <= into.length)) throw new RangeError(`fill: ${String(count)} numbers asked for an array of ${String(into.length)}`);
    const { next } = this;
    for (let k = 0; k < count; k++) into[k] = next();
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

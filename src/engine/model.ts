/**
 * The diffusion model contract
 * ============================
 *
 * A model is a small object: `prepare` draws what is fixed for a run (such as
 * thresholds) and returns the step function. `step` computes one step, applies
 * its adoptions through `adopt`, leaves the step's new adopters in
 * `state.newAdopters`, and says whether the state has reached a fixed point
 * (nothing changed and nothing can change any more).
 */
import type { CompiledGraph } from './compile.ts';
import type { RandomStream } from '../random/stream.ts';
import type { DiffusionState } from './state.ts';
import { InvalidOptionError } from '../errors.ts';

export interface DiffusionModel {
  readonly name: string;
  /** `random` is null when the caller gave no stream; a model that draws must then refuse. */
  prepare(graph: CompiledGraph, random: RandomStream | null): PreparedModel;
}

export interface PreparedModel {
  /** Returns true at a fixed point. */
  step(state: DiffusionState): boolean;
}

export function requireRandom(where: string, random: RandomStream | null, why: string): RandomStream {
  if (random === null)
    throw new InvalidOptionError(where, 'random', `a seeded stream, because ${why}`, undefined);
  return random;
}

export function probability(where: string, option: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new InvalidOptionError(where, option, 'a probability in [0, 1]', value);
  return value;
}

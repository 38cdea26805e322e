/**
 * Diffusion state
 * ===============
 *
 * The engine's mutable state, in typed arrays indexed like the compiled graph.
 * Models read and write it through `adopt`, which keeps the counters right.
 */
import type { CompiledGraph } from './compile.ts';

export interface DiffusionState {
  readonly graph: CompiledGraph;
  /** 1 once node i has adopted. */
  readonly adopted: Uint8Array;
  /** The step at which node i adopted (0: initial adopter), or -1. */
  readonly adoptionStep: Int32Array;
  /** The step being computed (0 before the first). */
  step: number;
  /** Number of adopters so far. */
  adopters: number;
  /** The nodes that adopted in the last step, in `newAdopters[0 .. newAdopterCount)`. */
  newAdopters: Int32Array;
  newAdopterCount: number;
}

export function createState(graph: CompiledGraph, initialAdopters: Iterable<number>): DiffusionState {
  const state: DiffusionState = {
    graph,
    adopted: new Uint8Array(graph.order),
    adoptionStep: new Int32Array(graph.order).fill(-1),
    step: 0,
    adopters: 0,
    newAdopters: new Int32Array(graph.order),
    newAdopterCount: 0,
  };
  for (const i of initialAdopters) {
    if (state.adopted[i] !== 0) continue;
    adopt(state, i);
    state.newAdopters[state.newAdopterCount++] = i;
  }
  return state;
}

export function adopt(state: DiffusionState, i: number): void {
  state.adopted[i] = 1;
  state.adoptionStep[i] = state.step;
  state.adopters++;
}

/**
 * Run a diffusion model
 * =====================
 *
 *   compiled graph ──► model.prepare (draw thresholds) ──► initial adopters
 *        ──► step, step, … until a fixed point or the step limit ──► result
 *
 * Random draws come from named children of the caller's stream: "model"
 * (thresholds, chances, order) and "initial-adopters", so drawing more or
 * fewer numbers for one purpose never shifts another.
 */
import type { CompiledGraph } from './compile.ts';
import type { DiffusionModel } from './model.ts';
import type { RandomStream } from '../random/stream.ts';
import { createState } from './state.ts';
import { requireRandom } from './model.ts';
import { InvalidOptionError } from '../errors.ts';

/** Node keys, or `{ random: k }` for k nodes drawn uniformly without replacement. */
export type InitialAdopters = Iterable<string> | { random: number };

export interface SimulateOptions {
  initialAdopters: InitialAdopters;
  /** Default 1000. */
  maxSteps?: number;
  /** Required when anything is drawn at random. */
  random?: RandomStream;
}

export interface DiffusionResult {
  readonly model: string;
  /** Node keys, aligned with `adoptionStep`. */
  readonly keys: readonly string[];
  /** adopters[t] = number of adopters after step t; adopters[0] counts the initial adopters. */
  readonly adopters: number[];
  /** Step at which each node adopted (0: initial adopter), or -1 if it never did. */
  readonly adoptionStep: Int32Array;
  readonly steps: number;
  readonly finalSize: number;
  readonly stoppedBy: 'fixed-point' | 'step-limit';
}

export function simulate(graph: CompiledGraph, model: DiffusionModel, options: SimulateOptions): DiffusionResult {
  const maxSteps = options.maxSteps ?? 1000;
  if (!Number.isInteger(maxSteps) || maxSteps < 0)
    throw new InvalidOptionError('simulate', 'maxSteps', 'a whole number ≥ 0', maxSteps);
  const random = options.random ?? null;

  const prepared = model.prepare(graph, random?.fork('model') ?? null);
  const state = createState(graph, resolveInitialAdopters(graph, options.initialAdopters, random));
  const adopters = [state.adopters];
  let stoppedBy: DiffusionResult['stoppedBy'] = 'step-limit';
  while (state.step < maxSteps) {
    state.step++;
    const settled = prepared.step(state);
    adopters.push(state.adopters);
    if (settled) {
      stoppedBy = 'fixed-point';
      break;
    }
  }
  return {
    model: model.name,
    keys: graph.keys,
    adopters,
    adoptionStep: state.adoptionStep,
    steps: state.step,
    finalSize: state.adopters,
    stoppedBy,
  };
}

/** `spec` is checked rather than trusted: it may come from JavaScript, with keys that are numbers. */
function resolveInitialAdopters(graph: CompiledGraph, spec: unknown, random: RandomStream | null): number[] {
  if (isRandomCount(spec)) {
    const k = spec.random;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > graph.order)
      throw new InvalidOptionError('simulate', 'initialAdopters.random', `a whole number in [0, ${graph.order}]`, k);
    const draws = requireRandom('simulate', random, 'initial adopters are drawn at random').fork('initial-adopters');
    // Partial Fisher–Yates: k draws, whatever the graph's size.
    const pool = Array.from({ length: graph.order }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + draws.int(graph.order - i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, k);
  }
  if (!isIterable(spec)) throw new InvalidOptionError('simulate', 'initialAdopters', 'node keys or { random: k }', spec);
  const indices: number[] = [];
  for (const key of spec) {
    const i = graph.indexOf(String(key));
    if (i === undefined)
      throw new InvalidOptionError('simulate', 'initialAdopters', 'keys of nodes in the graph', key);
    indices.push(i);
  }
  return indices;
}

function isRandomCount(spec: unknown): spec is { random: unknown } {
  return typeof spec === 'object' && spec !== null && 'random' in spec;
}

function isIterable(spec: unknown): spec is Iterable<unknown> {
  if (typeof spec === 'string') return true;
  return typeof spec === 'object' && spec !== null && Symbol.iterator in spec && typeof spec[Symbol.iterator] === 'function';
}

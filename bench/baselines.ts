/**
 * Baselines for the engine benchmark
 * ==================================
 *
 * The fractional threshold model with synchronous updates, written twice
 * outside the engine: once as plain graphology code, once as a hand-inlined
 * loop over the engine's own CSR arrays (the ceiling). Both follow the
 * engine's algorithm exactly: each step every non-adopter counts its adopting
 * neighbours (so a step visits the sum of the non-adopters' degrees) and
 * adopts if count ≥ φ · degree; adoptions apply after the scan; a step with
 * no adoption ends the run.
 */
import type Graph from 'graphology';

import type { CompiledGraph } from '../src/engine/index.ts';

export interface RunOutcome {
  /** Step at which each node adopted (0: seed, -1: never), in the graph's node order. */
  readonly adoptionStep: Int32Array;
  readonly steps: number;
}

export function graphologyLoop(graph: Graph, phi: number, seeds: readonly string[], maxSteps: number): RunOutcome {
  const adoptedAt = new Map<string, number>();
  for (const seed of seeds) adoptedAt.set(seed, 0);
  let step = 0;
  while (step < maxSteps) {
    step++;
    const found: string[] = [];
    graph.forEachNode((node) => {
      if (adoptedAt.has(node)) return;
      let count = 0;
      graph.forEachNeighbor(node, (neighbour) => {
        if (adoptedAt.has(neighbour)) count++;
      });
      if (count >= phi * graph.degree(node)) found.push(node);
    });
    for (const node of found) adoptedAt.set(node, step);
    if (found.length === 0) break;
  }
  return { adoptionStep: Int32Array.from(graph.mapNodes((node) => adoptedAt.get(node) ?? -1)), steps: step };
}

export function typedArrayLoop(graph: CompiledGraph, phi: number, seeds: readonly number[], maxSteps: number): RunOutcome {
  const { offsets, neighbours } = graph.in;
  const n = graph.order;
  const adopted = new Uint8Array(n);
  const adoptionStep = new Int32Array(n).fill(-1);
  const found = new Int32Array(n);
  const need = new Float64Array(n);
  for (let i = 0; i < n; i++) need[i] = phi * (offsets[i + 1] - offsets[i]);
  for (const i of seeds) {
    adopted[i] = 1;
    adoptionStep[i] = 0;
  }
  let step = 0;
  while (step < maxSteps) {
    step++;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (adopted[i] !== 0) continue;
      let s = 0;
      const end = offsets[i + 1];
      for (let e = offsets[i]; e < end; e++) s += adopted[neighbours[e]];
      if (s >= need[i]) found[count++] = i;
    }
    for (let c = 0; c < count; c++) {
      adopted[found[c]] = 1;
      adoptionStep[found[c]] = step;
    }
    if (count === 0) break;
  }
  return { adoptionStep, steps: step };
}

/** Edges visited by a run: node i is scanned at steps 1 … (its adoption step, or the last step). */
export function edgeVisits(graph: CompiledGraph, outcome: RunOutcome): number {
  const { offsets } = graph.in;
  let visits = 0;
  for (let i = 0; i < graph.order; i++) {
    const adoptedAt = outcome.adoptionStep[i];
    visits += (offsets[i + 1] - offsets[i]) * (adoptedAt === -1 ? outcome.steps : adoptedAt);
  }
  return visits;
}

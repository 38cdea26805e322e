/**
 * Compile a graphology graph to typed arrays
 * ==========================================
 *
 * graphology is the source of truth for structure; the engine's hot loops run
 * on compressed sparse rows (CSR) built here once per run. Node i's
 * in-neighbours (those who influence it) are
 * `inNeighbours[inOffsets[i] .. inOffsets[i + 1])`, with their edge weights at
 * the same positions in `inWeights`. Out-neighbours (those i influences, for
 * push models such as the independent cascade) are laid out alike. On an
 * undirected graph both views are the same arrays.
 *
 * Edge u→v means "u influences v". Undirected edges count both ways; parallel
 * edges add up. Self-loops are rejected: a node is not its own neighbour.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

import { InvalidGraphError, InvalidOptionError, describe } from '../errors.ts';

export interface Adjacency {
  /** Row i spans [offsets[i], offsets[i + 1]). Length order + 1. */
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /** Edge weights aligned with `neighbours`; null when every weight is 1. */
  readonly weights: Float64Array | null;
}

export interface CompiledGraph {
  readonly order: number;
  readonly directed: boolean;
  /** Node key by index: the graph's own node order. */
  readonly keys: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly in: Adjacency;
  readonly out: Adjacency;
  /** Total incoming weight of each node (its degree when unweighted). */
  readonly inWeightSum: Float64Array;
}

export interface CompileOptions {
  /** Edge attribute holding the weight (missing → 1); null ignores weights. Default "weight". */
  weight?: string | null;
}

export function compileGraph(graph: AbstractGraph, options: CompileOptions = {}): CompiledGraph {
  const weightAttribute = options.weight === undefined ? 'weight' : options.weight;
  if (weightAttribute !== null && typeof weightAttribute !== 'string')
    throw new InvalidOptionError('compileGraph', 'weight', 'an edge attribute name or null', weightAttribute);

  const order = graph.order;
  const separateOut = graph.type !== 'undirected';
  const keys: string[] = new Array(order);
  const index = new Map<string, number>();
  // For the edge pass, a null-prototype object: integer-like keys ("0", "1", …) become fast element lookups.
  const lookup: Record<string, number> = Object.create(null);
  // Degrees give each row's length up front, so one pass over the edges can
  // write every arc straight into its row.
  const inbound = emptyRows(order, graph.directedSize + 2 * graph.undirectedSize);
  const outbound = separateOut ? emptyRows(order, inbound.neighbours.length) : inbound;
  let n = 0;
  graph.forEachNode((key) => {
    keys[n] = key;
    index.set(key, n);
    lookup[key] = n;
    const undirected = graph.undirectedDegree(key);
    inbound.offsets[n + 1] = inbound.offsets[n] + graph.inDegree(key) + undirected;
    if (separateOut) outbound.offsets[n + 1] = outbound.offsets[n] + graph.outDegree(key) + undirected;
    n++;
  });
  const inCursor = inbound.offsets.slice(0, order);
  const outCursor = separateOut ? outbound.offsets.slice(0, order) : inCursor;

  // graphology lists edges grouped by source: remembering the last source halves the key lookups.
  let lastSource: string | undefined;
  let u = 0;
  graph.forEachEdge((edge, attributes: Attributes, source, target, _sa, _ta, undirected) => {
    if (source === target)
      throw new InvalidGraphError(
        `compileGraph: edge "${edge}" is a self-loop on node "${source}". A node is not its own neighbour: drop self-loops before compiling.`,
      );
    const weight = weightAttribute === null ? 1 : readWeight(edge, attributes[weightAttribute], weightAttribute);
    if (source !== lastSource) {
      lastSource = source;
      u = lookup[source];
    }
    const v = lookup[target];
    place(inbound, inCursor[v]++, u, weight);
    if (separateOut) place(outbound, outCursor[u]++, v, weight);
    if (undirected) {
      place(inbound, inCursor[u]++, v, weight);
      if (separateOut) place(outbound, outCursor[v]++, u, weight);
    }
  });

  const inWeightSum = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    const start = inbound.offsets[i];
    const end = inbound.offsets[i + 1];
    if (inbound.weights === null) inWeightSum[i] = end - start;
    else for (let e = start; e < end; e++) inWeightSum[i] += inbound.weights[e];
  }

  return { order, directed: separateOut, keys, index, in: inbound, out: outbound, inWeightSum };
}

interface MutableAdjacency {
  offsets: Uint32Array;
  neighbours: Uint32Array;
  weights: Float64Array | null;
}

function emptyRows(order: number, arcs: number): MutableAdjacency {
  return { offsets: new Uint32Array(order + 1), neighbours: new Uint32Array(arcs), weights: null };
}

/** Write one arc; the weights array appears with the first weight that is not 1. */
function place(rows: MutableAdjacency, slot: number, neighbour: number, weight: number): void {
  rows.neighbours[slot] = neighbour;
  if (rows.weights === null) {
    if (weight === 1) return;
    rows.weights = new Float64Array(rows.neighbours.length).fill(1);
  }
  rows.weights[slot] = weight;
}

function readWeight(edge: string, value: unknown, attribute: string): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new InvalidGraphError(
      `compileGraph: edge "${edge}" has ${attribute} = ${describe(value)}. Weights must be finite numbers ≥ 0.`,
    );
  return value;
}

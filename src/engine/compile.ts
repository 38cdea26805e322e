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
  /** Node index by key, or undefined for a key not in the graph. */
  indexOf(key: string): number | undefined;
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
  const keys = new Array<string>(order);
  // A null-prototype object rather than a Map: filling a Map costs as much as the
  // whole edge pass, and integer-like keys ("0", "1", …) become element lookups.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Object.create is typed any; with a null prototype no key is inherited, so every value read is one written below
  const lookup: Record<string, number> = Object.create(null);
  // Degrees give each row's length up front, so one pass over the edges can
  // write every arc straight into its row.
  const inbound = emptyRows(order, graph.directedSize + 2 * graph.undirectedSize);
  const outbound = separateOut ? emptyRows(order, inbound.neighbours.length) : inbound;
  // Ask only for the degrees the graph's type can have: graphology's directed
  // degrees of an undirected graph are 0 but cost several times its undirected ones.
  const undirectedEdges = graph.type !== 'directed';
  let n = 0;
  graph.forEachNode((key) => {
    keys[n] = key;
    lookup[key] = n;
    const undirected = undirectedEdges ? graph.undirectedDegree(key) : 0;
    inbound.offsets[n + 1] = inbound.offsets[n] + (separateOut ? graph.inDegree(key) : 0) + undirected;
    if (separateOut) outbound.offsets[n + 1] = outbound.offsets[n] + graph.outDegree(key) + undirected;
    n++;
  });
  // Each row's start is its write cursor (see rewindRows): no cursor arrays to allocate.
  const inCursor = inbound.offsets;
  const outCursor = outbound.offsets;

  // graphology lists edges grouped by source: remembering the last source halves the key lookups.
  // The callback touches only locals and typed arrays, and validates a weight only when it is not 1:
  // this pass is most of the compile time.
  const inNeighbours = inbound.neighbours;
  const outNeighbours = outbound.neighbours;
  let lastSource: string | undefined;
  let u = 0;
  graph.forEachEdge((edge, attributes: Attributes, source, target, _sa, _ta, undirected) => {
    if (source === target)
      throw new InvalidGraphError(
        `compileGraph: edge "${edge}" is a self-loop on node "${source}". A node is not its own neighbour: drop self-loops before compiling.`,
      );
    if (source !== lastSource) {
      lastSource = source;
      u = lookup[source];
    }
    const v = lookup[target];
    const vu = inCursor[v]++;
    inNeighbours[vu] = u;
    const uv = separateOut ? outCursor[u]++ : -1;
    if (separateOut) outNeighbours[uv] = v;
    let vuBack = -1;
    let uvBack = -1;
    if (undirected) {
      vuBack = inCursor[u]++;
      inNeighbours[vuBack] = v;
      if (separateOut) {
        uvBack = outCursor[v]++;
        outNeighbours[uvBack] = u;
      }
    }
    if (weightAttribute === null) return;
    const weight: unknown = attributes[weightAttribute];
    if (weight === undefined || weight === 1) return;
    const w = readWeight(edge, weight, weightAttribute);
    setWeight(inbound, vu, w);
    if (separateOut) setWeight(outbound, uv, w);
    if (vuBack >= 0) setWeight(inbound, vuBack, w);
    if (uvBack >= 0) setWeight(outbound, uvBack, w);
  });

  rewindRows(inbound.offsets, order);
  if (separateOut) rewindRows(outbound.offsets, order);

  const inWeightSum = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    const start = inbound.offsets[i];
    const end = inbound.offsets[i + 1];
    if (inbound.weights === null) inWeightSum[i] = end - start;
    else for (let e = start; e < end; e++) inWeightSum[i] += inbound.weights[e];
  }

  const indexOf = (key: string): number | undefined => lookup[key];
  return { order, directed: separateOut, keys, indexOf, in: inbound, out: outbound, inWeightSum };
}

/**
 * Rows filled by using each row's start as its write cursor (`offsets[i]++`)
 * end with offsets[i] at the next row's start; shifting them by one puts the
 * starts back.
 */
export function rewindRows(offsets: Uint32Array, order: number): void {
  offsets.copyWithin(1, 0, order);
  offsets[0] = 0;
}

interface MutableAdjacency {
  offsets: Uint32Array;
  neighbours: Uint32Array;
  weights: Float64Array | null;
}

function emptyRows(order: number, arcs: number): MutableAdjacency {
  return { offsets: new Uint32Array(order + 1), neighbours: new Uint32Array(arcs), weights: null };
}

/** Weigh one arc; the weights array appears with the first weight that is not 1. */
function setWeight(rows: MutableAdjacency, slot: number, weight: number): void {
  rows.weights ??= new Float64Array(rows.neighbours.length).fill(1);
  rows.weights[slot] = weight;
}

function readWeight(edge: string, value: unknown, attribute: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new InvalidGraphError(
      `compileGraph: edge "${edge}" has ${attribute} = ${describe(value)}. Weights must be finite numbers ≥ 0.`,
    );
  return value;
}

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
  const keys: string[] = new Array(order);
  const index = new Map<string, number>();
  let n = 0;
  graph.forEachNode((key) => {
    keys[n] = key;
    index.set(key, n++);
  });

  // One pass over graphology collects arcs (an undirected edge gives two);
  // counting sort then lays them out as rows.
  const arcCapacity = graph.directedSize + 2 * graph.undirectedSize;
  const sources = new Uint32Array(arcCapacity);
  const targets = new Uint32Array(arcCapacity);
  const arcWeights = new Float64Array(arcCapacity);
  let weighted = false;
  let arcs = 0;
  graph.forEachEdge((edge, attributes: Attributes, source, target, _sa, _ta, undirected) => {
    if (source === target)
      throw new InvalidGraphError(
        `compileGraph: edge "${edge}" is a self-loop on node "${source}". A node is not its own neighbour: drop self-loops before compiling.`,
      );
    const weight = weightAttribute === null ? 1 : readWeight(edge, attributes[weightAttribute], weightAttribute);
    if (weight !== 1) weighted = true;
    const u = index.get(source)!;
    const v = index.get(target)!;
    sources[arcs] = u;
    targets[arcs] = v;
    arcWeights[arcs++] = weight;
    if (undirected) {
      sources[arcs] = v;
      targets[arcs] = u;
      arcWeights[arcs++] = weight;
    }
  });

  const inbound = toRows(order, targets, sources, arcWeights, weighted);
  const outbound = graph.type === 'undirected' ? inbound : toRows(order, sources, targets, arcWeights, weighted);

  const inWeightSum = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    const start = inbound.offsets[i];
    const end = inbound.offsets[i + 1];
    if (inbound.weights === null) inWeightSum[i] = end - start;
    else for (let e = start; e < end; e++) inWeightSum[i] += inbound.weights[e];
  }

  return { order, directed: graph.type !== 'undirected', keys, index, in: inbound, out: outbound, inWeightSum };
}

function readWeight(edge: string, value: unknown, attribute: string): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new InvalidGraphError(
      `compileGraph: edge "${edge}" has ${attribute} = ${describe(value)}. Weights must be finite numbers ≥ 0.`,
    );
  return value;
}

/** Group arcs by `rows[a]`, listing `columns[a]` in each row (counting sort, stable). */
function toRows(
  order: number,
  rows: Uint32Array,
  columns: Uint32Array,
  weights: Float64Array,
  weighted: boolean,
): Adjacency {
  const arcs = rows.length;
  const offsets = new Uint32Array(order + 1);
  for (let a = 0; a < arcs; a++) offsets[rows[a] + 1]++;
  for (let i = 0; i < order; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, order);
  const neighbours = new Uint32Array(arcs);
  const rowWeights = weighted ? new Float64Array(arcs) : null;
  for (let a = 0; a < arcs; a++) {
    const slot = cursor[rows[a]]++;
    neighbours[slot] = columns[a];
    if (rowWeights !== null) rowWeights[slot] = weights[a];
  }
  return { offsets, neighbours, weights: rowWeights };
}

import { DirectedGraph, UndirectedGraph } from 'graphology';

/** An undirected graph from "a-b" pairs (nodes named by the pairs, plus any extra isolated nodes). */
export function undirected(pairs: string[], isolated: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const pair of pairs) {
    const [u, v] = pair.split('-');
    g.mergeEdge(u, v);
  }
  for (const key of isolated) g.mergeNode(key);
  return g;
}

/** A directed graph from "u>v" arcs with optional ":weight". */
export function directed(arcs: string[]): DirectedGraph {
  const g = new DirectedGraph();
  for (const arc of arcs) {
    const [pair, weight] = arc.split(':');
    const [u, v] = pair.split('>');
    g.mergeEdge(u, v, weight === undefined ? {} : { weight: Number(weight) });
  }
  return g;
}

/** Node keys that adopted, sorted. */
export function adopters(result: { keys: readonly string[]; adoptionStep: Int32Array }): string[] {
  return result.keys.filter((_, i) => result.adoptionStep[i] >= 0).sort();
}

/** Adoption step by key. */
export function stepsByKey(result: { keys: readonly string[]; adoptionStep: Int32Array }): Record<string, number> {
  return Object.fromEntries(result.keys.map((k, i) => [k, result.adoptionStep[i]]));
}

import Graph, { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { InvalidGraphError, InvalidOptionError, compileGraph } from '../../src/index.ts';
import type { Adjacency, CompiledGraph } from '../../src/index.ts';

/** Row i of an adjacency as sorted [neighbour key, weight] pairs. */
function row(graph: CompiledGraph, adjacency: Adjacency, key: string): [string, number][] {
  const i = graph.indexOf(key)!;
  const pairs: [string, number][] = [];
  for (let e = adjacency.offsets[i]; e < adjacency.offsets[i + 1]; e++)
    pairs.push([graph.keys[adjacency.neighbours[e]], adjacency.weights === null ? 1 : adjacency.weights[e]]);
  return pairs.sort();
}

describe('compileGraph', () => {
  it('lays an undirected graph out once, both ways, keeping node order', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    g.addNode('lonely');
    const c = compileGraph(g);
    expect(c.keys).toEqual(['a', 'b', 'c', 'lonely']);
    expect(c.directed).toBe(false);
    expect(c.in).toBe(c.out);
    expect(c.in.weights).toBeNull();
    expect(row(c, c.in, 'b')).toEqual([['a', 1], ['c', 1]]);
    expect(row(c, c.in, 'lonely')).toEqual([]);
    expect([...c.inWeightSum]).toEqual([1, 2, 1, 0]);
  });

  it('separates in- and out-neighbours on a directed graph (u→v: u influences v)', () => {
    const g = new DirectedGraph();
    g.mergeEdge('boss', 'trainee', { weight: 3 });
    g.mergeEdge('peer', 'trainee', { weight: 0.5 });
    g.mergeEdge('trainee', 'peer');
    const c = compileGraph(g);
    expect(row(c, c.in, 'trainee')).toEqual([['boss', 3], ['peer', 0.5]]);
    expect(row(c, c.out, 'trainee')).toEqual([['peer', 1]]);
    expect(row(c, c.in, 'boss')).toEqual([]);
    expect(c.inWeightSum[c.indexOf('trainee')!]).toBe(3.5);
  });

  it('counts undirected edges of a mixed graph both ways and directed ones once', () => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('a');
    g.addNode('b');
    g.addNode('c');
    g.addUndirectedEdge('a', 'b');
    g.addDirectedEdge('c', 'a');
    const c = compileGraph(g);
    expect(row(c, c.in, 'a')).toEqual([['b', 1], ['c', 1]]);
    expect(row(c, c.out, 'a')).toEqual([['b', 1]]);
    expect(row(c, c.out, 'c')).toEqual([['a', 1]]);
  });

  it('adds parallel edges up and reads weights from the chosen attribute', () => {
    const g = new MultiUndirectedGraph();
    g.mergeEdge('a', 'b', { trust: 2 });
    g.addEdge('a', 'b', { trust: 0.25 });
    const c = compileGraph(g, { weight: 'trust' });
    expect(c.inWeightSum[c.indexOf('a')!]).toBe(2.25);
    expect(compileGraph(g, { weight: null }).inWeightSum[0]).toBe(2);
  });

  it('rejects self-loops, naming the node', () => {
    const g = new UndirectedGraph({ allowSelfLoops: true });
    g.mergeEdge('a', 'b');
    g.mergeEdge('ward', 'ward');
    expect(() => compileGraph(g)).toThrow(InvalidGraphError);
    expect(() => compileGraph(g)).toThrow(/self-loop on node "ward"/);
  });

  it('rejects weights that are negative, not finite or not numbers, naming the edge', () => {
    for (const weight of [-1, Number.POSITIVE_INFINITY, '2']) {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('e1', 'a', 'b', { weight });
      expect(() => compileGraph(g)).toThrow(/edge "e1" has weight/);
    }
    expect(() => compileGraph(new UndirectedGraph(), { weight: 3 as unknown as string })).toThrow(InvalidOptionError);
  });

  it('compiles an empty graph', () => {
    const c = compileGraph(new UndirectedGraph());
    expect(c.order).toBe(0);
    expect([...c.in.offsets]).toEqual([0]);
  });
});

/**
 * Kempe, Kleinberg & Tardos (2003), "Maximizing the spread of influence through
 * a social network", KDD. In the independent cascade each new adopter u gets
 * one chance to activate each inactive out-neighbour v, with probability p_uv.
 * Their Claim 2.3: the final set has the same distribution as the set of
 * nodes reachable from the initial adopters when every arc u→v is "live"
 * independently with probability p_uv. On a small graph all 2^arcs live-edge
 * worlds can be enumerated, giving the exact expected spread, its exact
 * variance, and each node's exact probability of adopting.
 *
 * Tolerances: over R runs the mean final size has SE = √(Var/R) and a node's
 * adoption frequency has binomial SE √(π(1 − π)/R), both exact. Every check is
 * at 4 SE: a correct engine fails one with probability 6·10⁻⁵, so < 2·10⁻³
 * over the ~25 checks here. R = 20,000 makes 4 SE ≈ 0.035–0.05 adopters on
 * the mean and ≤ 0.014 on a node's probability: an engine that, say, let an
 * arc try again in later steps, ignored the weights, or gave an undirected
 * edge only one direction, misses by several times that (each of these was
 * tried as a deliberate mutation of src/engine and failed these tests).
 * Nodes that adopt surely (seeds) or never (node h below) must do so in every run.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { compileGraph, independentCascade, simulate, stream } from '../../src/index.ts';

const RUNS = 20_000;

const report = (...parts: unknown[]) => {
  if (process.env.LEADSIM_REPORT) console.log('[kempe 2003]', ...parts);
};

/** A coin: with probability p all its arcs are live. One arc per coin is Kempe et al.'s live-edge model. */
interface Coin {
  p: number;
  arcs: [from: string, to: string][];
}

interface Exact {
  mean: number;
  variance: number;
  /** Probability that each node adopts. */
  reach: Map<string, number>;
}

/** Enumerate every world of independent coins; the spread is what the seeds reach along live arcs. */
function enumerate(nodes: readonly string[], coins: readonly Coin[], seeds: readonly string[]): Exact {
  if (coins.length > 20) throw new Error('too many coins to enumerate');
  let mean = 0;
  let second = 0;
  const reach = new Map(nodes.map((v) => [v, 0]));
  for (let world = 0; world < 2 ** coins.length; world++) {
    let probability = 1;
    const out = new Map<string, string[]>();
    coins.forEach((coin, c) => {
      const live = ((world >> c) & 1) === 1;
      probability *= live ? coin.p : 1 - coin.p;
      if (live) for (const [u, v] of coin.arcs) out.set(u, [...(out.get(u) ?? []), v]);
    });
    if (probability === 0) continue;
    const reached = new Set(seeds);
    const queue = [...seeds];
    while (queue.length > 0)
      for (const v of out.get(queue.pop()!) ?? [])
        if (!reached.has(v)) {
          reached.add(v);
          queue.push(v);
        }
    mean += probability * reached.size;
    second += probability * reached.size ** 2;
    for (const v of reached) reach.set(v, reach.get(v)! + probability);
  }
  return { mean, variance: second - mean * mean, reach };
}

/** One coin per arc, p = scale × weight (weight default 1); an undirected edge is two arcs. */
function arcCoins(graph: Graph, scale: number): Coin[] {
  const coins: Coin[] = [];
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, undirected) => {
    const p = scale * ((attributes.weight as number | undefined) ?? 1);
    coins.push({ p, arcs: [[source, target]] });
    if (undirected) coins.push({ p, arcs: [[target, source]] });
  });
  return coins;
}

function runCascades(name: string, graph: Graph, probability: number | undefined, seeds: readonly string[]) {
  const compiled = compileGraph(graph);
  const model = independentCascade(probability === undefined ? {} : { probability });
  const counts = new Map(compiled.keys.map((v) => [v, 0]));
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = simulate(compiled, model, { initialAdopters: seeds, random: stream(2003, 'ic', name, run) });
    total += result.finalSize;
    result.adoptionStep.forEach((step, i) => {
      if (step >= 0) counts.set(compiled.keys[i], counts.get(compiled.keys[i])! + 1);
    });
  }
  return { mean: total / RUNS, frequency: new Map([...counts].map(([v, c]) => [v, c / RUNS])) };
}

function checkAgainstExact(name: string, graph: Graph, probability: number | undefined, seeds: readonly string[]) {
  const exact = enumerate(graph.nodes(), arcCoins(graph, probability ?? 1), seeds);
  const simulated = runCascades(name, graph, probability, seeds);
  const se = Math.sqrt(exact.variance / RUNS);
  report(name, 'mean final size', simulated.mean.toFixed(4), 'exact', exact.mean.toFixed(4), 'SE', se.toFixed(4));
  expect(exact.variance).toBeGreaterThan(0);
  expect(Math.abs(simulated.mean - exact.mean)).toBeLessThanOrEqual(4 * se);
  for (const [v, pi] of exact.reach) {
    const frequency = simulated.frequency.get(v)!;
    // Certain and impossible adoptions must be exact.
    if (pi > 1 - 1e-12 || pi < 1e-12) expect({ v, frequency }).toEqual({ v, frequency: Math.round(pi) });
    else expect(Math.abs(frequency - pi), `node ${v}: ${frequency} vs exact ${pi}`).toBeLessThanOrEqual(4 * Math.sqrt((pi * (1 - pi)) / RUNS));
  }
  return exact;
}

describe('Kempe, Kleinberg & Tardos (2003): independent cascade = live-edge reachability', () => {
  it('directed graph, 10 arcs with a cycle, uniform p = 0.4, one seed', () => {
    const graph = new DirectedGraph();
    for (const v of 'abcdef') graph.addNode(v);
    for (const [u, v] of ['ab', 'ac', 'bc', 'bd', 'cd', 'ce', 'de', 'df', 'ef', 'fb']) graph.addEdge(u, v);
    checkAgainstExact('directed', graph, 0.4, ['a']);
  });

  it('undirected graph, 6 edges (12 arcs), uniform p = 0.5, one seed', () => {
    const graph = new UndirectedGraph();
    for (const v of 'abcde') graph.addNode(v);
    for (const [u, v] of ['ab', 'bc', 'ca', 'cd', 'de', 'be']) graph.addEdge(u, v);
    const exact = checkAgainstExact('undirected', graph, 0.5, ['a']);
    // Cross-check of the enumeration: an edge's two arcs never both matter
    // (the later endpoint to adopt finds the other already active), so per-arc
    // coins must give the same spread as one coin per edge (bond percolation).
    const bond = enumerate(
      graph.nodes(),
      graph.mapEdges((_e, _a, u, v): Coin => ({ p: 0.5, arcs: [[u, v], [v, u]] })),
      ['a'],
    );
    expect(bond.mean).toBeCloseTo(exact.mean, 12);
    expect(bond.variance).toBeCloseTo(exact.variance, 12);
  });

  const weighted = () => {
    // Weights are the transmission probabilities; node h only influences, so it never adopts.
    const graph = new DirectedGraph();
    for (const v of 'abcdefgh') graph.addNode(v);
    const arcs: [string, number][] = [
      ['ac', 0.9],
      ['ad', 0.2],
      ['bd', 0.5],
      ['be', 0.7],
      ['cf', 0.3],
      ['df', 0.6],
      ['ef', 0.1],
      ['fg', 0.8],
      ['eg', 0.4],
      ['gc', 0.5],
      ['ha', 1],
    ];
    for (const [[u, v], weight] of arcs) graph.addEdge(u, v, { weight });
    return graph;
  };

  it('weighted directed graph, edge weights are the probabilities, two seeds', () => {
    checkAgainstExact('weighted', weighted(), undefined, ['a', 'b']);
  });

  it('weighted directed graph, probability 0.5 scales the weights', () => {
    checkAgainstExact('weighted-scaled', weighted(), 0.5, ['a', 'b']);
  });
});

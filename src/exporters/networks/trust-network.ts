/**
 * The region as a network of trusts
 * =================================
 *
 * Trusts as nodes (name, headcount), and between them directed ties of two
 * layers: `movers` (people who moved from one trust to the other) and `ideas`
 * (ideas carried from one to the other and proposed again there), each with
 * its `weight`, plus what became of the carried ideas. One network per arm,
 * each number the mean over the arm's replicates (the flow of one run, so
 * arms compare whatever the replicates), written as GEXF (Gephi) and GraphML
 * (NetworkX, igraph, yEd): `networks/trusts-<arm>.gexf` and `.graphml`,
 * only for a world of several trusts. Nodes in the world's order, edges
 * keyed e0, e1, … by (from, to, layer): the same bytes on every machine.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';

import type { ScenarioResults } from '../../results/types.ts';
import { runsByTrust } from '../tables/trust-tables.ts';
import { graphml } from './graphml.ts';
import { xmlCharacters } from './xml.ts';

export const TRUST_LAYERS = ['movers', 'ideas'] as const;

interface PairSums {
  from: string;
  to: string;
  movers: number;
  ideas: number;
  launched: number;
  succeeded: number;
  abandoned: number;
}

/** The arm's trusts and the mean flows between them over its replicates. */
export function trustNetwork(results: ScenarioResults, arm: string): MultiDirectedGraph {
  const runs = runsByTrust(results).filter((run) => run.arm === arm);
  const headcounts = new Map<string, number>();
  const pairs = new Map<string, PairSums>();
  for (const { trusts } of runs) {
    trusts.names.forEach((name, t) => headcounts.set(name, (headcounts.get(name) ?? 0) + trusts.headcount[t]));
    for (const flow of trusts.flows) {
      const from = trusts.names[flow.from];
      const to = trusts.names[flow.to];
      const key = JSON.stringify([from, to]);
      const sums = pairs.get(key) ?? { from, to, movers: 0, ideas: 0, launched: 0, succeeded: 0, abandoned: 0 };
      sums.movers += flow.movers;
      sums.ideas += flow.ideasCarried;
      sums.launched += flow.carriedLaunched;
      sums.succeeded += flow.carriedSucceeded;
      sums.abandoned += flow.carriedAbandoned;
      pairs.set(key, sums);
    }
  }
  const n = Math.max(1, runs.length);
  const network = new MultiDirectedGraph();
  // GEXF's own meta elements: Gephi shows them.
  network.mergeAttributes({
    name: xmlCharacters(`${results.scenario.name}: ${arm}`),
    description: `Trusts and the flows between them under ${arm}, mean over ${runs.length} replicate${runs.length === 1 ? '' : 's'}.`,
  });
  for (const [name, headcount] of headcounts) network.addNode(name, { label: xmlCharacters(name), headcount: headcount / n });
  const order = new Map([...headcounts.keys()].map((name, k) => [name, k]));
  const rank = (name: string) => order.get(name) ?? 0;
  const sorted = [...pairs.values()].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
  let e = 0;
  for (const p of sorted) {
    if (p.movers > 0) network.addEdgeWithKey(`e${e++}`, p.from, p.to, { layer: 'movers', weight: p.movers / n });
    if (p.ideas > 0 || p.launched > 0)
      network.addEdgeWithKey(`e${e++}`, p.from, p.to, {
        layer: 'ideas',
        weight: p.ideas / n,
        carried_launched: p.launched / n,
        carried_succeeded: p.succeeded / n,
        carried_abandoned: p.abandoned / n,
      });
  }
  return network;
}

/** networks/trusts-<arm>.gexf and .graphml for each arm, when some run lies in several trusts. */
export function trustNetworkFiles(results: ScenarioResults): [path: string, content: string][] {
  return results.arms.flatMap((arm): [string, string][] => {
    const network = trustNetwork(results, arm);
    return [
      [`networks/trusts-${arm}.gexf`, writeGexf(network, { version: '1.2' })],
      [`networks/trusts-${arm}.graphml`, graphml(network)],
    ];
  });
}

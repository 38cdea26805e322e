/**
 * A workforce as a graphology graph
 * =================================
 *
 * Made only when something asks for one (a network file, an analysis, a
 * script): one node per person keyed by hire (`p00001`, …), edges in layers.
 * Of the whole workforce, or of one of its trusts.
 */
import { MultiGraph } from 'graphology';

import { STRUCTURAL_LAYERS } from '../model/vocabulary.ts';
import type { TrustGraph } from './types.ts';
import { founder, personKey } from './workforce.ts';
import type { Workforce } from './workforce.ts';

/** The workforce as built, or one of its trusts (an index into `workforce.trusts`) with the ties inside it. */
export function trustGraph(workforce: Workforce, trust?: number): TrustGraph {
  const block = trust === undefined ? undefined : workforce.trusts[trust];
  const inside = (slot: number) => block === undefined || (slot >= block.first && slot < block.first + block.size);
  const graph: TrustGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  const departments = [...workforce.departments];
  graph.replaceAttributes({ name: block?.name ?? workforce.name, departments });
  for (let slot = 0; slot < workforce.size; slot++) if (inside(slot)) graph.addNode(personKey(slot + 1), founder(workforce, slot));
  const { ties } = workforce;
  for (let t = 0; t < ties.count; t++) {
    const [a, b] = [ties.a[t], ties.b[t]];
    if (!inside(a) || !inside(b)) continue;
    const layer = STRUCTURAL_LAYERS[ties.layer[t]];
    if (layer === 'formal') graph.addDirectedEdge(personKey(a + 1), personKey(b + 1), { layer, weight: 1 });
    else graph.addUndirectedEdge(personKey(a + 1), personKey(b + 1), { layer, weight: 1 });
  }
  return graph;
}

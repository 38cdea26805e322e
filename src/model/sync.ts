/**
 * The world as a graph, made on demand
 * ====================================
 *
 * During a run the structure lives in the world's ties, grants and agent
 * table; a graphology graph is made from them only when something asks (a
 * network file, an analysis, a kept world read from a script): everyone now
 * seated with their attributes as they joined and as they are now (founders
 * still there first, in slot order, then new starters in slot order), the
 * ties of the current week (faded ones left out) and the leadership ties
 * (granter → claimer, weight = grants). Edge keys are `layer:n`, the same on
 * every machine. Of the whole world, or of one trust.
 */
import { MultiGraph } from 'graphology';

import type { TrustGraph } from '../trust/types.ts';
import type { TrustBlock } from '../trust/workforce.ts';
import { joinedAs } from './agents.ts';
import type { AgentTable } from './agents.ts';
import type { Grants } from './grants.ts';
import { TieStrengths } from './ties.ts';
import type { TieModel, Ties } from './ties.ts';
import { STRUCTURAL_LAYERS } from './vocabulary.ts';

/**
 * What a graph is made from: a world, or anything shaped like one (named here
 * rather than imported, since the world reads its graph from this module).
 */
export interface WorldState {
  readonly agents: AgentTable;
  /** Formal, team and informal ties between slots, as they are now. */
  readonly ties: Ties;
  /** The leadership network: who granted whose claims. */
  readonly grants: Grants;
  /** Department names; the executive (of every trust) is the last. */
  readonly departments: readonly string[];
  /** The trusts as blocks of slots (one, for a single-trust scenario). */
  readonly trusts: readonly TrustBlock[];
  readonly week: number;
  readonly model: { readonly ties: TieModel };
}

const made = new WeakMap<WorldState, TrustGraph>();

/** Make the world's graph afresh (what `world.graph` reads until the next call). */
export function syncGraph(world: WorldState): void {
  made.set(world, worldGraph(world));
}

/** The graph last made for the world, made now if none was. */
export function lastGraph(world: WorldState): TrustGraph {
  let graph = made.get(world);
  if (graph === undefined) {
    graph = worldGraph(world);
    made.set(world, graph);
  }
  return graph;
}

/** The world now as a graph, or one of its trusts (an index into `world.trusts`) with the ties inside it. */
export function worldGraph(world: WorldState, trust?: number): TrustGraph {
  const { agents, ties, grants, departments } = world;
  const inside = (slot: number) => trust === undefined || agents.trust[slot] === trust;
  const graph: TrustGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ name: trust === undefined ? agents.founders.name : world.trusts[trust].name, departments: [...departments] });
  const addPerson = (slot: number) => {
    graph.addNode(agents.keys[slot], {
      ...joinedAs(agents, slot),
      department: departments[agents.department[slot]],
      leaderIdentity: agents.leaderIdentity[slot],
      voice: agents.voice[slot],
      engagement: agents.engagement[slot],
      grantedClaims: agents.grantedClaims[slot],
    });
  };
  for (let slot = 0; slot < agents.size; slot++) if (inside(slot) && !agents.starters.has(slot)) addPerson(slot);
  for (let slot = 0; slot < agents.size; slot++) if (inside(slot) && agents.starters.has(slot)) addPerson(slot);

  const strengths = new TieStrengths(ties, world.week, world.model.ties);
  let n = 0;
  for (let t = 0; t < ties.count; t++) {
    if (ties.alive[t] === 0 || strengths.of(t) === 0 || !inside(ties.a[t]) || !inside(ties.b[t])) continue;
    const layer = STRUCTURAL_LAYERS[ties.layer[t]];
    const [a, b] = [agents.keys[ties.a[t]], agents.keys[ties.b[t]]];
    const since = ties.formerSince[t];
    const attributes = Number.isNaN(since) ? { layer, weight: 1 } : { layer, weight: 1, formerSince: since };
    if (layer === 'formal') graph.addDirectedEdgeWithKey(`${layer}:${String(n++)}`, a, b, attributes);
    else graph.addUndirectedEdgeWithKey(`${layer}:${String(n++)}`, a, b, attributes);
  }
  grants.grantedBy.forEach((granters, claimer) => {
    if (!inside(claimer)) return;
    for (const [granter, times] of granters)
      if (inside(granter)) graph.addDirectedEdgeWithKey(`leadership:${String(n++)}`, agents.keys[granter], agents.keys[claimer], { layer: 'leadership', weight: times });
  });
  return graph;
}

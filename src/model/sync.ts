/**
 * Bring the trust graph up to date
 * ================================
 *
 * During a run the structure lives in the world's ties, grants and agent
 * table; the graph is rewritten from them here: leavers' nodes go, new
 * starters' come, every person's changing attributes are copied, and the
 * edges are replaced by the ties of the current week (faded ones left out)
 * and the leadership ties (granter → claimer, weight = grants). Edge keys are
 * `layer:n`, the same on every machine.
 */
import { TieStrengths } from './ties.ts';
import { STRUCTURAL_LAYERS } from './vocabulary.ts';
import type { World } from './world.ts';

export function syncGraph(world: World): void {
  const { graph, agents, ties, grants, departments } = world;
  graph.clearEdges();
  const leavers = graph.filterNodes((key) => !agents.slotOf.has(key));
  for (const key of leavers) graph.dropNode(key);
  for (let slot = 0; slot < agents.size; slot++) {
    const key = agents.keys[slot];
    if (!graph.hasNode(key)) graph.addNode(key, { ...agents.people[slot] });
    graph.mergeNodeAttributes(key, {
      department: departments[agents.department[slot]],
      leaderIdentity: agents.leaderIdentity[slot],
      voice: agents.voice[slot],
      engagement: agents.engagement[slot],
      grantedClaims: agents.grantedClaims[slot],
    });
  }

  const strengths = new TieStrengths(ties, world.week, world.model.ties);
  let n = 0;
  for (let t = 0; t < ties.count; t++) {
    if (ties.alive[t] === 0 || strengths.of(t) === 0) continue;
    const layer = STRUCTURAL_LAYERS[ties.layer[t]];
    const [a, b] = [agents.keys[ties.a[t]], agents.keys[ties.b[t]]];
    const since = ties.formerSince[t];
    const attributes = Number.isNaN(since) ? { layer, weight: 1 } : { layer, weight: 1, formerSince: since };
    if (layer === 'formal') graph.addDirectedEdgeWithKey(`${layer}:${n++}`, a, b, attributes);
    else graph.addUndirectedEdgeWithKey(`${layer}:${n++}`, a, b, attributes);
  }
  grants.grantedBy.forEach((granters, claimer) => {
    for (const [granter, times] of granters)
      graph.addDirectedEdgeWithKey(`leadership:${n++}`, agents.keys[granter], agents.keys[claimer], { layer: 'leadership', weight: times });
  });
}

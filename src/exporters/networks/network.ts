/**
 * The trust as a network file
 * ===========================
 *
 * For Gephi (GEXF), NetworkX, igraph or yEd (GraphML) and graphology (its
 * JSON serialization): people with their attributes and, after a run, their
 * adoption state of each scheduled initiative; ties with their layer and
 * weight, the leadership layer among them (granter → claimer).
 *
 * Tools disagree on mixed graphs (NetworkX reads a file as wholly directed or
 * wholly undirected), so every tie is written as one directed edge: formal
 * ties run supervisor → report and leadership ties granter → claimer; team
 * and informal ties, which run both ways, are marked `mutual`. Nodes keep the
 * graph's order and edges are keyed e0, e1, … in it, so a run gives the same
 * file on every machine.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';

import { InvalidOptionError } from '../../errors.ts';
import { stateOf } from '../../model/initiative.ts';
import { syncGraph } from '../../model/sync.ts';
import { ADOPTION_STATES, inScope } from '../../model/vocabulary.ts';
import type { World } from '../../model/world.ts';
import type { TrustGraph } from '../../trust/types.ts';
import { graphml } from './graphml.ts';
import { xmlCharacters } from './xml.ts';

export const NETWORK_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** Whether `name` is one of the formats exportNetwork writes. */
export function isNetworkFormat(name: string): name is NetworkFormat {
  return NETWORK_FORMATS.some((format) => format === name);
}

export interface NetworkOptions {
  format: NetworkFormat;
}

/** Node attribute holding a person's adoption state of a scheduled initiative. */
export const adoptionAttribute = (initiative: string): string => `adoption:${initiative}`;

/** Adoption state written for people outside a department initiative's scope. */
export const OUT_OF_SCOPE = 'out-of-scope';

/**
 * The trust, or a run's world (brought up to date first, with adoption
 * states), as one directed graph: the common ground of the file formats.
 */
export function networkGraph(source: TrustGraph | World): MultiDirectedGraph {
  const trust = isWorld(source) ? (syncGraph(source), source.graph) : source;
  const network = new MultiDirectedGraph();
  // The name comes from the scenario; graphology-gexf escapes markup but not characters XML cannot hold.
  network.mergeAttributes({ name: xmlCharacters(trust.getAttribute('name')) });
  trust.forEachNode((key, person) => network.addNode(key, { ...person }));
  let n = 0;
  trust.forEachEdge((_edge, tie, source, target, _sa, _ta, undirected) => {
    network.addEdgeWithKey(`e${n++}`, source, target, { ...tie, mutual: undirected });
  });
  if (isWorld(source)) addAdoption(source, network);
  return network;
}

/** The trust, or a run's world, as a GEXF, GraphML or graphology JSON document. */
export function exportNetwork(source: TrustGraph | World, { format }: NetworkOptions): string {
  const network = networkGraph(source);
  switch (format) {
    case 'gexf':
      return writeGexf(network, { version: '1.2' });
    case 'graphml':
      return graphml(network);
    case 'json':
      return `${JSON.stringify(network.export(), null, 1)}\n`;
    default:
      throw new InvalidOptionError('exportNetwork', 'format', NETWORK_FORMATS.join(', '), format);
  }
}

function isWorld(source: TrustGraph | World): source is World {
  return 'agents' in source && 'ties' in source;
}

/** Each scheduled initiative launched so far: every person's state, or out of scope. */
function addAdoption(world: World, network: MultiDirectedGraph): void {
  for (const initiative of world.initiatives) {
    if (initiative.origin !== 'scheduled') continue;
    const name = adoptionAttribute(initiative.name);
    world.agents.keys.forEach((key, slot) => {
      const within = inScope(world.agents, initiative.scope, slot);
      network.setNodeAttribute(key, name, within ? ADOPTION_STATES[stateOf(initiative, slot)] : OUT_OF_SCOPE);
    });
  }
}

/**
 * World: the state of one run
 * ===========================
 *
 * Everything a week reads and changes, in one object passed to each verb: the
 * agent table, the ties and grants (the structure as it changes) and the
 * contacts compiled from them (for the loops), the rules, the initiatives and
 * the ledger the metrics read. The trust graph the run started from is
 * rewritten from them by `syncGraph`, at the end of the run or on demand. Random draws come from `draw(purpose, ...path)`, a stream named
 * by the run, the purpose, the week and, for draws about one person, their
 * slot: what one process draws never shifts another, and a new starter or an
 * idea gets the same numbers in every arm.
 */
import type { Leadership } from '../leadership/rule-set.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { TrustGraph } from '../trust/types.ts';
import { createAgentTable } from './agents.ts';
import type { AgentTable } from './agents.ts';
import { compileContacts } from './contacts.ts';
import type { Contacts } from './contacts.ts';
import { createGrants, recordGrant } from './grants.ts';
import type { Grants } from './grants.ts';
import type { Initiative } from './initiative.ts';
import { compileModel } from './constants.ts';
import type { CompiledModel, ModelParameters } from './constants.ts';
import { tiesFromGraph } from './ties.ts';
import type { Ties } from './ties.ts';

export interface Ledger {
  launched: number;
  launchedByGrade: Partial<Record<Grade, number>>;
  succeeded: number;
  abandoned: number;
  ideasProposed: number;
  ideasDropped: number;
  ideasLostAtRotation: number;
  /** Times a lead of an active idea rotated out of its department (whatever became of the idea). */
  ideaLeadsRotatedOut: number;
  claimsGranted: number;
  claimsRefused: number;
}

export interface World {
  readonly scenario: Scenario;
  /** The scenario's model constants, compiled for the loops. */
  readonly model: CompiledModel;
  /** The trust as of the last `syncGraph` (the start of the run, until then). */
  readonly graph: TrustGraph;
  /** Department names; the executive is the last. */
  readonly departments: readonly string[];
  readonly agents: AgentTable;
  /** Formal, team and informal ties between slots, as they are now. */
  readonly ties: Ties;
  contacts: Contacts;
  readonly rules: Leadership;
  /** Slots by department index, as they are now. */
  members: number[][];
  /** Every slot, for trust-wide initiatives. */
  readonly everyone: readonly number[];
  readonly initiatives: Initiative[];
  readonly ledger: Ledger;
  /** The leadership network: who granted whose claims. */
  readonly grants: Grants;
  week: number;
  /** Serial for new starters' keys. */
  hires: number;
  draw(purpose: string, ...path: (string | number)[]): RandomStream;
}

export function createWorld(scenario: Scenario, graph: TrustGraph, rules: (agents: AgentTable, model: ModelParameters) => Leadership, random: RandomStream): World {
  const departments = graph.getAttribute('departments');
  const agents = createAgentTable(graph, departments);
  const leadership = rules(agents, scenario.model);
  const ties = tiesFromGraph(graph, agents.slotOf);
  const grants = createGrants(agents.size);
  const model = compileModel(scenario);
  graph.forEachEdge((_edge, tie, granter, claimer) => {
    if (tie.layer === 'leadership') recordGrant(grants, agents.slotOf.get(granter)!, agents.slotOf.get(claimer)!, tie.weight);
  });
  const world: World = {
    scenario,
    model,
    graph,
    departments,
    agents,
    ties,
    contacts: compileContacts(ties, grants, agents, leadership, 0, model.ties),
    rules: leadership,
    members: [],
    everyone: agents.keys.map((_, slot) => slot),
    initiatives: [],
    ledger: {
      launched: 0,
      launchedByGrade: {},
      succeeded: 0,
      abandoned: 0,
      ideasProposed: 0,
      ideasDropped: 0,
      ideasLostAtRotation: 0,
      ideaLeadsRotatedOut: 0,
      claimsGranted: 0,
      claimsRefused: 0,
    },
    grants,
    week: 0,
    hires: graph.order,
    draw: (purpose, ...path) => random.fork(purpose, world.week, ...path),
  };
  world.members = membersByDepartment(world);
  return world;
}

export function membersByDepartment(world: Pick<World, 'agents' | 'departments'>): number[][] {
  const members: number[][] = world.departments.map(() => []);
  for (let slot = 0; slot < world.agents.size; slot++) members[world.agents.department[slot]].push(slot);
  return members;
}

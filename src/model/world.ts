/**
 * World: the state of one run
 * ===========================
 *
 * Everything a week reads and changes, in one object passed to each verb: the
 * agent table, the ties and grants (the structure as it changes) and the
 * contacts compiled from them (for the loops), the rules, the initiatives and
 * the ledger the metrics read. It starts from a workforce of typed arrays (one
 * trust, or several as blocks); a graphology graph of it is made only when
 * something reads `graph` (then kept until `syncGraph` makes it again).
 * Random draws come from `draw(purpose, ...path)`, a stream named
 * by the run, the purpose, the week and, for draws about one person, their
 * slot: what one process draws never shifts another, and a new starter or an
 * idea gets the same numbers in every arm.
 */
import type { Leadership } from '../leadership/rule-set.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { TrustGraph } from '../trust/types.ts';
import type { Workforce } from '../trust/workforce.ts';
import { createAgentTable } from './agents.ts';
import type { AgentTable } from './agents.ts';
import { compileContacts } from './contacts.ts';
import type { Contacts } from './contacts.ts';
import { createGrants } from './grants.ts';
import type { Initiative } from './initiative.ts';
import { compileModel } from './constants.ts';
import type { CompiledModel, ModelParameters } from './constants.ts';
import { lastGraph } from './sync.ts';
import type { WorldState } from './sync.ts';
import { copyTies, withRoom } from './ties.ts';
import { REGION, scopedTrust } from './vocabulary.ts';

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
  /** People who changed trust (rotating, or moving on in their career). */
  movedBetweenTrusts: number;
  /** Ideas a person who changed trust proposed again in their new trust. */
  ideasCarried: number;
  /** Trainees who started (new cohorts), moved up a grade, and finished training or left it. */
  traineesStarted: number;
  traineesProgressed: number;
  traineesFinished: number;
}

/** Between trusts, cumulative: `movers[from * trusts + to]` people moved, `ideas[from * trusts + to]` ideas carried. */
export interface Flows {
  readonly trusts: number;
  readonly movers: Float64Array;
  readonly ideas: Float64Array;
}

/** The people, ties, grants, departments and trusts are `WorldState`'s (what a graph is made from). */
export interface World extends WorldState {
  readonly scenario: Scenario;
  /** The scenario's model constants, compiled for the loops. */
  readonly model: CompiledModel;
  /** The world as a graph, made when first read and again by each `syncGraph`. */
  readonly graph: TrustGraph;
  contacts: Contacts;
  readonly rules: Leadership;
  /** Slots by department index, as they are now. */
  members: number[][];
  /** Every slot, for region-wide initiatives (trust-wide in a world of one trust). */
  readonly everyone: readonly number[];
  /** Each trust's slots (a slot stays in its trust: people who move between trusts change slot). */
  readonly trustMembers: readonly (readonly number[])[];
  /** Every initiative, in launch order. */
  readonly initiatives: Initiative[];
  /**
   * By trust: the initiatives whose arrays cover it (its own and the region's), in launch order,
   * so that what happens to one person visits only their trust's initiatives.
   */
  readonly initiativesByTrust: Initiative[][];
  readonly ledger: Ledger;
  readonly flows: Flows;
  week: number;
  /** Serial for new starters' keys. */
  hires: number;
  draw(purpose: string, ...path: (string | number)[]): RandomStream;
}

export function createWorld(scenario: Scenario, workforce: Workforce, rules: (agents: AgentTable, model: ModelParameters) => Leadership, random: RandomStream): World {
  const departments = [...workforce.departments];
  const agents = createAgentTable(workforce, scenario.trust.careers.years);
  const leadership = rules(agents, scenario.model);
  const ties = copyTies(workforce.ties, withRoom(workforce.ties.count));
  const grants = createGrants(agents.size);
  const model = compileModel(scenario);
  const world: World = {
    scenario,
    model,
    get graph() {
      return lastGraph(world);
    },
    departments,
    trusts: workforce.trusts,
    agents,
    ties,
    contacts: compileContacts(ties, grants, agents, leadership, 0, model.ties),
    rules: leadership,
    members: [],
    everyone: agents.keys.map((_, slot) => slot),
    trustMembers: workforce.trusts.map(({ first, size }) => Array.from({ length: size }, (_, k) => first + k)),
    initiatives: [],
    initiativesByTrust: workforce.trusts.map(() => []),
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
      movedBetweenTrusts: 0,
      ideasCarried: 0,
      traineesStarted: 0,
      traineesProgressed: 0,
      traineesFinished: 0,
    },
    flows: { trusts: workforce.trusts.length, movers: new Float64Array(workforce.trusts.length ** 2), ideas: new Float64Array(workforce.trusts.length ** 2) },
    grants,
    week: 0,
    hires: workforce.size,
    draw: (purpose, ...path) => random.fork(purpose, world.week, ...path),
  };
  world.members = membersByDepartment(world);
  return world;
}

/** The trusts a scope lies in: one for a department or a trust, all of them for the region. */
export function trustsOf(world: Pick<World, 'trusts'>, scope: number): number[] {
  if (scope === REGION) return world.trusts.map((_, t) => t);
  if (scope < 0) return [scopedTrust(scope)];
  const trust = world.trusts.findIndex((t) => scope >= t.firstDepartment && scope < t.firstDepartment + t.departments);
  // The executive department is every trust's (its scope is the region's).
  return trust < 0 ? world.trusts.map((_, t) => t) : [trust];
}

/** The slots an initiative of this scope keeps state for: the one trust it lies in, or every slot. */
export function scopeSlots(world: Pick<World, 'trusts' | 'agents'>, scope: number): { first: number; size: number } {
  const trusts = trustsOf(world, scope);
  return trusts.length === 1 ? world.trusts[trusts[0]] : { first: 0, size: world.agents.size };
}

export function membersByDepartment(world: Pick<World, 'agents' | 'departments'>): number[][] {
  const members: number[][] = world.departments.map(() => []);
  for (let slot = 0; slot < world.agents.size; slot++) members[world.agents.department[slot]].push(slot);
  return members;
}

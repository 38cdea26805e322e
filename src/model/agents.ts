/**
 * Agent table
 * ===========
 *
 * The people of a run as typed arrays indexed by slot. A slot is a seat: when
 * someone leaves, a new starter takes the same seat and the same structural
 * ties, so the compiled contact rows keep their shape. `keys[i]` is the graph
 * node of the person now in slot i and `people[i]` their attributes as they
 * joined; `syncGraph` copies what changed onto the graph.
 */
import type { Clinician, TrustGraph } from '../trust/types.ts';
import { followershipIndex, gradeIndex } from './vocabulary.ts';

export interface AgentTable {
  readonly size: number;
  readonly keys: string[];
  readonly slotOf: Map<string, number>;
  /** Each slot's person as they joined (the graph node's attributes). */
  readonly people: Clinician[];
  /** Index into GRADES (`gradeIndex`, `gradeOf`). */
  readonly grade: Uint8Array;
  /** Index into the run's department names. */
  readonly department: Uint16Array;
  readonly trainee: Uint8Array;
  /** Index into FOLLOWERSHIP_TYPES (`followershipIndex`). */
  readonly followership: Uint8Array;
  readonly authority: Float64Array;
  readonly expertise: Float64Array;
  readonly activeEngagement: Float64Array;
  readonly leaderIdentity: Float64Array;
  readonly voice: Float64Array;
  readonly engagement: Float64Array;
  readonly baselineEngagement: Float64Array;
  readonly threshold: Float64Array;
  readonly grantedClaims: Int32Array;
}

export function createAgentTable(graph: TrustGraph, departments: readonly string[]): AgentTable {
  const size = graph.order;
  const table: AgentTable = {
    size,
    keys: [],
    slotOf: new Map(),
    people: [],
    grade: new Uint8Array(size),
    department: new Uint16Array(size),
    trainee: new Uint8Array(size),
    followership: new Uint8Array(size),
    authority: new Float64Array(size),
    expertise: new Float64Array(size),
    activeEngagement: new Float64Array(size),
    leaderIdentity: new Float64Array(size),
    voice: new Float64Array(size),
    engagement: new Float64Array(size),
    baselineEngagement: new Float64Array(size),
    threshold: new Float64Array(size),
    grantedClaims: new Int32Array(size),
  };
  const departmentIndex = new Map(departments.map((name, d) => [name, d]));
  graph.forEachNode((key, person) => {
    const slot = table.keys.length;
    table.keys.push(key);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the departments are the graph's own list, so every person's is in it
    seat(table, slot, key, person, departmentIndex.get(person.department)!);
  });
  return table;
}

/** Put a person in a slot (at the start, or a new starter replacing a leaver). */
export function seat(table: AgentTable, slot: number, key: string, person: Clinician, department: number): void {
  table.slotOf.delete(table.keys[slot]);
  table.keys[slot] = key;
  table.slotOf.set(key, slot);
  table.people[slot] = person;
  table.grade[slot] = gradeIndex(person.grade);
  table.department[slot] = department;
  table.trainee[slot] = person.trainee ? 1 : 0;
  table.followership[slot] = followershipIndex(person.followership);
  table.authority[slot] = person.authority;
  table.expertise[slot] = person.expertise;
  table.activeEngagement[slot] = person.activeEngagement;
  table.leaderIdentity[slot] = person.leaderIdentity;
  table.voice[slot] = person.voice;
  table.engagement[slot] = person.engagement;
  table.baselineEngagement[slot] = person.baselineEngagement;
  table.threshold[slot] = person.threshold;
  table.grantedClaims[slot] = person.grantedClaims;
}

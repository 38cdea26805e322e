/**
 * Agent table
 * ===========
 *
 * The people of a run as typed arrays indexed by slot. A slot is a seat: when
 * someone leaves, a new starter takes the same seat and the same structural
 * ties, so the compiled contact rows keep their shape. `keys[i]` is the graph
 * node of the person now in slot i; their attributes as they joined are the
 * workforce's (a founder) or kept in `starters` (a new starter), for the graph
 * built on demand (`syncGraph`).
 */
import { GRADES } from '../scenario/grades.ts';
import type { Grade } from '../scenario/grades.ts';
import { GRADE_INFO } from '../trust/grades.ts';
import type { Clinician } from '../trust/types.ts';
import { founder, personKey } from '../trust/workforce.ts';
import type { Workforce } from '../trust/workforce.ts';
import { followershipIndex, gradeIndex } from './vocabulary.ts';

export interface AgentTable {
  readonly size: number;
  readonly keys: string[];
  readonly slotOf: Map<string, number>;
  /** The people the run started with, as they joined. */
  readonly founders: Workforce;
  /** New starters by slot, as they joined, in the order they last took a seat. */
  readonly starters: Map<number, Clinician>;
  /** Index into the workforce's trusts. */
  readonly trust: Uint16Array;
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
  /**
   * 1 once the person has led or sponsored an initiative (since taking the seat): someone with 0
   * leads nothing, so leaving visits no initiative's leads (`leaveInitiatives`). Never cleared while
   * they stay, so it can only over-report, which costs time, never correctness.
   */
  readonly hasLed: Uint8Array;
  /** The week the person took up their grade (≤ 0 for founders: cohorts staggered, `staggerCohorts`). */
  readonly gradeSince: Int32Array;
  /**
   * 1 once the slot may hold a state on a department's change outside its department (its person
   * left a department by rotating, `changeDepartment`, or leads a change outside their own). Cleared,
   * with its `heldIn` list, when a new starter there starts afresh (src/model/concerns.ts).
   * Like `hasLed` it may over-report, which costs time, never correctness. The slot's, not the person's.
   */
  readonly heldOutside: Uint8Array;
  /** For a marked slot, the departments other than its own on whose changes it may hold a state (`holdOutside`). */
  readonly heldIn: Map<number, number[]>;
}

export function createAgentTable(workforce: Workforce, cohortYears: Partial<Record<Grade, number>> = {}): AgentTable {
  const { size } = workforce;
  const keys = new Array<string>(size);
  const slotOf = new Map<string, number>();
  for (let slot = 0; slot < size; slot++) {
    keys[slot] = personKey(slot + 1);
    slotOf.set(keys[slot], slot);
  }
  return {
    size,
    keys,
    slotOf,
    founders: workforce,
    starters: new Map(),
    trust: workforce.trust.slice(),
    grade: workforce.grade.slice(),
    department: workforce.department.slice(),
    trainee: Uint8Array.from(workforce.grade, (g) => (GRADE_INFO[GRADES[g]].trainee ? 1 : 0)),
    followership: workforce.followership.slice(),
    authority: workforce.authority.slice(),
    expertise: workforce.expertise.slice(),
    activeEngagement: workforce.activeEngagement.slice(),
    leaderIdentity: workforce.leaderIdentity.slice(),
    voice: workforce.voice.slice(),
    engagement: workforce.baselineEngagement.slice(),
    baselineEngagement: workforce.baselineEngagement.slice(),
    threshold: workforce.threshold.slice(),
    grantedClaims: new Int32Array(size),
    hasLed: new Uint8Array(size),
    gradeSince: staggerCohorts(workforce, cohortYears),
    heldOutside: new Uint8Array(size),
    heldIn: new Map(),
  };
}

/**
 * Founders' weeks in grade: in each trust, the k-th of a grade (slot order) started
 * k mod Y years before the run, Y the grade's years (`cohortYears`, 1 if absent),
 * so each cohort is an even share of the posts. Deterministic: no draws.
 */
export function staggerCohorts(workforce: Workforce, cohortYears: Partial<Record<Grade, number>> = {}): Int32Array {
  const since = new Int32Array(workforce.size);
  const seen = new Int32Array(GRADES.length);
  for (const { first, size } of workforce.trusts) {
    seen.fill(0);
    for (let slot = first; slot < first + size; slot++) {
      const g = workforce.grade[slot];
      since[slot] = -(52 * (seen[g]++ % (cohortYears[GRADES[g]] ?? 1)));
    }
  }
  return since;
}

/** The person in a slot as they joined (the graph node's attributes before the run changed them). */
export function joinedAs(table: AgentTable, slot: number): Clinician {
  return table.starters.get(slot) ?? founder(table.founders, slot);
}

/**
 * The person in `slot` moves to another department (a rotation: the one way a slot's department
 * changes). Their states on the old department's changes stay with the slot, now outside it.
 */
export function changeDepartment(table: AgentTable, slot: number, department: number): void {
  if (table.department[slot] !== department) holdOutside(table, slot, table.department[slot]);
  table.department[slot] = department;
}

/** `slot` may hold a state on `department`'s changes, outside its own: marked, and the department listed. */
export function holdOutside(table: AgentTable, slot: number, department: number): void {
  table.heldOutside[slot] = 1;
  const listed = table.heldIn.get(slot);
  if (listed === undefined) table.heldIn.set(slot, [department]);
  else if (!listed.includes(department)) listed.push(department);
}

/** A new starter takes a leaver's slot. */
export function seat(table: AgentTable, slot: number, key: string, person: Clinician, department: number): void {
  table.slotOf.delete(table.keys[slot]);
  table.keys[slot] = key;
  table.slotOf.set(key, slot);
  // Delete first: a seat filled again moves to the end of the hiring order.
  table.starters.delete(slot);
  table.starters.set(slot, person);
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
  table.hasLed[slot] = 0;
}

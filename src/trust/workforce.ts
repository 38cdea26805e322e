/**
 * The workforce: one or more trusts as typed arrays
 * =================================================
 *
 * Everyone a world starts with, one row per person (a slot), and the
 * structural ties between them, as built: what a run copies into its agent
 * table and ties. No graphology graph is involved; one is made from here only
 * when asked for (`trustGraph`). Each trust is a block of consecutive slots
 * with its own departments; the executives of every trust share the last
 * department, `executive`. Ties join slots of one trust or, in a region, of
 * two (src/trust/region-ties.ts).
 *
 * Memory: 68 bytes a person in these arrays (a run's agent table and keys add
 * their own), and 18 bytes a tie (each tie is two arcs of a run's contacts).
 */
import type { Ties } from '../model/ties.ts';
import { GRADES } from '../scenario/grades.ts';
import { FOLLOWERSHIP_TYPES } from './types.ts';
import type { Clinician } from './types.ts';
import { GRADE_INFO } from './grades.ts';

export interface TrustBlock {
  readonly name: string;
  /** The trust's people are slots [first, first + size). */
  readonly first: number;
  readonly size: number;
  /** Its clinical departments are [firstDepartment, firstDepartment + departments) of the workforce's. */
  readonly firstDepartment: number;
  readonly departments: number;
}

export interface Workforce {
  /** The trust's name, or the region's. */
  readonly name: string;
  readonly size: number;
  /** Department names, the shared executive last. */
  readonly departments: readonly string[];
  readonly trusts: readonly TrustBlock[];
  /** Index into `trusts`, by slot. */
  readonly trust: Uint16Array;
  /** Index into GRADES. */
  readonly grade: Uint8Array;
  /** Index into `departments`. */
  readonly department: Uint16Array;
  /** k in the label "Staff nurse k, medicine-2": the person's number among their grade in their department. */
  readonly labelNumber: Uint32Array;
  /** Index into FOLLOWERSHIP_TYPES. */
  readonly followership: Uint8Array;
  readonly authority: Float64Array;
  readonly expertise: Float64Array;
  readonly criticalThinking: Float64Array;
  readonly activeEngagement: Float64Array;
  readonly leaderIdentity: Float64Array;
  readonly voice: Float64Array;
  readonly baselineEngagement: Float64Array;
  readonly threshold: Float64Array;
  /** Formal, team and informal ties between slots, in the order they were made. */
  readonly ties: Ties;
}

/** Bytes a person takes in a workforce's per-person arrays. */
export function bytesPerPerson(workforce: Workforce): number {
  const { trust, grade, department, labelNumber, followership, authority, expertise, criticalThinking, activeEngagement, leaderIdentity, voice, baselineEngagement, threshold } = workforce;
  return [trust, grade, department, labelNumber, followership, authority, expertise, criticalThinking, activeEngagement, leaderIdentity, voice, baselineEngagement, threshold].reduce((sum, array) => sum + array.BYTES_PER_ELEMENT, 0);
}

export const EXECUTIVE = 'executive';

/** The graph key of the person hired n-th (from 1): founders in slot order, then new starters. */
export function personKey(serial: number): string {
  return `p${String(serial).padStart(5, '0')}`;
}

/** A founder (slot of the workforce) as they joined: the attributes of their graph node. */
export function founder(workforce: Workforce, slot: number): Clinician {
  const grade = GRADES[workforce.grade[slot]];
  const info = GRADE_INFO[grade];
  const department = workforce.departments[workforce.department[slot]];
  // Keys in the order a drawn clinician has them, so files written from either are the same.
  return {
    label: `${info.label} ${String(workforce.labelNumber[slot])}, ${department}`,
    grade,
    profession: info.profession,
    department,
    trainee: info.trainee,
    authority: workforce.authority[slot],
    expertise: workforce.expertise[slot],
    criticalThinking: workforce.criticalThinking[slot],
    activeEngagement: workforce.activeEngagement[slot],
    followership: FOLLOWERSHIP_TYPES[workforce.followership[slot]],
    leaderIdentity: workforce.leaderIdentity[slot],
    voice: workforce.voice[slot],
    engagement: workforce.baselineEngagement[slot],
    baselineEngagement: workforce.baselineEngagement[slot],
    threshold: workforce.threshold[slot],
    grantedClaims: 0,
  };
}

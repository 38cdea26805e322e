/**
 * The trust graph's attributes
 * ============================
 *
 * One graphology graph holds the whole trust: a node per person, edges in
 * layers. Formal and leadership ties are directed (supervisor → report;
 * granter → claimer, "relies on"), team and informal ties undirected.
 */
// graphology's own class type is unreachable from a NodeNext ESM project (its declarations are CommonJS); its interface is not.
import type { AbstractGraph as Graph } from 'graphology-types';

import type { Grade } from '../scenario/grades.ts';
import type { Profession } from './grades.ts';

export const FOLLOWERSHIP_TYPES = ['exemplary', 'alienated', 'conformist', 'passive', 'pragmatist'] as const;
export type Followership = (typeof FOLLOWERSHIP_TYPES)[number];

export const LAYERS = ['formal', 'team', 'informal', 'leadership'] as const;
export type Layer = (typeof LAYERS)[number];

export interface Clinician {
  label: string;
  grade: Grade;
  profession: Profession;
  department: string;
  trainee: boolean;
  /** Formal authority by grade, [0, 1]. */
  authority: number;
  /** Clinical and improvement expertise, [0, 1]. */
  expertise: number;
  /** Kelley's independent critical thinking and active engagement, [0, 1]. */
  criticalThinking: number;
  activeEngagement: number;
  followership: Followership;
  /** How much one sees oneself as a leader, [0, 1] (DeRue & Ashford 2010). */
  leaderIdentity: number;
  /** Propensity to speak up and shape change, [0, 1]. */
  voice: number;
  /** NHS Staff Survey engagement, 0–10, and the level it reverts to. */
  engagement: number;
  baselineEngagement: number;
  /** Fractional adoption threshold φ before an initiative's complexity scales it. */
  threshold: number;
  /** Leadership claims granted so far. */
  grantedClaims: number;
}

export interface Tie {
  layer: Layer;
  /** Tie strength; for leadership ties, the number of grants. */
  weight: number;
  /** For a team tie left behind by a rotation: the week it started to decay. */
  formerSince?: number;
}

export type TrustGraph = Graph<Clinician, Tie, { name: string; departments: string[] }>;

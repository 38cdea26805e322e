/**
 * What the page is shown of a trust
 * =================================
 *
 *   TrustPicture: who sits in which seat, fixed for a session (for drawing)
 *   ArmSnapshot:  one arm after a week (colour, size, hover card, leadership ties)
 *   View:         which change the colours show
 *
 * Plain data and typed arrays, made in the worker (worker/snapshot.ts) and
 * drawn by the page; the arrays are transferred, not copied (each has a
 * buffer of its own, never a shared one).
 */
import { ADOPTION_STATES } from '../../model/vocabulary.ts';
import type { Initiative } from '../../model/initiative.ts';

/** The model's adoption states by code, and one more for the view: outside the change's scope. */
export const VIEW_STATES = [...ADOPTION_STATES, 'out of scope'] as const;
export const OUT_OF_SCOPE = ADOPTION_STATES.length;
export type ViewState = (typeof VIEW_STATES)[number];

/** Which adoption the colours show: one initiative by name, or every change at once (null). */
export interface View {
  initiative: string | null;
}

/** The trust as it starts: fixed per seed, shared by both panels. */
export interface TrustPicture {
  size: number;
  /** Department names; the executive is the last. */
  departments: string[];
  /** Per slot: index into GRADES, 1 for doctors in training, department index, formal authority. */
  grade: Uint8Array<ArrayBuffer>;
  trainee: Uint8Array<ArrayBuffer>;
  department: Uint16Array<ArrayBuffer>;
  authority: Float64Array<ArrayBuffer>;
}

export interface InitiativeSummary {
  name: string;
  origin: Initiative['origin'];
  /** Department name, or "trust". */
  scope: string;
  launchWeek: number;
  status: Initiative['status'];
  uptake: number;
}

/** One arm after a week: per slot, what the page draws and the hover card says. */
export interface ArmSnapshot {
  /** Weeks run so far. */
  weeksDone: number;
  /** Index into VIEW_STATES for the chosen view. */
  state: Uint8Array<ArrayBuffer>;
  /** Distinct colleagues who have granted this person's leadership claims. */
  inDegree: Int32Array<ArrayBuffer>;
  engagement: Float32Array<ArrayBuffer>;
  /** Department now (trainees rotate). */
  department: Uint16Array<ArrayBuffer>;
  /** Index into FOLLOWERSHIP_TYPES (a new starter brings their own). */
  followership: Uint8Array<ArrayBuffer>;
  /** Leadership ties as pairs: granter, claimer, granter, claimer, … */
  ties: Int32Array<ArrayBuffer>;
  initiatives: InitiativeSummary[];
}

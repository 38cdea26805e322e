/**
 * The model's vocabulary
 * ======================
 *
 * The domain's names as the indices the typed arrays hold (tie layers,
 * adoption states, followership types, grades) and the helpers every verb
 * uses to read and nudge them: who an initiative's scope covers, a person's
 * grade, engagement and leader identity kept on their scales. It imports no
 * other model file, so any of them may import it.
 */
import { GRADES } from '../scenario/grades.ts';
import type { Grade } from '../scenario/grades.ts';
import { clip } from '../trust/traits.ts';
import { FOLLOWERSHIP_TYPES } from '../trust/types.ts';
import type { Followership, Layer } from '../trust/types.ts';

/** The layers a tie can be in (leadership ties are grants, kept apart). Index: `Ties.layer`. */
export type StructuralLayer = Exclude<Layer, 'leadership'>;
export const STRUCTURAL_LAYERS = ['formal', 'team', 'informal'] as const satisfies readonly StructuralLayer[];
export const FORMAL = 0;
export const TEAM = 1;
export const INFORMAL = 2;

/** Index of a structural layer in `Ties.layer`. */
export function layerIndex(layer: StructuralLayer): number {
  return STRUCTURAL_LAYERS.indexOf(layer);
}

/** Where a person stands on one initiative. Index: `Initiative.state`. */
export const ADOPTION_STATES = ['unaware', 'compliant', 'committed', 'resisting'] as const;
export type AdoptionState = (typeof ADOPTION_STATES)[number];
export const UNAWARE = 0;
export const COMPLIANT = 1;
export const COMMITTED = 2;
export const RESISTING = 3;

/** Index of a followership type (Kelley 1988) in `AgentTable.followership`. */
export function followershipIndex(style: Followership): number {
  return FOLLOWERSHIP_TYPES.indexOf(style);
}
export const EXEMPLARY = followershipIndex('exemplary');
export const ALIENATED = followershipIndex('alienated');

/** Index of a grade in `AgentTable.grade`. */
export function gradeIndex(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** The grade of the person in `slot`. */
export function gradeOf(agents: { readonly grade: Uint8Array }, slot: number): Grade {
  return GRADES[agents.grade[slot]];
}

/** Who is where: every slot, and the slots of each department (a world, or anything shaped like one). */
export interface Staffing {
  readonly everyone: readonly number[];
  readonly members: readonly (readonly number[])[];
}

/** The people a scope covers: a department index, or -1 for the whole trust. */
export function membersOf(staffing: Staffing, scope: number): readonly number[] {
  return scope < 0 ? staffing.everyone : staffing.members[scope];
}

/** Whether the person in `slot` is within a scope (department index, or -1 for the trust). */
export function inScope(department: Uint16Array, scope: number, slot: number): boolean {
  return scope < 0 || department[slot] === scope;
}

/** Engagement moves by `change`, kept on its 0–10 scale. */
export function shiftEngagement(agents: { readonly engagement: Float64Array }, slot: number, change: number): void {
  agents.engagement[slot] = clip(agents.engagement[slot] + change, 0, 10);
}

/** Leader identity moves by `change`, kept on its 0–1 scale. */
export function shiftLeaderIdentity(agents: { readonly leaderIdentity: Float64Array }, slot: number, change: number): void {
  agents.leaderIdentity[slot] = clip(agents.leaderIdentity[slot] + change, 0, 1);
}

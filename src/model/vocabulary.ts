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

/**
 * An initiative's scope as one number: a department index (≥ 0), the whole
 * world (`REGION`: every trust), or one trust of several (`trustScope(t)`).
 * In a world of one trust, `REGION` is that trust.
 */
export const REGION = -1;
/** Trust t's scope is FIRST_TRUST_SCOPE − t. */
const FIRST_TRUST_SCOPE = -2;

/** The scope of trust `t` as a whole. */
export function trustScope(trust: number): number {
  return FIRST_TRUST_SCOPE - trust;
}

/** The trust a trust-wide scope names, or -1 if the scope is a department or the region. */
export function scopedTrust(scope: number): number {
  return scope <= FIRST_TRUST_SCOPE ? FIRST_TRUST_SCOPE - scope : -1;
}

/** Who is where: every slot, each trust's slots, and the slots of each department (a world, or anything shaped like one). */
export interface Staffing {
  readonly everyone: readonly number[];
  readonly trustMembers: readonly (readonly number[])[];
  readonly members: readonly (readonly number[])[];
}

/** The people a scope covers: a department, one trust, or the region. */
export function membersOf(staffing: Staffing, scope: number): readonly number[] {
  return scope >= 0 ? staffing.members[scope] : scope === REGION ? staffing.everyone : staffing.trustMembers[FIRST_TRUST_SCOPE - scope];
}

/** Whether the person in `slot` is within a scope (a department, one trust, or the region). */
export function inScope(agents: { readonly department: Uint16Array; readonly trust: Uint16Array }, scope: number, slot: number): boolean {
  return scope >= 0 ? agents.department[slot] === scope : scope === REGION || agents.trust[slot] === FIRST_TRUST_SCOPE - scope;
}

/** Engagement moves by `change`, kept on its 0–10 scale. */
export function shiftEngagement(agents: { readonly engagement: Float64Array }, slot: number, change: number): void {
  agents.engagement[slot] = clip(agents.engagement[slot] + change, 0, 10);
}

/** Leader identity moves by `change`, kept on its 0–1 scale. */
export function shiftLeaderIdentity(agents: { readonly leaderIdentity: Float64Array }, slot: number, change: number): void {
  agents.leaderIdentity[slot] = clip(agents.leaderIdentity[slot] + change, 0, 1);
}

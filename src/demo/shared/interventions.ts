/**
 * What the room can do to a running trust
 * =======================================
 *
 * "Senior leader leaves" and "this clinician proposes an idea", as the page
 * asks for them and as the worker reports what came of them in each arm
 * (worker/interventions.ts makes them happen through the model).
 */
import type { ScenarioEvent } from '../../model/events.ts';

type Departure = Extract<ScenarioEvent, { type: 'departure' }>;
/** Trust-wide roles: a clinical director's departure would also need a department. */
export type LeaderRole = Exclude<Departure['role'], 'clinical-director'>;
export const LEADER_ROLES: readonly LeaderRole[] = ['chief-executive', 'medical-director', 'chief-nurse'];

export type Intervention = { kind: 'departure'; role: LeaderRole } | { kind: 'idea'; slot: number };

/** What came of an intervention in one arm, for the page to say. */
export interface Outcome {
  week: number;
  arm: string;
  text: string;
  /** The initiative it launched, if any, so the page can colour by it. */
  initiative: string | null;
}

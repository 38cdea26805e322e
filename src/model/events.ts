/**
 * Scenario events
 * ===============
 *
 * Shocks and interventions scheduled by the scenario: a named leader leaving
 * (a new starter takes the post), and a leadership-development programme that
 * raises participants' leader identity, voice and engagement, as the seed
 * article recommends for doctors in training.
 */
import { LeadsimError } from '../errors.ts';
import type { Grade } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import { clip } from '../trust/traits.ts';
import { replace } from './turnover.ts';
import { gradeIndex, shiftEngagement, shiftLeaderIdentity } from './vocabulary.ts';
import type { World } from './world.ts';

export type ScenarioEvent = Scenario['events'][number];

const ROLE_GRADE = {
  'medical-director': 'medicalDirector',
  'chief-nurse': 'chiefNurse',
  'chief-executive': 'chiefExecutive',
  'clinical-director': 'clinicalDirector',
} as const satisfies Record<Extract<ScenarioEvent, { type: 'departure' }>['role'], Grade>;

export function applyEvent(world: World, event: ScenarioEvent): void {
  const { agents } = world;
  if (event.type === 'departure') {
    const grade = gradeIndex(ROLE_GRADE[event.role]);
    const department = event.department === undefined ? -1 : world.departments.indexOf(event.department);
    // In a region, an executive's trust is named (`trust`); a clinical director's department names it.
    const trust = event.trust === undefined ? -1 : world.trusts.findIndex(({ name }) => name === event.trust);
    for (let slot = 0; slot < agents.size; slot++)
      if (agents.grade[slot] === grade && (department < 0 || agents.department[slot] === department) && (trust < 0 || agents.trust[slot] === trust)) {
        replace(world, slot, 'departure');
        return;
      }
    // A departure that cannot happen would leave a run that looks like a shock and is not.
    const where = event.department ?? event.trust ?? 'the trust';
    throw new LeadsimError(
      `${world.scenario.name}, week ${event.week}: the departure of the ${event.role} cannot happen: nobody in ${where} holds that role (check the trust's staffing for ${ROLE_GRADE[event.role]}).`,
    );
  }
  const grades = new Set(event.grades.map(gradeIndex));
  for (let slot = 0; slot < agents.size; slot++) {
    if (!grades.has(agents.grade[slot])) continue;
    shiftLeaderIdentity(agents, slot, event.leaderIdentity);
    agents.voice[slot] = clip(agents.voice[slot] + event.voice, 0, 1);
    shiftEngagement(agents, slot, event.engagement);
  }
}

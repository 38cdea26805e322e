/**
 * The room's live interventions, through the model
 * ===============================================
 *
 *   "senior leader leaves" ─► the model's departure event (events.ts applyEvent)
 *   "this clinician proposes an idea" ─► the model's proposal, sponsorship and
 *                                        launch (ideas.ts proposeIdea)
 *
 * Each becomes a week hook, so it happens inside the next week at the point
 * where scenario events and researchers' hooks happen (after rotation and
 * turnover, before launches and spread), in both arms alike: each arm's own
 * rules then decide what comes of it. After one, the numbers rightly differ
 * from an untouched `leadsim run`.
 */
import { applyEvent } from '../../model/events.ts';
import { proposeIdea } from '../../model/ideas.ts';
import type { WeekHook } from '../../model/week.ts';
import type { World } from '../../model/world.ts';
import { GRADES } from '../../scenario/grades.ts';
import { EXECUTIVE } from '../../trust/build-trust.ts';
import { GRADE_INFO } from '../../trust/grades.ts';
import type { Intervention, LeaderRole, Outcome } from '../shared/interventions.ts';

export function interventionHook(intervention: Intervention, week: number, arm: string, report: (outcome: Outcome) => void): WeekHook {
  return {
    week,
    run: (world) => { report({ week, arm, ...(intervention.kind === 'departure' ? leaderLeaves(world, intervention.role) : proposeIdeaNow(world, intervention.slot)) }); },
  };
}

/** Every trust has the three executive roles, so the departure always happens. */
function leaderLeaves(world: World, role: LeaderRole): Pick<Outcome, 'text' | 'initiative'> {
  const active = world.initiatives.filter((i) => i.status === 'active');
  const sponsors = active.map((i) => i.sponsor);
  applyEvent(world, { type: 'departure', week: world.week, role });
  const title = role.replace('-', ' ');
  const unsponsored = active.filter((i, k) => sponsors[k] !== null && i.sponsor === null).length;
  const abandoned = active.filter((i) => i.status === 'abandoned').length;
  const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;
  return {
    text: `The ${title} left and a new starter took the post: ${changes(unsponsored)} lost their sponsor (and any mandate), ${changes(abandoned)} lost their last lead.`,
    initiative: null,
  };
}

/**
 * One proposer of the model's weekly ideas (ideas.ts proposeIdea), with
 * claims drawn from a stream of their own, named by week and seat, the same
 * in both arms.
 */
function proposeIdeaNow(world: World, slot: number): Pick<Outcome, 'text' | 'initiative'> {
  const { agents } = world;
  const who = `${GRADE_INFO[GRADES[agents.grade[slot]]].label} in ${world.departments[agents.department[slot]]}`;
  if (world.departments[agents.department[slot]] === EXECUTIVE) return { text: `${who}: executives propose no ideas in the model.`, initiative: null };

  const route = world.rules.mayLead(slot) ? 'asked colleagues' : 'went up the formal chain';
  const proposal = proposeIdea(world, slot, world.draw('room-idea', slot), `room-idea-w${world.week}-seat${slot}`);
  if (proposal === null) return { text: `${who} proposed an idea and ${route}: refused, the idea is dropped.`, initiative: null };
  const { granters, sponsor } = proposal.sponsorship;
  const by =
    granters.length === 0
      ? 'nobody in scope to ask, so they lead it alone'
      : sponsor === slot
        ? `granted by ${granters.length} of them; they lead it`
        : `sponsored by a ${GRADE_INFO[GRADES[agents.grade[sponsor]]].label.toLowerCase()}; they lead it`;
  return { text: `${who} proposed an idea and ${route}: ${by}.`, initiative: proposal.initiative.name };
}

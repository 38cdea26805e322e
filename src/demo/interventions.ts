/**
 * The room's live interventions
 * =============================
 *
 *   "senior leader leaves" ─► the model's departure event (events.ts applyEvent)
 *   "this clinician proposes an idea" ─► the model's sponsorship and launch
 *                                        (sponsorship.ts, launch.ts)
 *
 * Each becomes a week hook, so it happens inside the next week at the point
 * where scenario events and researchers' hooks happen (after rotation and
 * turnover, before launches and spread), in both arms alike: each arm's own
 * rules then decide what comes of it. After one, the numbers rightly differ
 * from an untouched `leadsim run`.
 */
import { applyEvent } from '../model/events.ts';
import type { ScenarioEvent } from '../model/events.ts';
import { launch } from '../model/launch.ts';
import { IDEA } from '../model/parameters.ts';
import { seekSponsorship } from '../model/sponsorship.ts';
import type { WeekHook } from '../model/week.ts';
import type { World } from '../model/world.ts';
import { GRADES } from '../scenario/grades.ts';
import { EXECUTIVE } from '../trust/build-trust.ts';
import { GRADE_INFO } from '../trust/grades.ts';

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

export function interventionHook(intervention: Intervention, week: number, arm: string, report: (outcome: Outcome) => void): WeekHook {
  return {
    week,
    run: (world) =>
      report({ week, arm, ...(intervention.kind === 'departure' ? leaderLeaves(world, intervention.role) : proposeIdea(world, intervention.slot)) }),
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
 * The same steps as one proposer in the model's weekly ideas (ideas.ts):
 * seek sponsorship in one's department, count the idea, launch it if
 * sponsored with the proposer's own idea stream. Its claims draw from a stream
 * of their own, named by week and seat, the same in both arms.
 */
function proposeIdea(world: World, slot: number): Pick<Outcome, 'text' | 'initiative'> {
  const { agents, ledger } = world;
  const who = `${GRADE_INFO[GRADES[agents.grade[slot]]].label} in ${world.departments[agents.department[slot]]}`;
  const scope = agents.department[slot];
  if (world.departments[scope] === EXECUTIVE) return { text: `${who}: executives propose no ideas in the model.`, initiative: null };

  const route = world.rules.mayLead(slot) ? 'asked colleagues' : 'went up the formal chain';
  ledger.ideasProposed++;
  const sponsorship = seekSponsorship(world, slot, scope, world.draw('room-idea', slot));
  if (sponsorship === null) {
    ledger.ideasDropped++;
    return { text: `${who} proposed an idea and ${route}: refused, the idea is dropped.`, initiative: null };
  }
  const idea = world.draw('idea', slot);
  const name = `room-idea-w${world.week}-seat${slot}`;
  launch(world, {
    name,
    origin: 'idea',
    originGrade: GRADES[agents.grade[slot]],
    scope,
    complexity: IDEA.complexity[0] + (IDEA.complexity[1] - IDEA.complexity[0]) * idea.next(),
    advantage: IDEA.advantage[0] + (IDEA.advantage[1] - IDEA.advantage[0]) * idea.next(),
    sponsor: sponsorship.sponsor,
    leads: [slot],
  });
  const { granters, sponsor } = sponsorship;
  const by =
    granters.length === 0
      ? 'nobody in scope to ask, so they lead it alone'
      : sponsor === slot
        ? `granted by ${granters.length} of them; they lead it`
        : `sponsored by a ${GRADE_INFO[GRADES[agents.grade[sponsor]]].label.toLowerCase()}; they lead it`;
  return { text: `${who} proposed an idea and ${route}: ${by}.`, initiative: name };
}

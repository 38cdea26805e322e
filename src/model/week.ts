/**
 * One week of the trust
 * =====================
 *
 *   structure (rotations within and between trusts, careers, turnover, fading ties) ─► scenario events and hooks
 *   ─► scheduled launches ─► bottom-up ideas ─► spread of every initiative
 *   ─► outcomes ─► engagement drifts back to baseline
 *
 * Each verb is a function of the world in its own file; metrics are collected
 * by the recorder after the week, and nothing here knows about them.
 */
import type { Scenario } from '../scenario/schema.ts';
import { chooseBetweenTrusts, moveBetweenTrusts } from './between-trusts.ts';
import { progressCareers } from './careers.ts';
import { decayFormerTies } from './contacts.ts';
import { applyEvent } from './events.ts';
import { proposeIdeas } from './ideas.ts';
import type { Initiative } from './initiative.ts';
import { launch } from './launch.ts';
import { rotate, rotatingGrades } from './rotation.ts';
import { spread } from './spread.ts';
import { turnover } from './turnover.ts';
import { COMMITTED, COMPLIANT, REGION, RESISTING, gradeOf, membersOf, shiftEngagement, trustScope } from './vocabulary.ts';
import type { World } from './world.ts';

/** Code run at the start of a given week, after the structure has changed (researchers' interventions). */
export interface WeekHook {
  week: number;
  run(world: World): void;
}

/** A week's spread of one initiative: `spread`, or a stand-in (test/model/reference-spread.ts checks the optimised one against a plain one). */
export type SpreadInitiative = (world: World, initiative: Initiative) => void;

export function week(world: World, hooks: readonly WeekHook[] = [], spreadInitiative: SpreadInitiative = spread): void {
  const { scenario } = world;
  const grades = rotatingGrades(world);
  // Chosen before the rotation within trusts, moved after it (which rebuilds the contacts for both).
  const betweenTrusts = chooseBetweenTrusts(world, grades);
  rotate(world, grades, betweenTrusts === null);
  moveBetweenTrusts(world, betweenTrusts);
  progressCareers(world);
  turnover(world);
  decayFormerTies(world.contacts, world.ties, world.week, world.model.ties);

  for (const event of scenario.events) if (event.week === world.week) applyEvent(world, event);
  for (const hook of hooks) if (hook.week === world.week) hook.run(world);

  for (const initiative of scenario.initiatives) if (initiative.week === world.week) launchScheduled(world, initiative);
  proposeIdeas(world);

  const { activeWeeks } = world.model.parameters.spread;
  for (const initiative of world.initiatives) {
    spreadInitiative(world, initiative);
    recordOutcome(world, initiative);
    if (initiative.status === 'active' && world.week - initiative.launchWeek + 1 >= activeWeeks) initiative.status = 'closed';
  }
  driftEngagement(world);
}

/**
 * A scheduled change is sponsored from the top: the chief executive, or the
 * department's clinical director. A regional change is one initiative across
 * every trust, led by the chief executive of each trust launching it (all, or
 * those the scenario names) and sponsored by the first of them.
 */
function launchScheduled(world: World, initiative: Scenario['initiatives'][number]): void {
  const scope = scheduledScope(world, initiative);
  const sponsorGrade = scope >= 0 ? 'clinicalDirector' : 'chiefExecutive';
  const launchers = scope === REGION ? (initiative.trusts?.map((name) => trustIndex(world, name)) ?? world.trusts.map((_, t) => t)) : [-1];
  const leads = launchers.map((t) => {
    // One trust's people, in slot order; a department's, or (one trust) everyone: as before regions.
    const pool = t >= 0 && world.trusts.length > 1 ? world.trustMembers[t] : membersOf(world, scope);
    return pool.find((slot) => gradeOf(world.agents, slot) === sponsorGrade) ?? pool.find((slot) => gradeOf(world.agents, slot) === 'consultant') ?? pool[0];
  });
  const sponsor = leads[0];
  // Launched in some trusts only, it is mandated in those alone (src/model/spread.ts).
  const mandatedTrusts = scope === REGION && initiative.trusts !== undefined ? launchers : undefined;
  launch(world, {
    name: initiative.name,
    origin: 'scheduled',
    originGrade: gradeOf(world.agents, sponsor),
    scope,
    complexity: initiative.complexity,
    advantage: initiative.advantage,
    sponsor,
    leads,
    mandatedTrusts,
  });
}

/** The scope number of a scheduled change: the region (in one trust, "trust" too), one trust of several, or a department. */
function scheduledScope(world: World, initiative: Scenario['initiatives'][number]): number {
  if (initiative.scope === 'region') return REGION;
  if (initiative.scope === 'trust') return initiative.trust === undefined || world.trusts.length === 1 ? REGION : trustScope(trustIndex(world, initiative.trust));
  return world.departments.indexOf(initiative.scope);
}

function trustIndex(world: World, name: string): number {
  const t = world.trusts.findIndex((trust) => trust.name === name);
  // The scenario's checks (src/scenario/references.ts) name only real trusts.
  if (t < 0) throw new RangeError(`no trust named ${JSON.stringify(name)} in ${world.scenario.name}`);
  return t;
}

/** Which adoption states each kind of uptake counts, as bit masks over states. */
const COUNTED = {
  adopted: (1 << COMMITTED) | (1 << COMPLIANT),
  committed: 1 << COMMITTED,
  compliant: 1 << COMPLIANT,
  resisting: 1 << RESISTING,
} as const;

/** Share of the initiative's scope in the given states (by default adopted: committed or compliant). */
export function uptake(world: World, initiative: Initiative, states: keyof typeof COUNTED = 'adopted'): number {
  const members = membersOf(world, initiative.scope);
  if (members.length === 0) return 0;
  const counted = COUNTED[states];
  const { state, base } = initiative;
  let count = 0;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- an iterator allocates in unoptimised code (docs/engine.md, hot paths)
  for (let k = 0; k < members.length; k++) count += (counted >> state[members[k] - base]) & 1;
  return count / members.length;
}

function recordOutcome(world: World, initiative: Initiative): void {
  if (initiative.reached90 !== null) return;
  const share = uptake(world, initiative);
  const { success, nearlyAll } = world.model.parameters.spread;
  if (initiative.reached50 === null && share >= success) {
    initiative.reached50 = world.week;
    world.ledger.succeeded++;
  }
  if (share >= nearlyAll) initiative.reached90 = world.week;
}

/** Engagement drifts back towards each person's baseline (scenario `trust.engagement.reversion`). */
function driftEngagement(world: World): void {
  const { agents } = world;
  const { engagement, baselineEngagement } = agents;
  const rate = world.scenario.trust.engagement.reversion;
  for (let slot = 0; slot < agents.size; slot++) shiftEngagement(agents, slot, rate * (baselineEngagement[slot] - engagement[slot]));
}

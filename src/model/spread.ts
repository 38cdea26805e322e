/**
 * Spread of one initiative for one week
 * =====================================
 *
 * Synchronous, on the compiled contacts: each person in scope who has not
 * committed compares the influence-weighted share of colleagues in scope who
 * have adopted (compliant ones weighing less) with their threshold (weighted
 * linear threshold; Granovetter 1978, Watts 2002). Reaching it commits them. Below
 * it, the external term (dissemination, scaled by relative advantage) may
 * commit them, and a sponsor's mandate may make them comply (Greenhalgh et al.
 * 2004: implementation). Compliance without commitment reverts once the
 * mandate ends. Committing is a chance to claim a share of the lead.
 *
 * Only people whose neighbourhood moved are weighed up again: someone below
 * threshold last week stays below it unless a colleague's state, their own
 * threshold, or the weights or membership of their row changed since (for a
 * department's initiative, weights on ties within the department).
 */
import type { RandomStream } from '../random/stream.ts';
import type { AgentTable } from './agents.ts';
import { atLeast } from '../engine/models/threshold-kernel.ts';
import { colleagues } from './contacts.ts';
import { markStale, takeStale } from './initiative.ts';
import type { Initiative } from './initiative.ts';
import { thresholdOf, unadoptedState } from './launch.ts';
import { addLead } from './leads.ts';
import { claimProbability, seekSponsorship } from './sponsorship.ts';
import { COMMITTED, COMPLIANT, EXEMPLARY, REGION, inScope, membersOf, scopedTrust, shiftEngagement } from './vocabulary.ts';
import type { World } from './world.ts';

/* eslint-disable @typescript-eslint/prefer-for-of -- indexed loops on the weekly path, down to revertCompliance (docs/engine.md, hot paths) */
export function spread(world: World, initiative: Initiative): void {
  const { agents, rules } = world;
  const { mandateResponse } = world.model;
  const { reversion } = world.model.parameters.spread;
  const { changedWeek, changedAcrossWeek } = world.contacts;
  const { state, scope, lastSpread, random, base } = initiative;
  const members = membersOf(world, scope);
  if (initiative.status !== 'active') {
    revertCompliance(world, initiative, members, random);
    return;
  }
  initiative.lastSpread = world.week;
  const sponsor = initiative.sponsor === null || world.week >= initiative.mandateUntil ? -1 : sponsorSlot(agents, initiative, initiative.sponsor);
  const mandating = sponsor >= 0;
  const external = world.model.parameters.spread.external * (1 + initiative.advantage);
  // A chief executive mandates in their own trust: a regional change launched in some trusts is not mandated in the others.
  const { mandatedTrusts } = initiative;
  const { trust } = agents;

  // Made when first needed: in most weeks most initiatives change nobody.
  let committing: number[] | undefined;
  let complying: number[] | undefined;
  let reverting: number[] | undefined;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    const current = state[i - base];
    if (current === COMMITTED) continue;
    // (Its mark taken first, whether or not the row moved too: weighed up now, it is up to date.)
    const reached = (takeStale(initiative, i) || changedWeek[i] >= lastSpread || (scope < 0 && changedAcrossWeek[i] >= lastSpread)) && reachesThreshold(world, initiative, i);
    if (reached) (committing ??= []).push(i);
    else if (current === COMPLIANT) {
      if (!mandating && random.next() < reversion) (reverting ??= []).push(i);
    } else if (external > 0 && random.next() < external) (committing ??= []).push(i);
    else if (mandating && (mandatedTrusts === null || mandatedTrusts[trust[i]] === 1) && random.next() < rules.mandate(sponsor, i) * mandateResponse[agents.followership[i]])
      (complying ??= []).push(i);
  }

  if (committing) for (let k = 0; k < committing.length; k++) commit(world, initiative, committing[k], random);
  if (complying) for (let k = 0; k < complying.length; k++) comply(world, initiative, complying[k], random);
  if (reverting) for (let k = 0; k < reverting.length; k++) revert(world, initiative, reverting[k]);
}

/** By initiative id, the slot its sponsor was last found in, for each agent table (a world's). */
const sponsorSeats = new WeakMap<AgentTable, Int32Array>();

/**
 * The slot of the sponsor (key `sponsor`), or -1 if they have left. Read from
 * `slotOf` once, then only checked against the seat's key: at national scale a
 * map of every person is slow to read (cache misses), and every mandated
 * initiative asks each week. Keys are unique, so the check is exact.
 */
function sponsorSlot(agents: AgentTable, initiative: Initiative, sponsor: string): number {
  let seats = sponsorSeats.get(agents);
  if (seats === undefined || seats.length <= initiative.id) {
    const grown = new Int32Array(2 * (initiative.id + 1)).fill(-1);
    if (seats !== undefined) grown.set(seats);
    seats = grown;
    sponsorSeats.set(agents, seats);
  }
  const seen = seats[initiative.id];
  if (seen >= 0 && agents.keys[seen] === sponsor) return seen;
  const slot = agents.slotOf.get(sponsor) ?? -1;
  seats[initiative.id] = slot;
  return slot;
}

/** Does the influence-weighted share of i's colleagues in scope who adopted reach i's threshold? */
export function reachesThreshold(world: World, initiative: Initiative, i: number): boolean {
  const { offsets, neighbours, influence, influenceSum } = world.contacts;
  const { state, scope, base } = initiative;
  const { compliantInfluence } = world.model.parameters.spread;
  const from = offsets[i];
  const to = offsets[i + 1];
  let adopted = 0;
  let total = 0;
  // A loop for each kind of scope, so the arc loop tests nothing but the arc (the most-run loop of a week).
  if (scope === REGION) {
    // The region's scope holds every colleague.
    total = influenceSum[i];
    for (let e = from; e < to; e++) {
      const held = state[neighbours[e] - base];
      if (held === COMMITTED) adopted += influence[e];
      else if (held === COMPLIANT) adopted += compliantInfluence * influence[e];
    }
  } else {
    // A department's or one trust's: only colleagues inside it.
    const inside = scope >= 0 ? world.agents.department : world.agents.trust;
    const where = scope >= 0 ? scope : scopedTrust(scope);
    for (let e = from; e < to; e++) {
      const j = neighbours[e];
      if (inside[j] !== where) continue;
      total += influence[e];
      const held = state[j - base];
      if (held === COMMITTED) adopted += influence[e];
      else if (held === COMPLIANT) adopted += compliantInfluence * influence[e];
    }
  }
  return total > 0 && adopted >= atLeast(thresholdOf(world, initiative, i) * total);
}

/** Compliance lapses: back to unaware, or to resisting for an alienated follower. */
function revert(world: World, initiative: Initiative, i: number): void {
  setState(world, initiative, i, unadoptedState(world, initiative, i));
}

/** A change of state moves the neighbourhood of everyone tied to i (ties count both ways). */
function setState(world: World, initiative: Initiative, i: number, state: number): void {
  const { base } = initiative;
  initiative.compliant += (state === COMPLIANT ? 1 : 0) - (initiative.state[i - base] === COMPLIANT ? 1 : 0);
  initiative.state[i - base] = state;
  const { offsets, neighbours } = world.contacts;
  // (A tie to another trust falls outside the arrays: `markStale` ignores it, as it should.)
  for (let e = offsets[i]; e < offsets[i + 1]; e++) markStale(initiative, neighbours[e]);
}

/** Closed or abandoned: nobody new adopts, and compliance left without a mandate reverts. */
function revertCompliance(world: World, initiative: Initiative, members: readonly number[], random: RandomStream): void {
  if (initiative.compliant === 0) return;
  const { reversion } = world.model.parameters.spread;
  for (let k = 0; k < members.length; k++) if (initiative.state[members[k] - initiative.base] === COMPLIANT && random.next() < reversion) revert(world, initiative, members[k]);
}
/* eslint-enable @typescript-eslint/prefer-for-of -- end of the weekly path */

/** Committed by choice: exemplary followers may shape the change, and anyone may claim a share of its lead. */
function commit(world: World, initiative: Initiative, i: number, random: RandomStream): void {
  setState(world, initiative, i, COMMITTED);
  if (world.agents.followership[i] === EXEMPLARY && random.next() < world.rules.voice(i)) negotiate(world, initiative, i);
  if (random.next() < claimProbability(world, i)) {
    if (seekSponsorship(world, i, initiative.scope, random) !== null) addLead(world, initiative, i);
  }
}

/** Complying under a mandate: heard, the follower negotiates; unheard, the change is imposed on them. */
function comply(world: World, initiative: Initiative, i: number, random: RandomStream): void {
  setState(world, initiative, i, COMPLIANT);
  if (random.next() < world.rules.voice(i)) negotiate(world, initiative, i);
  else shiftEngagement(world.agents, i, world.model.parameters.engagement.imposed);
}

/**
 * Negotiation adapts the change locally (Rogers' re-invention): colleagues in
 * scope find it easier to adopt, and having a say raises engagement.
 */
function negotiate(world: World, initiative: Initiative, i: number): void {
  for (const j of colleagues(world.contacts, i))
    if (inScope(world.agents, initiative.scope, j)) {
      initiative.negotiated.set(j, (initiative.negotiated.get(j) ?? 0) + 1);
      markStale(initiative, j);
    }
  shiftEngagement(world.agents, i, world.model.parameters.engagement.voice);
}

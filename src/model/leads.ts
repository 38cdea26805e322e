/**
 * Hand-over or orphaning
 * ======================
 *
 * When a lead leaves an initiative's scope (rotating out, leaving the trust),
 * the rules decide whether the project is handed over to someone in scope who
 * has committed to it, or orphaned; an initiative with no lead left is
 * abandoned. A departing sponsor takes the mandate with them.
 */
import type { RandomStream } from '../random/stream.ts';
import { stateOf } from './initiative.ts';
import type { Initiative } from './initiative.ts';
import { COMMITTED, membersOf } from './vocabulary.ts';
import type { World } from './world.ts';

/** The person in `slot` now leads `initiative` (the one way a lead is added after launch: it marks them as having led). */
export function addLead(world: World, initiative: Initiative, slot: number): void {
  initiative.leads.add(world.agents.keys[slot]);
  world.agents.hasLed[slot] = 1;
}

/** Why someone leaves a scope: rotating (within or between trusts), leaving the trust, an event's departure, or a career step. */
export type Leaving = 'rotation' | 'turnover' | 'departure' | 'career';

/**
 * The person in `slot` leaves the scope of `initiatives` (by default, all of their trust's).
 * `unavailable` marks people who cannot take over (others leaving the scope at the same time).
 */
export function leaveInitiatives(
  world: World,
  slot: number,
  why: Leaving,
  initiatives: readonly Initiative[] = world.initiativesByTrust[world.agents.trust[slot]],
  unavailable?: (initiative: Initiative, slot: number) => boolean,
): void {
  // Someone who never led or sponsored anything since taking the seat leaves no lead behind.
  if (world.agents.hasLed[slot] === 0) return;
  const key = world.agents.keys[slot];
  // A lead of a department's change is in the department, unless their slot is marked as holding
  // something outside it (src/model/concerns.ts): an unmarked one leads no other department's change.
  const ownOnly = world.agents.heldOutside[slot] === 0;
  const own = world.agents.department[slot];
  // Created only for someone leaving a lead: most movers lead nothing.
  let random: RandomStream | undefined;
  for (const initiative of initiatives) {
    // Another trust's initiative (tested first: cheap, and at national scale most are).
    if (initiative.status !== 'active' || slot < initiative.base || slot >= initiative.base + initiative.state.length) continue;
    if (initiative.sponsor === key) initiative.sponsor = null;
    if ((ownOnly && initiative.scope >= 0 && initiative.scope !== own) || !initiative.leads.delete(key)) continue;
    if (why === 'rotation' && initiative.origin === 'idea') world.ledger.ideaLeadsRotatedOut++;
    random ??= world.draw('handover', slot);
    if (random.next() < world.rules.handover(slot)) {
      const successor = pickSuccessor(world, initiative, slot, random, unavailable);
      if (successor !== null) addLead(world, initiative, successor);
    }
    if (initiative.leads.size > 0) continue;
    initiative.status = 'abandoned';
    world.ledger.abandoned++;
    if (why === 'rotation' && initiative.origin === 'idea') world.ledger.ideasLostAtRotation++;
  }
}

/** Someone in scope now, committed to it and not already leading, at random; null if nobody. */
function pickSuccessor(world: World, initiative: Initiative, leaving: number, random: RandomStream, unavailable?: (initiative: Initiative, slot: number) => boolean): number | null {
  const pool = membersOf(world, initiative.scope);
  const candidates = pool.filter(
    (slot) => slot !== leaving && stateOf(initiative, slot) === COMMITTED && !initiative.leads.has(world.agents.keys[slot]) && unavailable?.(initiative, slot) !== true,
  );
  return candidates.length === 0 ? null : candidates[random.int(candidates.length)];
}

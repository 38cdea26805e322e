/**
 * Claiming and granting leadership
 * ================================
 *
 * Leadership is claimed by one person and granted by others (DeRue & Ashford
 * 2010). Someone the rules let lead asks a few colleagues in scope, and the
 * claim stands when more than half grant it (Cao et al. 2020). Someone who may
 * not lead must go up the formal chain: each supervisor grants or drops it,
 * less often the further their grade is above the claimer's, until it reaches
 * someone who may lead and so sponsors it.
 */
import type { RandomStream } from '../random/stream.ts';
import { addGrant, colleagues, tieStrength } from './contacts.ts';
import { recordGrant } from './grants.ts';
import { inScope, shiftEngagement, shiftLeaderIdentity } from './vocabulary.ts';
import type { World } from './world.ts';

export interface Sponsorship {
  /** Who granted the claim, in the order asked. */
  readonly granters: number[];
  /** Who takes responsibility for it: the claimer, or the supervisor who sponsored it. */
  readonly sponsor: number;
}

/** Chance that a person claims leadership when the opportunity comes (logistic; grounding notes §2). */
export function claimProbability(world: World, slot: number): number {
  const { leaderIdentity, activeEngagement, voice } = world.agents;
  const CLAIM = world.model.parameters.claim;
  const x = CLAIM.intercept + CLAIM.leaderIdentity * leaderIdentity[slot] + CLAIM.activeEngagement * activeEngagement[slot] + CLAIM.voice * voice[slot];
  return 1 / (1 + Math.exp(-x));
}

/**
 * Seek leadership of a change within a scope (a department index, or -1 for the
 * trust); records the grants or the refusal. Returns null when refused.
 */
export function seekSponsorship(world: World, claimer: number, scope: number, random: RandomStream): Sponsorship | null {
  const outcome = world.rules.mayLead(claimer) ? askPeers(world, claimer, scope, random) : escalate(world, claimer, random);
  if (outcome === null) refuse(world, claimer);
  // Leading alone, with nobody in scope to ask, is not a granted claim.
  else if (outcome.granters.length > 0) grant(world, claimer, outcome.granters);
  return outcome;
}

function askPeers(world: World, claimer: number, scope: number, random: RandomStream): Sponsorship | null {
  const peers = colleagues(world.contacts, claimer).filter((j) => inScope(world.agents, scope, j));
  // Partial shuffle: ask `model.grant.asked` of them at random.
  const asked = Math.min(world.model.parameters.grant.asked, peers.length);
  for (let k = 0; k < asked; k++) {
    const pick = k + random.int(peers.length - k);
    [peers[k], peers[pick]] = [peers[pick], peers[k]];
  }
  // Nobody to ask: one may still lead alone.
  if (asked === 0) return { granters: [], sponsor: claimer };
  const granters = peers.slice(0, asked).filter((j) => random.next() < world.rules.grantProbability(claimer, j, tieStrength(world.contacts, j, claimer)));
  return 2 * granters.length > asked ? { granters, sponsor: claimer } : null;
}

function escalate(world: World, claimer: number, random: RandomStream): Sponsorship | null {
  const granters: number[] = [];
  for (let hop = supervisorOf(world, claimer); hop !== null; hop = supervisorOf(world, hop)) {
    const tie = granters.length === 0 ? tieStrength(world.contacts, hop, claimer) : 0;
    if (random.next() >= world.rules.grantProbability(claimer, hop, tie)) return null;
    granters.push(hop);
    if (world.rules.mayLead(hop)) return { granters, sponsor: hop };
  }
  return null;
}

/** The slot of the person's formal supervisor, or null at the top. */
function supervisorOf(world: World, slot: number): number | null {
  const boss = world.contacts.supervisor[slot];
  return boss < 0 ? null : boss;
}

function grant(world: World, claimer: number, granters: readonly number[]): void {
  const { agents } = world;
  const { identity, engagement } = world.model.parameters;
  for (const granter of granters) {
    addGrant(world.contacts, agents.department, granter, claimer, world.week, world.model.ties.perGrant);
    recordGrant(world.grants, granter, claimer);
  }
  agents.grantedClaims[claimer]++;
  shiftLeaderIdentity(agents, claimer, identity.granted);
  shiftEngagement(agents, claimer, engagement.granted);
  world.ledger.claimsGranted++;
}

function refuse(world: World, claimer: number): void {
  const { agents } = world;
  const { identity, engagement } = world.model.parameters;
  shiftLeaderIdentity(agents, claimer, identity.refused);
  shiftEngagement(agents, claimer, engagement.refused);
  world.ledger.claimsRefused++;
}

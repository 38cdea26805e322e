/**
 * Ideas carried between trusts
 * ============================
 *
 * Someone leading an active idea who moves to another trust may propose it
 * again in their new department (`trust.careers.carryIdeas`, a chance per
 * idea): the same change (complexity, advantage), a new initiative through
 * the new trust's claim and sponsorship, marked `carriedFrom` the original.
 * What became of the original (handed over or orphaned) is the old trust's.
 * Counted when proposed, whether sponsored or not.
 */
import type { Initiative } from './initiative.ts';
import { proposeIdea } from './ideas.ts';
import type { Move } from './moves.ts';
import type { World } from './world.ts';

/** A mover to another trust and the active ideas they led before moving. */
export interface Carrier {
  readonly key: string;
  readonly fromTrust: number;
  readonly ideas: readonly Initiative[];
}

/** Movers who change trust and lead active ideas, read before they move (or rotate). */
export function carriersOf(world: World, moves: readonly Move[]): Carrier[] {
  const { agents } = world;
  const carriers: Carrier[] = [];
  for (const { from, to } of moves) {
    if (agents.trust[from] === agents.trust[to]) continue;
    const key = agents.keys[from];
    const ideas = world.initiativesByTrust[agents.trust[from]].filter((i) => i.status === 'active' && i.origin === 'idea' && i.leads.has(key));
    if (ideas.length > 0) carriers.push({ key, fromTrust: agents.trust[from], ideas });
  }
  return carriers;
}

/** After the moves: each carrier proposes each of their ideas again with the scenario's chance. */
export function carryIdeas(world: World, carriers: readonly Carrier[]): void {
  const chance = world.scenario.trust.careers.carryIdeas;
  if (chance === 0) return;
  const { flows } = world;
  for (const { key, fromTrust, ideas } of carriers) {
    const slot = world.agents.slotOf.get(key);
    // Moved on and then left in the same changeover: nothing to carry.
    if (slot === undefined) continue;
    const toTrust = world.agents.trust[slot];
    const random = world.draw('carry', key);
    for (const idea of ideas) {
      if (random.next() >= chance) continue;
      world.ledger.ideasCarried++;
      flows.ideas[fromTrust * flows.trusts + toTrust]++;
      proposeIdea(world, slot, world.draw('carry-sponsorship', key, idea.id), `${idea.name}>${world.trusts[toTrust].name}`, idea);
    }
  }
}

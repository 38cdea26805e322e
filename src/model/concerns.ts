/**
 * The changes that can concern a new starter
 * ==========================================
 *
 * A new starter starts afresh on every change their trust's arrays cover
 * (`resetNewStarter`), but by a national year's end a trust has hundreds, most
 * of them other departments' ideas, where a starter who is outside and was
 * never part of them has nothing to undo. A state on a department's change is
 * only taken up inside the department (launch, spread, negotiation), so a slot
 * holds one outside its department only after its person left by rotating, or
 * when it leads a change from outside (both mark the slot, `heldOutside`, and
 * list that department, `heldIn`). A starter is visited on the trust's and the
 * region's changes and their own department's, and in a marked slot on the
 * listed departments' too, which clears the mark. Either way the same changes
 * are reset as a scan of every change would, in the same way (each change's
 * arrays are its own, so the order is free).
 *
 * The lists are caught up from `initiativesByTrust` (append-only, launch order)
 * when read, so whoever launches needs not know of them.
 */
import type { Initiative } from './initiative.ts';
import { resetNewStarter } from './launch.ts';
import type { World } from './world.ts';

interface TrustConcerns {
  /** How many of the trust's `initiativesByTrust` list are indexed. */
  seen: number;
  /** The region's and the trust's own changes (scope < 0): they concern everyone in the trust. */
  readonly wide: Initiative[];
  /** The department changes whose arrays cover the trust, by department. */
  readonly byDepartment: Map<number, Initiative[]>;
}

const NONE: readonly Initiative[] = [];
const byWorld = new WeakMap<World['initiativesByTrust'], TrustConcerns[]>();

/** Trust `trust`'s changes, indexed up to now. */
export function concernsOf(world: Pick<World, 'initiativesByTrust'>, trust: number): TrustConcerns {
  let all = byWorld.get(world.initiativesByTrust);
  if (all === undefined) {
    all = world.initiativesByTrust.map(() => ({ seen: 0, wide: [], byDepartment: new Map() }));
    byWorld.set(world.initiativesByTrust, all);
  }
  const concerns = all[trust];
  const list = world.initiativesByTrust[trust];
  for (; concerns.seen < list.length; concerns.seen++) {
    const initiative = list[concerns.seen];
    if (initiative.scope < 0) concerns.wide.push(initiative);
    else {
      const department = concerns.byDepartment.get(initiative.scope);
      if (department === undefined) concerns.byDepartment.set(initiative.scope, [initiative]);
      else department.push(initiative);
    }
  }
  return concerns;
}

/** A new starter in `slot` starts afresh on every change of their trust that can concern them (`resetNewStarter`). */
export function startAfresh(world: World, slot: number): void {
  const { agents } = world;
  const { wide, byDepartment } = concernsOf(world, agents.trust[slot]);
  const own = agents.department[slot];
  for (const initiative of wide) resetNewStarter(world, initiative, slot);
  for (const initiative of byDepartment.get(own) ?? NONE) resetNewStarter(world, initiative, slot);
  if (agents.heldOutside[slot] === 0) return;
  // A marked slot: the other departments it may hold a state in too, then unmarked.
  for (const department of agents.heldIn.get(slot) ?? [])
    if (department !== own) for (const initiative of byDepartment.get(department) ?? NONE) resetNewStarter(world, initiative, slot);
  agents.heldOutside[slot] = 0;
  agents.heldIn.delete(slot);
}

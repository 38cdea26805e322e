/**
 * The changes a new starter visits, checked every week against a plain scan
 * =========================================================================
 *
 * `startAfresh` visits, in an unmarked slot, only the trust's and region's
 * changes and the slot's department's (src/model/concerns.ts), and
 * `leaveInitiatives` looks for an unmarked leaver among the leads of those
 * only. That is exact only if (1) the index lists exactly those of
 * `initiativesByTrust`, (2) every slot holding a state on a department's
 * change outside its department (not unaware, or a negotiation heard) is
 * marked `heldOutside`, and (3) so is every lead of an active department's
 * change who is outside the department. Checked after
 * the structure step (rotation, careers, turnover: when starters start) and
 * after each week's spread, in a region with rotation, careers, turnover and ideas.
 */
import { describe, expect, it } from 'vitest';

import { concernsOf } from '../../src/model/concerns.ts';
import { UNAWARE } from '../../src/model/vocabulary.ts';
import { week } from '../../src/model/week.ts';
import type { World } from '../../src/model/world.ts';
import { regionWorld } from './region-helpers.ts';

/** Slots holding a state on a department's change outside that department, with those departments, by a plain scan of every change. */
function heldOutside(world: World): Map<number, Set<number>> {
  const { department } = world.agents;
  const held = new Map<number, Set<number>>();
  const add = (slot: number, scope: number) => {
    const departments = held.get(slot) ?? new Set<number>();
    held.set(slot, departments.add(scope));
  };
  for (const { scope, base, state, negotiated } of world.initiatives) {
    if (scope < 0) continue;
    for (let k = 0; k < state.length; k++) if (state[k] !== UNAWARE && department[base + k] !== scope) add(base + k, scope);
    for (const slot of negotiated.keys()) if (department[slot] !== scope) add(slot, scope);
  }
  return held;
}

function unmarked(world: World, when: string): string[] {
  const { agents } = world;
  const wrong: string[] = [];
  for (const [slot, departments] of heldOutside(world))
    for (const scope of departments)
      if (agents.heldOutside[slot] !== 1 || !(agents.heldIn.get(slot) ?? []).includes(scope))
        wrong.push(`week ${String(world.week)} ${when}: slot ${String(slot)} holds a state in department ${String(scope)}, outside its own, unmarked or unlisted`);
  return wrong;
}

/** Leads of an active department's change who are outside the department, their slot unmarked (`leaveInitiatives` would miss them). */
function unmarkedLeads(world: World): string[] {
  const { agents } = world;
  const wrong: string[] = [];
  for (const { scope, status, leads, name } of world.initiatives) {
    if (scope < 0 || status !== 'active') continue;
    for (const key of leads) {
      const slot = agents.slotOf.get(key);
      if (slot !== undefined && agents.department[slot] !== scope && (agents.heldOutside[slot] !== 1 || !(agents.heldIn.get(slot) ?? []).includes(scope)))
        wrong.push(`week ${String(world.week)}, ${name}: lead ${key} outside its department, unmarked or unlisted`);
    }
  }
  return wrong;
}

function misindexed(world: World): string[] {
  const wrong: string[] = [];
  world.initiativesByTrust.forEach((list, trust) => {
    const { wide, byDepartment } = concernsOf(world, trust);
    const name = (i: { id: number }) => i.id;
    if (JSON.stringify(wide.map(name)) !== JSON.stringify(list.filter((i) => i.scope < 0).map(name))) wrong.push(`week ${String(world.week)}, trust ${String(trust)}: wide changes`);
    for (const scope of new Set(list.filter((i) => i.scope >= 0).map((i) => i.scope)))
      if (JSON.stringify((byDepartment.get(scope) ?? []).map(name)) !== JSON.stringify(list.filter((i) => i.scope === scope).map(name)))
        wrong.push(`week ${String(world.week)}, trust ${String(trust)}: department ${String(scope)}`);
    if ([...byDepartment.values()].reduce((n, l) => n + l.length, 0) + wide.length !== list.length) wrong.push(`week ${String(world.week)}, trust ${String(trust)}: count`);
  });
  return wrong;
}

describe('the changes that can concern a new starter', () => {
  it('are indexed as a plain scan finds them, and every slot holding a state outside its department is marked, week after week', () => {
    const world = regionWorld(3, {
      ideas: { rate: 0.01 },
      trust: { careers: { enabled: true }, turnover: { nurses: 0.5, doctors: 0.5, ahp: 0.5, executive: 0.3 } },
    });
    const wrong: string[] = [];
    let heldSeen = 0;
    for (world.week = 0; world.week < 60; world.week++) {
      week(world, [{ week: world.week, run: (w) => wrong.push(...unmarked(w, 'after the structure step'), ...unmarkedLeads(w), ...misindexed(w)) }]);
      wrong.push(...unmarked(world, 'after the spread'), ...unmarkedLeads(world), ...misindexed(world));
      heldSeen += heldOutside(world).size;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The check saw something: trainees rotated out of departments whose changes they had taken up.
    expect(heldSeen).toBeGreaterThan(100);
  });
});

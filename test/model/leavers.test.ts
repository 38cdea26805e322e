/**
 * What the shortcuts for leavers and new starters rely on, checked every week
 * ===========================================================================
 *
 * `leaveInitiatives` returns at once for someone whose `hasLed` is 0, and
 * `resetNewStarter` skips a department's change that a new starter is outside
 * of and was never part of. Both are exact only if (1) everyone leading or
 * sponsoring an active initiative has `hasLed` set, and (2) a new starter
 * starts afresh on every change their trust's arrays cover: not adopted
 * (resisting only if alienated and in scope) and with no negotiation heard.
 * A region with ideas, turnover, rotation between trusts and careers, so that
 * leads are added by launch, spread, hand-over and carried ideas, and people
 * arrive by turnover and by careers.
 */
import { describe, expect, it } from 'vitest';

import { unadoptedState } from '../../src/model/launch.ts';
import { week } from '../../src/model/week.ts';
import type { World } from '../../src/model/world.ts';
import { regionWorld } from './region-helpers.ts';

function leadersWithoutMark(world: World): string[] {
  const { agents } = world;
  const wrong: string[] = [];
  for (const initiative of world.initiatives) {
    if (initiative.status !== 'active') continue;
    const people = initiative.sponsor === null ? [...initiative.leads] : [initiative.sponsor, ...initiative.leads];
    for (const key of people) {
      const slot = agents.slotOf.get(key);
      if (slot !== undefined && agents.hasLed[slot] === 0) wrong.push(`week ${String(world.week)}, ${initiative.name}: ${key} leads without hasLed`);
    }
  }
  return wrong;
}

/** New starters this week: keys nobody had at the end of last week. */
function starters(world: World, before: ReadonlySet<string>): number[] {
  return world.agents.keys.flatMap((key, slot) => (before.has(key) ? [] : [slot]));
}

function staleStarters(world: World, slots: readonly number[]): string[] {
  const wrong: string[] = [];
  for (const slot of slots)
    for (const initiative of world.initiativesByTrust[world.agents.trust[slot]]) {
      // Launched this week: the starter may already have been weighed up by its first spread.
      if (initiative.launchWeek === world.week) continue;
      const k = slot - initiative.base;
      if (initiative.state[k] !== unadoptedState(world, initiative, slot) || initiative.negotiated.has(slot))
        wrong.push(`week ${String(world.week)}, ${initiative.name}: starter in slot ${String(slot)} not fresh`);
    }
  return wrong;
}

describe('leavers and new starters', () => {
  it('everyone leading or sponsoring is marked, and every new starter starts afresh, week after week', () => {
    const world = regionWorld(3, {
      ideas: { rate: 0.01 },
      trust: { careers: { enabled: true }, turnover: { nurses: 0.5, doctors: 0.5, ahp: 0.5, executive: 0.3 } },
    });
    let checkedStarters = 0;
    let leads = 0;
    const wrong: string[] = [];
    for (world.week = 0; world.week < 60; world.week++) {
      const before = new Set(world.agents.keys);
      // The structure step (careers, rotation, turnover) comes first: look before the week's spread.
      week(world, [
        {
          week: world.week,
          run: (w) => {
            const slots = starters(w, before);
            checkedStarters += slots.length;
            wrong.push(...staleStarters(w, slots));
          },
        },
      ]);
      wrong.push(...leadersWithoutMark(world));
      leads += world.initiatives.reduce((sum, i) => sum + (i.status === 'active' ? i.leads.size : 0), 0);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The checks saw something: starters by turnover and careers, leads added every way.
    expect(checkedStarters).toBeGreaterThan(500);
    expect(leads).toBeGreaterThan(500);
    expect(world.ledger.ideasCarried).toBeGreaterThan(0);
  });
});

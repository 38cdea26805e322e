import { describe, expect, it } from 'vitest';

import { chooseBetweenTrusts, moveBetweenTrusts } from '../../src/model/between-trusts.ts';
import { launch } from '../../src/model/launch.ts';
import { rotate, rotatingGrades } from '../../src/model/rotation.ts';
import { gradeIndex } from '../../src/model/vocabulary.ts';
import type { World } from '../../src/model/world.ts';
import { contactInvariantViolations } from './contact-invariants.ts';
import { regionWorld, runWeeks, slotsOfGrade } from './region-helpers.ts';

const REGISTRAR = gradeIndex('registrar');

/** The structure step of a changeover week, between trusts included. */
function changeover(world: World, week: number): void {
  world.week = week;
  const grades = rotatingGrades(world);
  const chosen = chooseBetweenTrusts(world, grades);
  rotate(world, grades, chosen === null);
  moveBetweenTrusts(world, chosen);
}

/** The purposes of every stream drawn from while `act` runs. */
function purposesDrawn(world: World, act: () => void): Set<string> {
  const purposes = new Set<string>();
  const draw = world.draw.bind(world);
  world.draw = (purpose, ...path) => (purposes.add(purpose), draw(purpose, ...path));
  act();
  world.draw = draw;
  return purposes;
}

describe('rotation between trusts', () => {
  const share = 0.5;
  const world = regionWorld(3, { ideas: { rate: 0 }, trust: { rotations: { betweenTrusts: { foundation: 0, core: 0, registrar: share } } } });
  const trustOf = new Map(slotsOfGrade(world, REGISTRAR).map((slot) => [world.agents.keys[slot], world.agents.trust[slot]]));
  const posts = world.trusts.map((_, t) => slotsOfGrade(world, REGISTRAR).filter((slot) => world.agents.trust[slot] === t).length);
  changeover(world, 52);
  const T = world.trusts.length;
  const observed = new Float64Array(T * T);
  for (const [key, from] of trustOf) {
    const slot = world.agents.slotOf.get(key)!;
    expect(world.agents.grade[slot]).toBe(REGISTRAR);
    observed[from * T + world.agents.trust[slot]]++;
  }

  it('sends the share of each trust\'s registrars to posts of their grade in other trusts', () => {
    posts.forEach((n, from) => {
      let sent = 0;
      for (let to = 0; to < T; to++) if (to !== from) sent += observed[from * T + to];
      expect(sent).toBeGreaterThanOrEqual(Math.floor(share * n));
      expect(sent).toBeLessThanOrEqual(Math.ceil(share * n));
    });
    // Posts stay where they were.
    expect(world.trusts.map((_, t) => slotsOfGrade(world, REGISTRAR).filter((slot) => world.agents.trust[slot] === t).length)).toEqual(posts);
    expect(contactInvariantViolations(world)).toEqual([]);
  });

  it('counts the movers in the ledger and in the flows between trusts', () => {
    const moved = observed.reduce((sum, n, k) => sum + (Math.floor(k / T) === k % T ? 0 : n), 0);
    expect(moved).toBeGreaterThan(0);
    expect(world.ledger.movedBetweenTrusts).toBe(moved);
    for (let t = 0; t < T; t++) observed[t * T + t] = 0;
    expect([...world.flows.movers]).toEqual([...observed]);
  });

  it('draws nothing in a world of one trust, or with the shares at 0', () => {
    const alone = regionWorld(1, { ideas: { rate: 0 } });
    const none = regionWorld(3, { ideas: { rate: 0 }, trust: { rotations: { betweenTrusts: { foundation: 0, core: 0, registrar: 0 } } } });
    for (const quiet of [alone, none]) {
      const purposes = purposesDrawn(quiet, () => runWeeks(quiet, 51, 53));
      expect(purposes.has('rotation')).toBe(true);
      expect(['rotation-between', 'careers', 'carry'].filter((p) => purposes.has(p))).toEqual([]);
      expect(quiet.ledger.movedBetweenTrusts).toBe(0);
    }
  });
});

describe('ideas carried between trusts', () => {
  const world = regionWorld(3, { ideas: { rate: 0 }, trust: { rotations: { betweenTrusts: { foundation: 0, core: 0, registrar: 1 } }, careers: { carryIdeas: 1 } } });
  // One registrar of each trust leads an idea in their department.
  const leads = world.trusts.map((_, t) => slotsOfGrade(world, REGISTRAR).find((slot) => world.agents.trust[slot] === t)!);
  const ideas = leads.map((slot) =>
    launch(world, { name: `idea-${String(slot)}`, origin: 'idea', originGrade: 'registrar', scope: world.agents.department[slot], complexity: 0.4, advantage: 0.15, sponsor: slot, leads: [slot] }),
  );
  const keys = leads.map((slot) => world.agents.keys[slot]);
  const dropped = world.ledger.ideasDropped;
  changeover(world, 52);

  it('are proposed again in the mover\'s new department, marked as carried from the original', () => {
    expect(world.ledger.ideasCarried).toBe(ideas.length);
    const carried = world.initiatives.filter((i) => i.carriedFrom !== null);
    // Each carried idea was sponsored in its new trust, or dropped there.
    expect(carried.length + world.ledger.ideasDropped - dropped).toBe(ideas.length);
    for (const initiative of carried) {
      const original = ideas.find((i) => i.id === initiative.carriedFrom)!;
      expect([initiative.origin, initiative.complexity, initiative.advantage]).toEqual(['idea', original.complexity, original.advantage]);
      const k = ideas.indexOf(original);
      const slot = world.agents.slotOf.get(keys[k])!;
      expect(initiative.scope).toBe(world.agents.department[slot]);
      expect(world.agents.trust[slot]).not.toBe(world.agents.trust[leads[k]]);
      expect(initiative.leads.has(keys[k])).toBe(true);
    }
  });

  it('are counted in the flows of ideas between trusts', () => {
    const T = world.trusts.length;
    const expected = new Float64Array(T * T);
    keys.forEach((key, k) => expected[world.agents.trust[leads[k]] * T + world.agents.trust[world.agents.slotOf.get(key)!]]++);
    expect([...world.flows.ideas]).toEqual([...expected]);
  });
});

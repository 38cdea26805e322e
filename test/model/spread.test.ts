import { describe, expect, it } from 'vitest';

import { launch, resetNewStarter } from '../../src/model/launch.ts';
import { leaveInitiatives } from '../../src/model/leads.ts';
import { reachesThreshold, spread } from '../../src/model/spread.ts';
import { replace } from '../../src/model/turnover.ts';
import { ALIENATED, COMMITTED, COMPLIANT, RESISTING, UNAWARE } from '../../src/model/vocabulary.ts';
import { uptake, week } from '../../src/model/week.ts';
import { slotsOf, worldFor } from './helpers.ts';
import type { Initiative } from '../../src/model/initiative.ts';

/** Slot i's mark to be weighed up again (read without taking it, as `takeStale` would). */
function staleBit(initiative: Initiative, i: number): boolean {
  const k = i - initiative.base;
  return (initiative.stale[k >> 3] & (1 << (k & 7))) !== 0;
}

describe('spread', () => {
  it('skips only people still below threshold: whoever it will not weigh up again next week cannot adopt', () => {
    for (const rules of ['heroic', 'collective'] as const) {
      const world = worldFor(rules, { weeks: 60 });
      let skipped = 0;
      for (world.week = 0; world.week < 60; world.week++) {
        week(world);
        for (const initiative of world.initiatives) {
          if (initiative.status !== 'active') continue;
          const members = initiative.scope < 0 ? world.everyone : world.members[initiative.scope];
          for (const i of members) {
            const { changedWeek, changedAcrossWeek } = world.contacts;
            const moved = changedWeek[i] >= initiative.lastSpread || (initiative.scope < 0 && changedAcrossWeek[i] >= initiative.lastSpread);
            const skips = initiative.state[i] !== COMMITTED && !staleBit(initiative, i) && !moved;
            if (!skips) continue;
            skipped++;
            expect(reachesThreshold(world, initiative, i), `${rules}, week ${world.week}, ${initiative.name}, slot ${i}`).toBe(false);
          }
        }
      }
      // Thousands of skipped weighings-up, so the check covers many cases.
      expect(skipped).toBeGreaterThan(2_000);
    }
  });

  it('under a mandate produces compliance that reverts once the sponsor has gone', () => {
    const world = worldFor('heroic');
    const [ceo] = slotsOf(world, 'chiefExecutive');
    // Nobody can be persuaded (nobody's adoption weighs anything, no external term), so all that spreads is compliance.
    const initiative = launch(world, { name: 'x', origin: 'scheduled', originGrade: 'chiefExecutive', scope: -1, complexity: 1, advantage: -1, sponsor: ceo, leads: [ceo] });
    world.contacts.influence.fill(0);
    world.contacts.influenceSum.fill(0);
    for (world.week = 0; world.week < 20; world.week++) spread(world, initiative);
    const compliantWhileMandated = uptake(world, initiative, 'compliant');
    // Weekly chance 0.1 × authority gap × style (0.1–1): most staff comply within 20 weeks.
    expect(compliantWhileMandated).toBeGreaterThan(0.4);
    expect(uptake(world, initiative, 'committed')).toBeLessThan(0.01);

    replace(world, ceo, 'departure');
    expect(initiative.sponsor).toBeNull();
    for (; world.week < 60; world.week++) spread(world, initiative);
    // Weekly reversion 0.05 over 40 weeks leaves about 0.95^40 ≈ 13% of them.
    expect(uptake(world, initiative, 'compliant')).toBeLessThan(compliantWhileMandated * 0.25);
  });

  it('commits people by peer threshold only within the initiative\'s scope', () => {
    const world = worldFor('collective');
    const department = world.departments.indexOf('surgery-1');
    const members = world.members[department];
    const lead = members[0];
    const initiative = launch(world, { name: 'y', origin: 'idea', originGrade: 'consultant', scope: department, complexity: 0, advantage: 1, sponsor: lead, leads: [lead] });
    for (world.week = 0; world.week < 80; world.week++) spread(world, initiative);
    expect(uptake(world, initiative)).toBeGreaterThan(0.6);
    for (let slot = 0; slot < world.agents.size; slot++)
      if (world.agents.department[slot] !== department) expect(initiative.state[slot], world.agents.keys[slot]).toBe(0);
    expect(members.filter((slot) => initiative.state[slot] === COMMITTED).length).toBeGreaterThan(members.filter((slot) => initiative.state[slot] === COMPLIANT).length);
  });
});

describe('hand-over', () => {
  /** Share of 300 single-lead department projects abandoned when their trainee lead leaves. */
  function abandonedShare(rules: 'heroic' | 'collective'): number {
    const world = worldFor(rules);
    const department = world.departments.indexOf('medicine-1');
    const [trainee] = slotsOf(world, 'fy1').filter((slot) => world.agents.department[slot] === department);
    const projects = Array.from({ length: 300 }, (_, k) => {
      const project = launch(world, { name: `p${k}`, origin: 'idea', originGrade: 'fy1', scope: department, complexity: 0.5, advantage: 0, sponsor: trainee, leads: [trainee] });
      // Colleagues who committed could take it over.
      for (const slot of world.members[department].slice(0, 10)) project.state[slot] = COMMITTED;
      return project;
    });
    leaveInitiatives(world, trainee, 'rotation');
    expect(world.ledger.ideasLostAtRotation).toBe(world.ledger.abandoned);
    return projects.filter((p) => p.status === 'abandoned').length / projects.length;
  }

  it('orphans most of a rotating trainee\'s projects under heroic rules and hands most over under collective ones', () => {
    // Hand-over chance 0.1 vs 0.8; binomial SD on 300 projects ≤ 0.03.
    expect(abandonedShare('heroic')).toBeGreaterThan(0.8);
    expect(abandonedShare('collective')).toBeLessThan(0.3);
  });
});

describe('a new starter', () => {
  it('starts afresh on every change: not adopted, nobody has negotiated with them, weighed up again', () => {
    const world = worldFor('heroic');
    const [ceo] = slotsOf(world, 'chiefExecutive');
    const initiative = launch(world, { name: 'x', origin: 'scheduled', originGrade: 'chiefExecutive', scope: -1, complexity: 0.5, advantage: 0, sponsor: ceo, leads: [ceo] });
    const alienated = world.everyone.find((slot) => world.agents.followership[slot] === ALIENATED && slot !== ceo);
    const other = world.everyone.find((slot) => world.agents.followership[slot] !== ALIENATED && slot !== ceo);
    if (alienated === undefined || other === undefined) throw new Error('the default trust has alienated followers and others');
    for (const slot of [alienated, other]) {
      initiative.state[slot] = COMPLIANT;
      initiative.negotiated.set(slot, 2);
    }
    initiative.compliant = 2;
    initiative.stale.fill(0);
    resetNewStarter(world, initiative, alienated);
    resetNewStarter(world, initiative, other);
    expect([initiative.state[alienated], initiative.state[other]]).toEqual([RESISTING, UNAWARE]);
    expect(initiative.compliant).toBe(0);
    expect(initiative.negotiated.size).toBe(0);
    expect([staleBit(initiative, alienated), staleBit(initiative, other)]).toEqual([true, true]);
    // Nobody else was marked.
    expect(world.everyone.filter((slot) => staleBit(initiative, slot))).toEqual([alienated, other].sort((a, b) => a - b));
  });
});

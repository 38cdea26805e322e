import { describe, expect, it } from 'vitest';

import { compileContacts, decayFormerTies } from '../../src/model/contacts.ts';
import { applyEvent } from '../../src/model/events.ts';
import { rotate, rotatingGrades } from '../../src/model/rotation.ts';
import { syncGraph } from '../../src/model/sync.ts';
import { TieStrengths, addTie, createTies, tieModel } from '../../src/model/ties.ts';
import { INFORMAL, TEAM } from '../../src/model/vocabulary.ts';
import { DEFAULT_MODEL } from '../../src/model/constants.ts';
import { turnover } from '../../src/model/turnover.ts';
import { slotsOf, worldFor } from './helpers.ts';

function gradeCounts(world: ReturnType<typeof worldFor>): Record<string, number> {
  const counts: Record<string, number> = {};
  world.graph.forEachNode((_k, p) => (counts[`${p.department}/${p.grade}`] = (counts[`${p.department}/${p.grade}`] ?? 0) + 1));
  return counts;
}

describe('tie strengths', () => {
  it('are full for current ties, fade by half-life for former ones, and are 0 below the floor', () => {
    const ties = createTies(4);
    addTie(ties, 0, 1, INFORMAL);
    addTie(ties, 0, 2, TEAM, 10);
    addTie(ties, 0, 3, TEAM, 0);
    // Left before the run started, or mid-week: from a graph, not a changeover of this run.
    addTie(ties, 0, 4, TEAM, -3.5);
    const model = tieModel({ trust: { rotations: { tieHalfLifeWeeks: 13 } } as never, model: DEFAULT_MODEL });
    const strengths = new TieStrengths(ties, 23, model);
    expect(strengths.of(0)).toBe(0.5);
    expect(strengths.of(1)).toBeCloseTo(0.5, 12);
    expect(strengths.of(2)).toBeCloseTo(Math.pow(0.5, 23 / 13), 12);
    expect(strengths.of(3)).toBeCloseTo(Math.pow(0.5, 26.5 / 13), 12);
    // Four half-lives: exactly at the floor of 1/16, so still there; a week more and it is gone.
    expect(new TieStrengths(ties, 62, model).of(1)).toBeGreaterThan(0);
    expect(new TieStrengths(ties, 63, model).of(1)).toBe(0);
  });
});

describe('rotations', () => {
  it('fall on each programme\'s cadence', () => {
    const world = worldFor('collective');
    const at = (week: number) => ((world.week = week), rotatingGrades(world));
    expect(at(0)).toEqual([]);
    expect(at(17)).toEqual(['medicalStudent', 'fy1', 'fy2']);
    expect(at(26)).toEqual(['coreTrainee']);
    expect(at(52)).toEqual(['coreTrainee', 'registrar']);
  });

  it('move a trainee to another department, keeping fading ties to the old one', () => {
    const world = worldFor('collective');
    const halfLife = world.scenario.trust.rotations.tieHalfLifeWeeks;
    const fy1 = slotsOf(world, 'fy1')[0];
    const key = world.agents.keys[fy1];
    const before = world.departments[world.agents.department[fy1]];
    const oldTeam = world.graph.filterEdges(key, (_e, tie) => tie.layer === 'team').map((e) => world.graph.opposite(key, e));
    const staffing = gradeCounts(world);

    world.week = 17;
    rotate(world, rotatingGrades(world));
    syncGraph(world);
    const after = world.graph.getNodeAttribute(key, 'department');
    expect(after).not.toBe(before);
    expect(world.departments[world.agents.department[fy1]]).toBe(after);
    // Same posts filled in every department: a rotation moves people, not headcount.
    expect(gradeCounts(world)).toEqual(staffing);

    const team = world.graph.filterEdges(key, (_e, tie) => tie.layer === 'team' && tie.formerSince === undefined).map((e) => world.graph.opposite(key, e));
    const former = world.graph.filterEdges(key, (_e, tie) => tie.formerSince === 17).map((e) => world.graph.opposite(key, e));
    expect(team.length).toBeGreaterThan(0);
    for (const colleague of team) expect(world.graph.getNodeAttribute(colleague, 'department')).toBe(after);
    expect(former.length).toBeGreaterThan(0);
    for (const colleague of former) expect(oldTeam).toContain(colleague);

    // The former ties weigh 1 at the changeover and half a half-life later.
    const strengthTo = (colleague: string) => {
      const j = world.agents.slotOf.get(colleague)!;
      const { offsets, neighbours, strength, tie } = world.contacts;
      for (let e = offsets[fy1]; e < offsets[fy1 + 1]; e++) if (neighbours[e] === j && world.ties.formerSince[tie[e]] === 17) return strength[e];
      return Number.NaN;
    };
    expect(strengthTo(former[0])).toBe(1);
    decayFormerTies(world.contacts, world.ties, 17 + halfLife, world.model.ties);
    expect(strengthTo(former[0])).toBeCloseTo(0.5, 12);
    // Once faded below 1/16 they are dropped at the next rebuild.
    world.week = 17 + 5 * halfLife;
    world.contacts = compileContacts(world.ties, world.grants, world.agents, world.rules, world.week, world.model.ties);
    expect(Array.from(world.contacts.tie).filter((t) => world.ties.formerSince[t] === 17)).toEqual([]);
    syncGraph(world);
    expect(world.graph.filterEdges(key, (_e, tie) => tie.formerSince === 17)).toEqual([]);
  });
});

describe('turnover', () => {
  it('keeps headcount and staffing: every leaver is replaced by a new starter in the same post', () => {
    const world = worldFor('heroic', { trust: { turnover: { nurses: 0.9, doctors: 0.9, ahp: 0.9, executive: 0.9 } } });
    const staffing = gradeCounts(world);
    const people = new Set(world.graph.nodes());
    for (world.week = 0; world.week < 26; world.week++) turnover(world);
    syncGraph(world);
    expect(world.graph.order).toBe(people.size);
    expect(gradeCounts(world)).toEqual(staffing);
    const stayed = world.graph.filterNodes((key) => people.has(key)).length;
    // Weekly chance 1 − 0.1^(1/52) ≈ 4.3% for everyone but trainees: about two thirds of non-trainees leave in 26 weeks.
    expect(stayed).toBeLessThan(people.size * 0.7);
    // New starters inherit the post's supervisor.
    world.graph.forEachNode((key, person) => {
      if (person.grade !== 'chiefExecutive') expect(world.graph.filterInEdges(key, (_e, t) => t.layer === 'formal'), person.label).toHaveLength(1);
    });
  });

  it('never takes doctors in training (they leave by rotating)', () => {
    const world = worldFor('heroic', { trust: { turnover: { nurses: 0.99, doctors: 0.99, ahp: 0.99, executive: 0.99 } } });
    const trainees = slotsOf(world, 'fy1').map((slot) => world.agents.keys[slot]);
    for (world.week = 0; world.week < 10; world.week++) turnover(world);
    syncGraph(world);
    for (const key of trainees) expect(world.graph.hasNode(key)).toBe(true);
  });
});

describe('events', () => {
  it('a departure removes the named leader and seats a new one in the post', () => {
    const world = worldFor('heroic', { weeks: 52, events: [{ type: 'departure', week: 40, role: 'chief-executive' }] });
    const [ceo] = slotsOf(world, 'chiefExecutive');
    const leaver = world.agents.keys[ceo];
    world.week = 40;
    applyEvent(world, world.scenario.events[0]);
    syncGraph(world);
    expect(world.graph.hasNode(leaver)).toBe(false);
    expect(slotsOf(world, 'chiefExecutive')).toEqual([ceo]);
    expect(world.agents.keys[ceo]).not.toBe(leaver);
  });

  it('a clinical director\'s departure takes the one of the named department', () => {
    const world = worldFor('heroic', { weeks: 52, events: [{ type: 'departure', week: 3, role: 'clinical-director', department: 'surgery-2' }] });
    const cd = slotsOf(world, 'clinicalDirector').find((slot) => world.departments[world.agents.department[slot]] === 'surgery-2')!;
    const leaver = world.agents.keys[cd];
    world.week = 3;
    applyEvent(world, world.scenario.events[0]);
    syncGraph(world);
    expect(world.graph.hasNode(leaver)).toBe(false);
    expect(world.departments[world.agents.department[cd]]).toBe('surgery-2');
  });

  it('a departure nobody can make is an error, not a silent no-op', () => {
    const world = worldFor('heroic', {
      weeks: 52,
      trust: { staffing: { clinicalDirector: [0, 0] } },
      events: [{ type: 'departure', week: 3, role: 'clinical-director', department: 'surgery-2' }],
    });
    world.week = 3;
    expect(() => applyEvent(world, world.scenario.events[0])).toThrow(/week 3: the departure of the clinical-director cannot happen: nobody in surgery-2 holds that role/);
  });

  it('a leadership programme raises trainees\' leader identity, voice and engagement, and nobody else\'s', () => {
    const world = worldFor('collective', { events: [{ type: 'leadership-programme', week: 26 }] });
    const before = worldFor('collective');
    applyEvent(world, world.scenario.events[0]);
    for (const slot of slotsOf(world, 'registrar')) {
      expect(world.agents.leaderIdentity[slot]).toBeGreaterThan(before.agents.leaderIdentity[slot] - 1e-12);
      expect(world.agents.voice[slot]).toBeGreaterThan(before.agents.voice[slot]);
    }
    const fy2 = slotsOf(world, 'fy2');
    const mean = (xs: Float64Array, slots: number[]) => slots.reduce((a, s) => a + xs[s], 0) / slots.length;
    expect(mean(world.agents.engagement, fy2) - mean(before.agents.engagement, fy2)).toBeCloseTo(0.5, 1);
    for (const slot of slotsOf(world, 'consultant')) expect(world.agents.engagement[slot]).toBe(before.agents.engagement[slot]);
  });
});

import { describe, expect, it } from 'vitest';

import { joinedAs } from '../../src/model/agents.ts';
import { recordGrant } from '../../src/model/grants.ts';
import type { Initiative } from '../../src/model/initiative.ts';
import { launch, unadoptedState } from '../../src/model/launch.ts';
import { movePeople } from '../../src/model/moves.ts';
import type { Move } from '../../src/model/moves.ts';
import { TieStrengths, isPostTie } from '../../src/model/ties.ts';
import { COMMITTED, COMPLIANT, REGION, gradeIndex, trustScope } from '../../src/model/vocabulary.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { contactInvariantViolations } from './contact-invariants.ts';
import { regionWorld, runWeeks, slotsOfGrade } from './region-helpers.ts';

const PERSON = ['followership', 'expertise', 'activeEngagement', 'leaderIdentity', 'voice', 'engagement', 'baselineEngagement', 'threshold', 'grantedClaims'] as const;

/** The world read plainly: posts by slot, people by key. */
function snapshot(world: World) {
  const { agents, ties, grants } = world;
  const key = (slot: number) => agents.keys[slot];
  const strengths = new TieStrengths(ties, world.week, world.model.ties);
  const postTies: string[] = [];
  const personalTies: string[] = [];
  for (let t = 0; t < ties.count; t++) {
    if (ties.alive[t] === 0 || strengths.of(t) === 0) continue;
    if (isPostTie(ties, t)) postTies.push(`${ties.a[t]}-${ties.b[t]}:${ties.layer[t]}`);
    else personalTies.push(`${[key(ties.a[t]), key(ties.b[t])].sort().join('~')}:${ties.layer[t]}:${ties.formerSince[t]}`);
  }
  const granted: string[] = [];
  grants.grantedBy.forEach((granters, claimer) => granters.forEach((times, granter) => granted.push(`${key(granter)}>${key(claimer)}x${times}`)));
  const people = new Map(agents.keys.map((k, slot) => [k, PERSON.map((column) => agents[column][slot])]));
  const posts = agents.keys.map((_, slot) => [agents.trust[slot], agents.grade[slot], agents.department[slot], agents.authority[slot]].join());
  return { postTies: postTies.sort(), personalTies: personalTies.sort(), granted: granted.sort(), people, posts, keys: [...agents.keys] };
}

/** A batch of every kind: a cycle across trusts, a chain up a grade ending in a leaver, and a leaver alone. */
function batch(world: World): { moves: Move[]; leavers: number[] } {
  const random = stream(3, 'batch');
  const registrars = slotsOfGrade(world, gradeIndex('registrar'));
  const core = slotsOfGrade(world, gradeIndex('coreTrainee'));
  const pick = (slots: number[], trust: number) => {
    const inTrust = slots.filter((slot) => world.agents.trust[slot] === trust);
    return inTrust[random.int(inTrust.length)];
  };
  // Two registrars from each trust, round the trusts.
  const cycle = [0, 1, 2, 0, 1, 2].map((t) => pick(registrars, t)).filter((slot, k, all) => all.indexOf(slot) === k);
  const moves: Move[] = cycle.map((from, k) => ({ from, to: cycle[(k + 1) % cycle.length] }));
  // A core trainee of trust 1 takes the post of a registrar of trust 2 who leaves.
  const leaving = registrars.find((slot) => world.agents.trust[slot] === 2 && !cycle.includes(slot)) ?? -1;
  moves.push({ from: pick(core, 1), to: leaving });
  const consultant = slotsOfGrade(world, gradeIndex('consultant'))[5];
  return { moves, leavers: [leaving, consultant] };
}

describe('people moving slot', () => {
  const world = regionWorld(3, { ideas: { rate: 0.02 } });
  const everyone = launch(world, { name: 'regional', origin: 'scheduled', originGrade: 'chiefExecutive', scope: REGION, complexity: 0.3, advantage: 0.2, sponsor: 0, leads: [0] });
  const ownTrust = launch(world, { name: 'first-trust', origin: 'scheduled', originGrade: 'chiefExecutive', scope: trustScope(0), complexity: 0.3, advantage: 0.2, sponsor: 0, leads: [0] });
  runWeeks(world, 0, 10);
  const { moves, leavers } = batch(world);
  // Grants among movers, between a mover and someone staying, and to a leaver.
  recordGrant(world.grants, moves[0].from, moves[1].from, 2);
  recordGrant(world.grants, 3, moves[2].from);
  recordGrant(world.grants, moves[2].from, leavers[1]);
  // Movers who had adopted the region's change (or heard it negotiated), so keeping it is seen.
  const setState = (initiative: Initiative, slot: number, state: number) => {
    initiative.compliant += (state === COMPLIANT ? 1 : 0) - (initiative.state[slot - initiative.base] === COMPLIANT ? 1 : 0);
    initiative.state[slot - initiative.base] = state;
  };
  moves.forEach(({ from }, k) => {
    setState(everyone, from, k % 2 === 0 ? COMMITTED : COMPLIANT);
    everyone.negotiated.set(from, k + 1);
  });
  // Everyone in the posts of trust 0 that change hands had adopted trust 0's own change.
  for (const { to } of moves) if (world.agents.trust[to] === 0) setState(ownTrust, to, COMMITTED);
  const before = snapshot(world);
  const regional = new Map(world.agents.keys.map((k, slot) => [k, everyone.state[slot - everyone.base]]));
  const movedKeys = new Map(moves.map(({ from, to }) => [world.agents.keys[from], to]));
  const leaverKeys = new Set(leavers.map((slot) => world.agents.keys[slot]));
  const founderExpertise = new Map(moves.map(({ from }) => [world.agents.keys[from], joinedAs(world.agents, from).expertise]));
  world.week = 10;
  const hires = world.hires;
  const empty = movePeople(world, { moves, leavers, why: 'rotation' });
  const after = snapshot(world);

  it('puts every person in exactly one slot, with keys and slots agreeing', () => {
    const { keys, slotOf, size } = world.agents;
    expect(new Set(keys).size).toBe(size);
    expect(slotOf.size).toBe(size);
    keys.forEach((k, slot) => expect(slotOf.get(k)).toBe(slot));
    for (const [k, slot] of movedKeys) expect(keys[slot]).toBe(k);
    for (const k of leaverKeys) expect(slotOf.has(k)).toBe(false);
    // The slots nobody moved into got new starters, keyed after the last hire.
    // The core trainee's old post and the lone leaver's.
    expect(empty).toEqual([moves.at(-1)!.from, leavers[1]].sort((a, b) => a - b));
    expect(empty.map((slot) => keys[slot])).toEqual(empty.map((_, k) => `p${String(hires + k + 1).padStart(5, '0')}`));
  });

  it('leaves every post as it was: trust, grade, department, authority and post ties', () => {
    expect(after.posts).toEqual(before.posts);
    expect(after.postTies).toEqual(before.postTies);
  });

  it('moves each person\'s traits, own ties and grants with them; a leaver\'s go', () => {
    for (const [k, values] of before.people) if (!leaverKeys.has(k)) expect(after.people.get(k), k).toEqual(values);
    const involvesLeaver = (tie: string) => tie.split(':')[0].split('~').some((k) => leaverKeys.has(k));
    const kept = before.personalTies.filter((tie) => !involvesLeaver(tie));
    const remaining = [...after.personalTies];
    for (const tie of kept) {
      const at = remaining.indexOf(tie);
      expect(at, tie).toBeGreaterThanOrEqual(0);
      remaining.splice(at, 1);
    }
    // What is new: the movers' team ties to the posts they left, fading from this week.
    expect(remaining.length).toBeGreaterThan(0);
    for (const tie of remaining) {
      const [pair, layer, since] = tie.split(':');
      expect([layer, since]).toEqual(['1', '10']);
      expect(pair.split('~').some((k) => movedKeys.has(k))).toBe(true);
    }
    expect(before.granted.length).toBeGreaterThan(3);
    expect(after.granted).toEqual(before.granted.filter((grant) => !grant.split(/[>x]/).slice(0, 2).some((k) => leaverKeys.has(k))));
    // How they joined follows them too (the graph reads it).
    for (const [k, expertise] of founderExpertise) expect(joinedAs(world.agents, world.agents.slotOf.get(k)!).expertise).toBe(expertise);
  });

  it('keeps region-wide states with the person, and starts afresh on the old trust\'s changes', () => {
    for (const [k, slot] of movedKeys) expect(everyone.state[slot - everyone.base], k).toBe(regional.get(k));
    moves.forEach(({ to }, k) => expect(everyone.negotiated.get(to)).toBe(k + 1));
    const arrivals = moves.filter(({ from, to }) => world.agents.trust[to] === 0 && world.agents.trust[from] !== 0);
    expect(arrivals.length).toBeGreaterThan(0);
    for (const { to } of arrivals) expect(ownTrust.state[to - ownTrust.base]).toBe(unadoptedState(world, ownTrust, to));
    for (const initiative of [everyone, ownTrust]) expect(initiative.compliant).toBe(initiative.state.filter((s) => s === COMPLIANT).length);
  });

  it('keeps the leadership network\'s indexes consistent: given matches received, in-degrees and the tie count', () => {
    const { grantedBy, granted, inDegree } = world.grants;
    let ties = 0;
    grantedBy.forEach((granters, claimer) => {
      expect(inDegree[claimer]).toBe(granters.size);
      ties += granters.size;
      for (const granter of granters.keys()) expect(granted[granter].has(claimer)).toBe(true);
    });
    granted.forEach((claimers, granter) => {
      for (const claimer of claimers) expect(grantedBy[claimer].has(granter)).toBe(true);
    });
    expect(world.grants.tieCount).toBe(ties);
  });

  it('leaves the contacts consistent with ties and grants', () => {
    expect(contactInvariantViolations(world)).toEqual([]);
    const rows = world.members.flat().sort((a, b) => a - b);
    expect(rows).toEqual(world.agents.keys.map((_, slot) => slot));
  });

  it('refuses a batch that would lose someone', () => {
    const registrars = slotsOfGrade(world, gradeIndex('registrar'));
    expect(() => movePeople(world, { moves: [{ from: registrars[0], to: registrars[1] }], leavers: [], why: 'rotation' })).toThrow(/neither moves nor leaves/);
    expect(() => movePeople(world, { moves: [{ from: registrars[0], to: registrars[0] }], leavers: [], why: 'rotation' })).toThrow(/two distinct slots/);
  });
});

describe('hand-over when a batch moves several people out of a department', () => {
  it('never passes a lead to someone leaving the scope in the same batch', () => {
    const world = regionWorld(2, { ideas: { rate: 0 } });
    Object.assign(world.rules, { handover: () => 1 });
    const registrars = slotsOfGrade(world, gradeIndex('registrar'));
    const department = world.agents.department[registrars[0]];
    const leaving = registrars.filter((slot) => world.agents.department[slot] === department).slice(0, 3);
    const arriving = registrars.filter((slot) => world.agents.trust[slot] === 1).slice(0, leaving.length);
    const idea = launch(world, { name: 'idea', origin: 'idea', originGrade: 'registrar', scope: department, complexity: 0.3, advantage: 0.2, sponsor: leaving[0], leads: [leaving[0]] });
    // The only people committed to it are those about to leave its department.
    for (const slot of leaving) idea.state[slot - idea.base] = COMMITTED;
    const moves = leaving.flatMap((from, k) => [{ from, to: arriving[k] }, { from: arriving[k], to: from }]);
    world.week = 1;
    movePeople(world, { moves, leavers: [], why: 'rotation' });
    for (const key of idea.leads) expect(world.agents.department[world.agents.slotOf.get(key)!], key).toBe(department);
    expect(idea.status).toBe('abandoned');
  });
});

import { describe, expect, it } from 'vitest';

import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { week } from '../../src/model/week.ts';
import { INFORMAL, REGION, gradeOf, trustScope } from '../../src/model/vocabulary.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { replicateTrust } from '../../src/run/create-run.ts';
import { runScenario } from '../../src/run/run-scenario.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/index.ts';
import { GRADE_INFO } from '../../src/trust/grades.ts';
import { buildScenarioWorkforce, buildTrustWorkforce } from '../../src/trust/build-trust.ts';
import type { Workforce } from '../../src/trust/workforce.ts';
import { GRADES } from '../../src/scenario/grades.ts';

const trusts = [
  { name: 'northgate', staff: 600 },
  { name: 'eastfield', staff: 600 },
  { name: 'westbury', staff: 600 },
];
const input = (extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
  name: 'small-region',
  description: 'Three trusts of 600',
  seed: 3,
  weeks: 6,
  replicates: 1,
  ideas: { rate: 0 },
  region: { name: 'north', trusts, ties: { networkDegree: 1, formerColleagueDegree: 0.6 } },
  ...extra,
});
const scenario = parseScenario(input());
const build = (s: Scenario, seed = 1) => buildScenarioWorkforce(s, stream(s.seed, 'replicate', seed, 'trust'));

/** Ties whose ends lie in different trusts. */
function betweenTrusts(workforce: Workforce): number[] {
  const found: number[] = [];
  for (let t = 0; t < workforce.ties.count; t++) if (workforce.trust[workforce.ties.a[t]] !== workforce.trust[workforce.ties.b[t]]) found.push(t);
  return found;
}

const specialtyOf = (workforce: Workforce, slot: number) => workforce.departments[workforce.department[slot]].split('/')[1]?.replace(/-\d+$/, '');
const profession = (workforce: Workforce, slot: number) => GRADE_INFO[GRADES[workforce.grade[slot]]].profession;

describe('building a region', () => {
  const workforce = build(scenario);

  it('builds each listed trust, named, at about its headcount, with departments named trust/department', () => {
    expect(workforce.name).toBe('north');
    expect(workforce.trusts.map((t) => t.name)).toEqual(['northgate', 'eastfield', 'westbury']);
    for (const block of workforce.trusts) expect(Math.abs(block.size - 600) / 600).toBeLessThan(0.15);
    expect(workforce.departments).toContain('westbury/medicine-2');
    expect(workforce.departments.at(-1)).toBe('executive');
  });

  it('ties staff of different trusts, informal ties only, as many as the degrees ask', () => {
    const between = betweenTrusts(workforce);
    expect(between.length).toBeGreaterThan(0);
    for (const t of between) expect(workforce.ties.layer[t]).toBe(INFORMAL);
    // Network ties: n · 1 / 2 among clinical staff; former colleagues: n · 0.6 / 2 among everyone.
    const clinical = workforce.size - 3 * workforce.trusts.length;
    const wanted = Math.round(clinical / 2) + Math.round((workforce.size * 0.6) / 2);
    expect(between.length).toBe(wanted);
    const perPerson = (2 * between.length) / workforce.size;
    expect(perPerson).toBeGreaterThan(1.5);
    expect(perPerson).toBeLessThan(1.7);
    // Nobody is tied twice to the same person across trusts.
    const pairs = new Set(between.map((t) => [workforce.ties.a[t], workforce.ties.b[t]].sort((x, y) => x - y).join('-')));
    expect(pairs.size).toBe(between.length);
  });

  it('joins people of the same profession, and (network ties, the first placed) of the same specialty', () => {
    const between = betweenTrusts(workforce);
    const clinical = workforce.size - 3 * workforce.trusts.length;
    const network = between.slice(0, Math.round(clinical / 2));
    for (const t of between) expect(profession(workforce, workforce.ties.a[t])).toBe(profession(workforce, workforce.ties.b[t]));
    for (const t of network) {
      expect(specialtyOf(workforce, workforce.ties.a[t])).toBeDefined();
      expect(specialtyOf(workforce, workforce.ties.a[t])).toBe(specialtyOf(workforce, workforce.ties.b[t]));
    }
    // Former colleagues are of any specialty: some pairs differ.
    const former = between.slice(network.length);
    expect(former.some((t) => specialtyOf(workforce, workforce.ties.a[t]) !== specialtyOf(workforce, workforce.ties.b[t]))).toBe(true);
  });

  it('places no ties between trusts when the degrees are 0, and the trusts\' own ties are unchanged by them', () => {
    const none = build(parseScenario(input({ region: { name: 'north', trusts, ties: { networkDegree: 0, formerColleagueDegree: 0 } } })));
    expect(betweenTrusts(none)).toEqual([]);
    expect(Array.from(workforce.ties.a.subarray(0, none.ties.count))).toEqual(Array.from(none.ties.a.subarray(0, none.ties.count)));
    expect(Array.from(workforce.grade)).toEqual(Array.from(none.grade));
  });

  it('is the same world for the same seed and replicate, another for another replicate', () => {
    const again = build(scenario);
    expect(Array.from(again.ties.a.subarray(0, again.ties.count))).toEqual(Array.from(workforce.ties.a.subarray(0, workforce.ties.count)));
    expect(Array.from(again.expertise)).toEqual(Array.from(workforce.expertise));
    expect(Array.from(build(scenario, 2).expertise)).not.toEqual(Array.from(workforce.expertise));
  });

  it('builds a scenario without a region exactly as one trust', () => {
    const single = parseScenario({ name: 'one', description: 'One trust' });
    const random = () => stream(single.seed, 'replicate', 1, 'trust');
    const [a, b] = [buildScenarioWorkforce(single, random()), buildTrustWorkforce(single.trust, random(), single.model)];
    expect(a.size).toBe(b.size);
    expect(Array.from(a.ties.b.subarray(0, a.ties.count))).toEqual(Array.from(b.ties.b.subarray(0, b.ties.count)));
    expect(Array.from(a.threshold)).toEqual(Array.from(b.threshold));
  });
});

describe('scheduled changes in a region', () => {
  const rules = resolveRules({ name: 'collective', rules: 'collective', parameters: {} }, RULE_SETS);
  const launched = (s: Scenario): World => {
    const world = createWorld(s, replicateTrust(s, 1), (agents, model) => rules.create(agents, model), stream(s.seed, 'replicate', 1));
    world.week = 1;
    week(world);
    return world;
  };
  const chiefExecutive = (world: World, t: number) => world.trustMembers[t].find((slot) => gradeOf(world.agents, slot) === 'chiefExecutive');
  const key = (world: World, slot: number | undefined) => (slot === undefined ? undefined : world.agents.keys[slot]);

  it('launches a regional change once, led by the chief executive of each launching trust and sponsored by the first', () => {
    const world = launched(parseScenario(input({
      initiatives: [
        { name: 'everywhere', week: 1, scope: 'region' },
        { name: 'some', week: 1, scope: 'region', trusts: ['westbury', 'northgate'] },
      ],
    })));
    const [everywhere, some] = world.initiatives;
    expect([everywhere.scope, some.scope]).toEqual([REGION, REGION]);
    expect([...everywhere.leads]).toEqual([0, 1, 2].map((t) => key(world, chiefExecutive(world, t))));
    expect([...some.leads]).toEqual([2, 0].map((t) => key(world, chiefExecutive(world, t))));
    expect(some.sponsor).toBe(key(world, chiefExecutive(world, 2)));
    expect(world.initiativesByTrust.map((list) => list.length)).toEqual([2, 2, 2]);
  });

  it('scopes a trust\'s change to that trust and a department\'s to that department, sponsored there', () => {
    const world = launched(parseScenario(input({
      initiatives: [
        { name: 'east', week: 1, scope: 'trust', trust: 'eastfield' },
        { name: 'ward', week: 1, scope: 'westbury/surgery-2' },
      ],
    })));
    const [east, ward] = world.initiatives;
    expect(east.scope).toBe(trustScope(1));
    expect(east.sponsor).toBe(key(world, chiefExecutive(world, 1)));
    expect([east.base, east.state.length]).toEqual([world.trusts[1].first, world.trusts[1].size]);
    expect(ward.scope).toBe(world.departments.indexOf('westbury/surgery-2'));
    const sponsor = world.agents.slotOf.get(ward.sponsor ?? '') ?? -1;
    expect([gradeOf(world.agents, sponsor), world.departments[world.agents.department[sponsor]]]).toEqual(['clinicalDirector', 'westbury/surgery-2']);
    expect(world.initiativesByTrust.map((list) => list.map((i) => i.name))).toEqual([[], ['east'], ['ward']]);
  });

  it('keeps "trust" as the whole world (REGION) in a scenario of one trust, as "region" is', () => {
    const world = launched(parseScenario({ name: 'one', description: 'One', weeks: 4, ideas: { rate: 0 }, initiatives: [{ name: 'a', week: 1, scope: 'trust' }, { name: 'b', week: 1, scope: 'region' }] }));
    expect(world.initiatives.map((i) => i.scope)).toEqual([REGION, REGION]);
    expect(world.initiatives[0].sponsor).toBe(world.initiatives[1].sponsor);
  });

  it('lets the executive who leaves be one trust\'s', () => {
    const s = parseScenario(input({ events: [{ type: 'departure', week: 1, role: 'chief-executive', trust: 'westbury' }] }));
    const world = createWorld(s, replicateTrust(s, 1), (agents, model) => rules.create(agents, model), stream(s.seed, 'replicate', 1));
    const before = [0, 1, 2].map((t) => key(world, chiefExecutive(world, t)));
    world.week = 1;
    week(world);
    const after = [0, 1, 2].map((t) => key(world, chiefExecutive(world, t)));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
  });
});

describe('a region end to end', () => {
  it('runs through runScenario; a change launched in one trust is mandated there alone and reaches the others only through ties between trusts', () => {
    const run = (degree: number) =>
      runScenario(parseScenario(input({
        weeks: 10,
        // No adoption from outside the world's ties (the Bass-like external source), so only ties carry it.
        model: { spread: { external: 0 } },
        region: { name: 'north', trusts, ties: { networkDegree: degree, formerColleagueDegree: degree } },
        initiatives: [{ name: 'sepsis', week: 0, scope: 'region', trusts: ['northgate'], complexity: 0, advantage: 0.5 }],
      })), { keepWorlds: true });
    /** Committed and compliant people outside the launching trust, under heroic rules (which mandate). */
    const outside = (degree: number) => {
      const { results, worlds } = run(degree);
      expect(results.runs).toHaveLength(2);
      expect(results.runs.every((r) => Number.isFinite(r.summary.final_uptake))).toBe(true);
      const world = worlds.get('heroic/1');
      if (world === undefined) return expect.unreachable('the run kept its world');
      const [sepsis] = world.initiatives;
      const counts = { committed: 0, compliant: 0, inside: 0 };
      for (let slot = 0; slot < world.agents.size; slot++) {
        const state = sepsis.state[slot - sepsis.base];
        if (world.agents.trust[slot] === 0) counts.inside += state === 2 ? 1 : 0;
        else if (state === 2) counts.committed++;
        else if (state === 1) counts.compliant++;
      }
      return counts;
    };
    const isolated = outside(0);
    const tied = outside(2);
    expect(isolated.inside).toBeGreaterThan(0);
    expect([isolated.committed, isolated.compliant]).toEqual([0, 0]);
    expect(tied.committed).toBeGreaterThan(0);
    expect(tied.compliant).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';

import { PER_TRUST_METRICS, perTrustMetrics } from '../../src/metrics/per-trust.ts';
import { createTrustRecorder, trustFlows } from '../../src/metrics/trust-recorder.ts';
import { TRUST_METRICS } from '../../src/metrics/trust-metrics.ts';
import { launch } from '../../src/model/launch.ts';
import { stateOf } from '../../src/model/initiative.ts';
import { COMMITTED, COMPLIANT, inScope } from '../../src/model/vocabulary.ts';
import { trustsOf } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { week } from '../../src/model/week.ts';
import type { TrustRunResult } from '../../src/results/types.ts';
import { SCHEDULED, launchScheduled, threeTrusts } from './helpers.ts';

const WEEKS = 12;

/** Runs the world for WEEKS weeks (the scheduled initiatives launched by hand at week 1), recording by trust. */
function run(world: World): TrustRunResult {
  const recorder = createTrustRecorder(world, perTrustMetrics(world.scenario), world.scenario.weeks);
  for (let w = 0; w < WEEKS; w++) {
    world.week = w;
    week(world, [{ week: 1, run: launchScheduled }]);
    recorder.record(world);
  }
  return recorder.result(world);
}

/** Plain recomputation: every slot of trust t, with nothing shared with the tally. */
function plain(world: World, t: number, metric: string): number | null {
  const { agents } = world;
  const slots = agents.keys.map((_, slot) => slot).filter((slot) => agents.trust[slot] === t);
  const trainees = slots.filter((slot) => agents.trainee[slot] === 1);
  const others = slots.filter((slot) => agents.trainee[slot] === 0);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const share = (xs: number[], test: (slot: number) => boolean) => (xs.length === 0 ? null : xs.filter(test).length / xs.length);
  const ideas = world.initiatives.filter((i) => i.origin === 'idea' && trustsOf(world, i.scope).includes(t));
  const uptakeOf = (name: string) => {
    const initiative = world.initiatives.find((i) => i.origin === 'scheduled' && i.name === name);
    if (initiative === undefined) return null;
    const scope = slots.filter((slot) => inScope(agents, initiative.scope, slot));
    return share(scope, (slot) => [COMPLIANT, COMMITTED].includes(stateOf(initiative, slot)));
  };
  switch (metric) {
    case 'engagement_trainees': return mean(trainees.map((slot) => agents.engagement[slot]));
    case 'engagement_others': return mean(others.map((slot) => agents.engagement[slot]));
    case 'trainees_granted_share': return share(trainees, (slot) => agents.grantedClaims[slot] > 0);
    case 'trainees_disengaged_share': return share(trainees, (slot) => agents.engagement[slot] < world.model.parameters.engagement.disengagedBelow);
    case 'trainee_leadership_share': {
      const all = slots.reduce((sum, slot) => sum + world.grants.inDegree[slot], 0);
      return all === 0 ? null : trainees.reduce((sum, slot) => sum + world.grants.inDegree[slot], 0) / all;
    }
    case 'ideas_launched': return ideas.length;
    case 'ideas_succeeded': return ideas.filter((i) => i.reached50 !== null).length;
    case 'ideas_abandoned': return ideas.filter((i) => i.status === 'abandoned').length;
    case 'uptake_total': {
      const shares = SCHEDULED.map(uptakeOf).filter((u) => u !== null);
      return mean(shares);
    }
    default:
      return metric.startsWith('uptake:') ? uptakeOf(metric.slice('uptake:'.length)) : Number.NaN;
  }
}

describe('per-trust metrics', () => {
  const world = threeTrusts();
  const result = run(world);
  const last = (metric: string) => result.series.find((p) => p.week === WEEKS - 1 && p.metric === metric)?.values;

  it('equal a plain recomputation trust by trust', () => {
    const checked = ['uptake_total', ...SCHEDULED.map((n) => `uptake:${n}`), 'engagement_trainees', 'engagement_others', 'trainees_granted_share', 'trainees_disengaged_share', 'trainee_leadership_share', 'ideas_launched', 'ideas_succeeded', 'ideas_abandoned'];
    for (const metric of checked)
      for (let t = 0; t < 3; t++) {
        const expected = plain(world, t, metric);
        const found = last(metric)?.[t];
        if (expected === null) expect(found, `${metric} in trust ${t}`).toBeNull();
        else expect(found, `${metric} in trust ${t}`).toBeCloseTo(expected, 12);
      }
    // The run did something worth checking: ideas launched, adopters of the regional change in every trust.
    expect(last('ideas_launched')?.[3]).toBeGreaterThan(0);
    for (let t = 0; t < 3; t++) expect(last(`uptake:${SCHEDULED[0]}`)?.[t]).toBeGreaterThan(0);
  });

  it('count a trust-wide or department initiative only in its own trust', () => {
    expect(last(`uptake:${SCHEDULED[1]}`)?.[0]).toBeNull();
    expect(last(`uptake:${SCHEDULED[1]}`)?.[1]).not.toBeNull();
    expect(last(`uptake:${SCHEDULED[2]}`)?.slice(0, 2)).toEqual([null, null]);
    expect(result.spread.find((s) => s.initiative === SCHEDULED[1])?.firstAdopted).toEqual([null, 1, null, 1]);
  });

  it('date success in each trust by the weekly uptake there, and in the region as the model dates it', () => {
    const { success } = world.model.parameters.spread;
    let succeededSomewhere = 0;
    for (const { initiative, succeeded } of result.spread) {
      const launched = world.initiatives.find((i) => i.origin === 'scheduled' && i.name === initiative);
      expect(succeeded[3], initiative).toBe(launched?.reached50 ?? null);
      for (let t = 0; t < 3; t++) {
        const first = result.series.find((p) => p.metric === `uptake:${initiative}` && (p.values[t] ?? 0) >= success)?.week ?? null;
        expect(succeeded[t], `${initiative} in trust ${t}`).toBe(first);
        if (first !== null) succeededSomewhere++;
      }
    }
    expect(succeededSomewhere).toBeGreaterThan(0);
  });

  it('give the whole-world value for the region, as the trust-wide metrics measure it', () => {
    for (const metric of PER_TRUST_METRICS) {
      const same = TRUST_METRICS.find((m) => m.name === metric.name);
      if (same === undefined) continue;
      const region = same.measure(world);
      if (region === null) expect(last(metric.name)?.[3], metric.name).toBeNull();
      else expect(last(metric.name)?.[3], metric.name).toBeCloseTo(region, 12);
    }
  });

  it('are undefined before a launch, and every week is recorded once', () => {
    expect(result.series.find((p) => p.week === 0 && p.metric === 'uptake_total')?.values).toEqual([null, null, null, null]);
    expect(new Set(result.series.map((p) => `${p.week}/${p.metric}`)).size).toBe(result.series.length);
    expect(result.series.length).toBe(WEEKS * perTrustMetrics(world.scenario).length);
    expect(result.names).toEqual(world.trusts.map((t) => t.name));
    expect(result.headcount).toEqual(world.trusts.map((t) => t.size));
  });
});

describe('flows between trusts', () => {
  it('pair the movers of the world’s flows with the carried ideas and what became of them', () => {
    const world = threeTrusts();
    const { trusts } = world.flows;
    world.flows.movers[0 * trusts + 2] = 4;
    world.flows.movers[1 * trusts + 0] = 1;
    world.flows.ideas[0 * trusts + 2] = 2;
    const inTrust = (t: number) => world.members[world.trusts[t].firstDepartment][0];
    const idea = (t: number, carriedFrom?: number) =>
      launch(world, { name: `idea-${t}`, origin: 'idea', originGrade: 'fy1', scope: world.trusts[t].firstDepartment, complexity: 0, advantage: 0, sponsor: inTrust(t), leads: [inTrust(t)], carriedFrom });
    const original = idea(0);
    const carried = idea(2, original.id);
    carried.reached50 = 3;
    const abandoned = idea(2, original.id);
    abandoned.status = 'abandoned';
    expect(trustFlows(world)).toEqual([
      { from: 0, to: 2, movers: 4, ideasCarried: 2, carriedLaunched: 2, carriedSucceeded: 1, carriedAbandoned: 1 },
      { from: 1, to: 0, movers: 1, ideasCarried: 0, carriedLaunched: 0, carriedSucceeded: 0, carriedAbandoned: 0 },
    ]);
    // Moves in and out by trust, and every move for the region.
    const recorder = createTrustRecorder(world, PER_TRUST_METRICS, 1);
    recorder.record(world);
    const at = (metric: string) => recorder.result(world).series.find((p) => p.metric === metric)?.values;
    expect(at('moved_in')).toEqual([1, 0, 4, 5]);
    expect(at('moved_out')).toEqual([4, 1, 0, 5]);
    expect(at('ideas_carried_in')).toEqual([0, 0, 2, 2]);
  });
});

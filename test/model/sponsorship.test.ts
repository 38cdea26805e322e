import { describe, expect, it } from 'vitest';

import { seekSponsorship } from '../../src/model/sponsorship.ts';
import { syncGraph } from '../../src/model/sync.ts';
import { stream } from '../../src/random/stream.ts';
import { slotsOf, worldFor } from './helpers.ts';

/** Share of claims sponsored when each person of a grade seeks sponsorship `times` times. */
function sponsoredShare(rules: 'heroic' | 'collective', grade: string, times = 10): number {
  const world = worldFor(rules);
  const random = stream(3, 'claims');
  const claimers = slotsOf(world, grade);
  let sponsored = 0;
  for (let t = 0; t < times; t++)
    for (const slot of claimers) if (seekSponsorship(world, slot, world.agents.department[slot], random) !== null) sponsored++;
  return sponsored / (times * claimers.length);
}

describe('sponsorship', () => {
  it('under heroic rules, a foundation doctor\'s idea is almost never sponsored up the steep hierarchy', () => {
    // Each hop grants with σ(−0.5 + 2·expertise + tie − 6·gap): for an FY1 (expertise ≈ 0.25) and their
    // consultant (gap 0.55) that is about σ(−2.8) ≈ 0.06, and the claim climbs one hop per grade band.
    expect(sponsoredShare('heroic', 'fy1')).toBeLessThan(0.1);
  });

  it('under collective rules, most of the same claims are granted by peers', () => {
    expect(sponsoredShare('collective', 'fy1')).toBeGreaterThan(0.5);
  });

  it('lets seniors lead under heroic rules: a consultant\'s claim goes to peers, not up the chain', () => {
    expect(sponsoredShare('heroic', 'consultant')).toBeGreaterThan(0.5);
  });

  it('records granted claims as leadership ties, granter → claimer, and raises the claimer\'s identity and engagement', () => {
    const world = worldFor('collective');
    const random = stream(4, 'claims');
    const fy1 = slotsOf(world, 'fy1');
    const claimer = fy1.find((slot) => seekSponsorship(world, slot, world.agents.department[slot], random) !== null)!;
    expect(claimer).toBeDefined();
    const key = world.agents.keys[claimer];
    syncGraph(world);
    const granters = world.graph.filterInEdges(key, (_e, tie) => tie.layer === 'leadership').map((e) => world.graph.source(e));
    expect(granters.length).toBeGreaterThanOrEqual(2);
    expect([...world.grants.grantedBy[claimer].keys()].map((slot) => world.agents.keys[slot]).sort()).toEqual(granters.sort());
    expect(world.agents.grantedClaims[claimer]).toBe(1);
    const before = worldFor('collective');
    expect(world.agents.leaderIdentity[claimer]).toBeGreaterThan(before.agents.leaderIdentity[claimer]);
    expect(world.agents.engagement[claimer]).toBeGreaterThan(before.agents.engagement[claimer]);
    // The claimer now weighs more with those who granted: their arc carries leadership weight.
    const granter = world.agents.slotOf.get(granters[0])!;
    const { offsets, neighbours, leadership } = world.contacts;
    let weight = 0;
    for (let e = offsets[granter]; e < offsets[granter + 1]; e++) if (neighbours[e] === claimer) weight += leadership[e];
    expect(weight).toBeGreaterThan(0);
  });

  it('lowers identity and engagement after a refusal', () => {
    const world = worldFor('heroic');
    const before = worldFor('heroic');
    const random = stream(5, 'claims');
    const refused = slotsOf(world, 'medicalStudent').find((slot) => seekSponsorship(world, slot, world.agents.department[slot], random) === null)!;
    expect(world.agents.engagement[refused]).toBeLessThan(before.agents.engagement[refused]);
    expect(world.agents.leaderIdentity[refused]).toBeLessThanOrEqual(before.agents.leaderIdentity[refused]);
    expect(world.ledger.claimsRefused).toBeGreaterThan(0);
  });
});

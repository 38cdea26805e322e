import { describe, expect, it } from 'vitest';

import { leadershipCentralization, leadershipGini } from '../../src/metrics/in-degrees.ts';
import { gini, inDegreeCentralization } from '../../src/metrics/leadership-network.ts';
import { createGrants, forgetSlot, moveGrants, recordGrant } from '../../src/model/grants.ts';
import type { Grants } from '../../src/model/grants.ts';
import { week } from '../../src/model/week.ts';
import { threeTrusts } from './helpers.ts';

/** Both measures read from the kept distribution, twice (the second without changes), against the plain ones of the in-degrees. */
function check(grants: Grants): void {
  for (let k = 0; k < 2; k++) {
    expect(leadershipGini(grants)).toBe(gini(grants.inDegree));
    expect(leadershipCentralization(grants)).toBe(inDegreeCentralization(grants.inDegree));
  }
}

describe('the in-degree distribution kept from week to week', () => {
  it('gives exactly the Gini and centralization of the in-degrees, week by week of a run', () => {
    const world = threeTrusts('heroic');
    let weeksWithTies = 0;
    for (world.week = 0; world.week < 30; world.week++) {
      week(world);
      check(world.grants);
      if (world.grants.tieCount > 0) weeksWithTies++;
    }
    expect(weeksWithTies).toBeGreaterThan(10);
  });

  it('follows grants, leavers and moves on random networks', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    for (let trial = 0; trial < 30; trial++) {
      const size = 2 + next(40);
      const grants = createGrants(size);
      check(grants);
      for (let step = 0; step < 25; step++) {
        const what = next(4);
        if (what <= 1) for (let k = next(3 * size); k > 0; k--) recordGrant(grants, next(size), next(size));
        else if (what === 2) forgetSlot(grants, next(size));
        else {
          const [from, to] = [next(size), next(size)];
          if (from === to) continue;
          const dest = new Int32Array(size).fill(-1);
          dest[from] = to;
          dest[to] = from;
          moveGrants(grants, dest, [from, to]);
        }
        check(grants);
      }
    }
  });
});

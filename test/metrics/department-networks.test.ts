import { describe, expect, it } from 'vitest';

import { departmentLeadershipOfGranted } from '../../src/metrics/department-networks.ts';
import { departmentLeadership } from '../../src/metrics/leadership-network.ts';
import { week } from '../../src/model/week.ts';
import { createGrants, forgetSlot, recordGrant } from '../../src/model/grants.ts';
import { threeTrusts } from './helpers.ts';

describe('department leadership read from the people granted', () => {
  it('gives exactly the plain walk over every department member, week by week of a run', () => {
    const world = threeTrusts('collective');
    let weeksWithTies = 0;
    for (world.week = 0; world.week < 30; world.week++) {
      week(world);
      const { members } = world;
      const plain = departmentLeadership(world.grants.grantedBy, world.agents.department, members.slice(0, -1));
      // Twice: the second from the department lists' index made by the first.
      for (let k = 0; k < 2; k++) expect(departmentLeadershipOfGranted(world.grants, world.agents.department, members, members.length - 1)).toEqual(plain);
      if (plain.density !== null && plain.density > 0) weeksWithTies++;
    }
    // The comparison means something only once there are ties within departments.
    expect(weeksWithTies).toBeGreaterThan(10);
  });

  it('matches the plain walk on random networks, lists changed in place, a slot in two lists, and lone members', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    for (let trial = 0; trial < 40; trial++) {
      const size = 5 + next(60);
      const departments = 1 + next(6);
      const department = Int32Array.from({ length: size }, () => next(departments));
      const grants = createGrants(size);
      for (let k = next(4 * size); k > 0; k--) recordGrant(grants, next(size), next(size));
      if (trial % 3 === 0) forgetSlot(grants, next(size));
      const lists: number[][] = Array.from({ length: departments }, () => []);
      department.forEach((d, slot) => lists[d].push(slot));
      const counted = Math.max(1, departments - (trial % 2));
      const check = () => {
        expect(departmentLeadershipOfGranted(grants, department, lists, counted)).toEqual(departmentLeadership(grants.grantedBy, department, lists.slice(0, counted)));
      };
      check();
      // A list changed in place is indexed again.
      lists[0].push(lists[counted - 1].pop() ?? 0);
      check();
      // A slot in two lists: the plain walk counts it in both.
      if (lists[0].length > 0) lists[counted - 1].push(lists[0][0]);
      check();
    }
  });
});

import { describe, expect, it } from 'vitest';

import { departmentLeadershipOfGranted } from '../../src/metrics/department-networks.ts';
import { departmentLeadership } from '../../src/metrics/leadership-network.ts';
import { week } from '../../src/model/week.ts';
import { createGrants, forgetSlot, moveGrants, recordGrant } from '../../src/model/grants.ts';
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

  it('sees a granter change department wherever it sits in the array, aligned or not', () => {
    for (const size of [5, 6])
      for (const offset of [0, 1])
        for (const granter of [1, size - 2, size - 1]) {
          const department = new Uint16Array(size + 1).subarray(offset, offset + size);
          const grants = createGrants(size);
          recordGrant(grants, granter, 0);
          const lists = () => [Array.from({ length: size }, (_, slot) => slot).filter((slot) => department[slot] === 0), Array.from({ length: size }, (_, slot) => slot).filter((slot) => department[slot] === 1)];
          const before = departmentLeadershipOfGranted(grants, department, lists(), 2);
          expect(before).toEqual(departmentLeadership(grants.grantedBy, department, lists()));
          expect(before.density).toBeGreaterThan(0);
          // The granter moves to the other department (the lists made again, or, as a test, not).
          department[granter] = 1;
          for (const now of [lists(), [Array.from({ length: size }, (_, slot) => slot), []]])
            expect(departmentLeadershipOfGranted(grants, department, now, 2)).toEqual(departmentLeadership(grants.grantedBy, department, now));
        }
  });

  it('matches the plain walk through grants, leavers, moves, changes of department and of the lists', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    for (let trial = 0; trial < 30; trial++) {
      const size = 5 + next(60);
      const departments = 1 + next(6);
      // Every other trial, a view at an odd offset into a larger buffer (compared one by one, not two at a time).
      const department = new Uint16Array(size + 1).subarray(trial % 2, (trial % 2) + size);
      department.forEach((_, slot) => (department[slot] = next(departments)));
      const grants = createGrants(size);
      const counted = Math.max(1, departments - (trial % 2));
      let lists: number[][] = [];
      const relist = () => {
        lists = Array.from({ length: departments }, () => []);
        department.forEach((d, slot) => lists[d].push(slot));
      };
      relist();
      const check = () => {
        expect(departmentLeadershipOfGranted(grants, department, lists, counted)).toEqual(departmentLeadership(grants.grantedBy, department, lists.slice(0, counted)));
      };
      check();
      for (let step = 0; step < 25; step++) {
        const what = next(6);
        if (what <= 1) for (let k = next(size); k > 0; k--) recordGrant(grants, next(size), next(size));
        else if (what === 2) forgetSlot(grants, next(size));
        else if (what === 3) {
          // Two people swap seats, or one moves to an empty seat (whose holder left).
          const from = next(size);
          const to = next(size);
          if (from === to) continue;
          const dest = new Int32Array(size).fill(-1);
          dest[from] = to;
          if (step % 2 === 0) dest[to] = from;
          else forgetSlot(grants, to);
          moveGrants(grants, dest, step % 2 === 0 ? [from, to] : [from]);
        } else if (what === 4) {
          // Someone changes department, and the lists are made again (as at a rotation), or not yet.
          department[next(size)] = next(departments);
          if (step % 3 !== 0) relist();
        } else {
          // A list changed in place is indexed again; a slot in two lists is counted in both (the plain walk).
          const [a, b] = [next(departments), next(departments)];
          if (lists[a].length > 0) lists[b].push(step % 2 === 0 ? (lists[a].pop() ?? 0) : lists[a][0]);
        }
        check();
      }
    }
  });
});

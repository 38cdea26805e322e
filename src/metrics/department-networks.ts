/**
 * Leadership within departments, read from the people granted
 * ============================================================
 *
 * `departmentLeadership` (leadership-network.ts) walks every member of every
 * department and asks each for their granters: at national scale 1.4 million
 * people a week, most of whom nobody has granted. This gives the same two
 * numbers from one pass over the in-degrees, opening the granters of only those
 * with some: each department's within-department ties and largest
 * within-department in-degree are whole counts, so its centralization,
 * Σ (d_max − d_i) / (N − 1)², is (N · d_max − ties) / (N − 1)² exactly, and the
 * means over departments are summed in department order as before. Which
 * department a slot is counted in comes from the department lists themselves
 * (as the plain walk does), indexed once per list.
 */
import type { Grants } from '../model/grants.ts';
import { departmentLeadership, leadershipDensity } from './leadership-network.ts';

export type DepartmentLeadership = ReturnType<typeof departmentLeadership>;

/** For each slot, the index of the department list it is in, or -1 (in none of the first `counted`). */
interface ListIndex {
  readonly counted: number;
  readonly departmentOf: Int32Array;
  /** Each list's length when indexed: a list grown or shrunk in place is indexed again (the world's are only ever replaced: membersByDepartment). */
  readonly lengths: Int32Array;
  /** False if a slot is in two lists: then only the plain walk gives the same numbers. */
  readonly disjoint: boolean;
}
const indexes = new WeakMap<readonly (readonly number[])[], ListIndex>();

function listIndex(lists: readonly (readonly number[])[], counted: number, size: number): ListIndex {
  const known = indexes.get(lists);
  if (known?.counted === counted && known.departmentOf.length === size && known.lengths.every((n, d) => lists[d].length === n)) return known;
  const departmentOf = new Int32Array(size).fill(-1);
  let disjoint = true;
  for (let d = 0; d < counted; d++)
    for (const slot of lists[d]) {
      if (departmentOf[slot] >= 0) disjoint = false;
      departmentOf[slot] = d;
    }
  const index = { counted, departmentOf, lengths: Int32Array.from(lists, (members) => members.length), disjoint };
  indexes.set(lists, index);
  return index;
}

/**
 * `departmentLeadership(grants.grantedBy, department, lists.slice(0, counted))`, the same numbers:
 * the first `counted` department lists (the world's `members`; the executive, last, left out).
 * Relies on `grants.inDegree[i]` being the number of i's granters (grants.ts keeps it so).
 */
export function departmentLeadershipOfGranted(
  grants: Pick<Grants, 'grantedBy' | 'inDegree'>,
  department: ArrayLike<number>,
  lists: readonly (readonly number[])[],
  counted: number,
): DepartmentLeadership {
  const { grantedBy, inDegree } = grants;
  const index = listIndex(lists, counted, inDegree.length);
  if (!index.disjoint) return departmentLeadership(grantedBy, department, lists.slice(0, counted));
  const { departmentOf } = index;
  const ties = new Int32Array(counted);
  const most = new Int32Array(counted);
  for (let slot = 0; slot < inDegree.length; slot++) {
    if (inDegree[slot] === 0) continue;
    const d = departmentOf[slot];
    if (d < 0) continue;
    let within = 0;
    for (const granter of grantedBy[slot].keys()) if (department[granter] === d) within++;
    ties[d] += within;
    if (within > most[d]) most[d] = within;
  }
  let density = 0;
  let centralization = 0;
  let departments = 0;
  for (let d = 0; d < counted; d++) {
    const n = lists[d].length;
    if (n < 2) continue;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a number for two or more people
    density += leadershipDensity(ties[d], n)!;
    centralization += (n * most[d] - ties[d]) / ((n - 1) * (n - 1));
    departments++;
  }
  return departments === 0 ? { density: null, centralization: null } : { density: density / departments, centralization: centralization / departments };
}

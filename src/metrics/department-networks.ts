/**
 * Leadership within departments, kept from week to week
 * =====================================================
 *
 * `departmentLeadership` (leadership-network.ts) walks every member of every
 * department and opens each one's granters: at national scale 1.4 million
 * people a week, most of whom nobody has granted, and whose granters mostly did
 * not change. This gives the same two numbers from each slot's within-department
 * in-degree, kept by world and counted again only where the grants' stamp, a
 * granter's department or the department lists say it may have moved. Each
 * department's ties and largest in-degree are whole counts, so its
 * centralization, Σ (d_max − d_i) / (N − 1)², is (N · d_max − ties) / (N − 1)²
 * exactly, and the means over departments are summed in department order as
 * before. Which department a slot is counted in comes from the department lists
 * themselves (as the plain walk does), indexed once per list.
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
 * A world's department networks as last worked out: each slot's within-department in-degree, and
 * by department the ties and the largest in-degree. A slot's count moves only when its granters
 * change (`grants.grantersChanged`), one of them changes department (then the slots it granted), or
 * the slot is in another department list: only those are counted again, and their departments'
 * sums moved by the difference (a department's largest is looked for again only if it went down).
 */
interface Networks {
  index: ListIndex;
  /** `grants.changes` when last brought up to date. */
  changes: number;
  /** Each slot's department then. */
  readonly department: Uint16Array;
  readonly within: Int32Array;
  /** By department list: the ties within it, and its largest in-degree. */
  readonly ties: Int32Array;
  readonly most: Int32Array;
}
const networks = new WeakMap<Grants, Networks>();

function countWithin(grants: Grants, department: Uint16Array, departmentOf: Int32Array, slot: number): number {
  const d = departmentOf[slot];
  if (d < 0 || grants.inDegree[slot] === 0) return 0;
  let within = 0;
  for (const granter of grants.grantedBy[slot].keys()) if (department[granter] === d) within++;
  return within;
}

/** Every department's ties and largest in-degree, from the slots' counts. */
function sumDepartments(net: Networks): void {
  const { within, ties, most } = net;
  const { departmentOf } = net.index;
  ties.fill(0);
  most.fill(0);
  for (let slot = 0; slot < within.length; slot++) {
    const w = within[slot];
    if (w === 0) continue;
    const d = departmentOf[slot];
    ties[d] += w;
    if (w > most[d]) most[d] = w;
  }
}

function countedAnew(grants: Grants, department: Uint16Array, index: ListIndex): Networks {
  const size = grants.inDegree.length;
  const within = new Int32Array(size);
  for (let slot = 0; slot < size; slot++) within[slot] = countWithin(grants, department, index.departmentOf, slot);
  const net = { index, changes: grants.changes, department: department.slice(), within, ties: new Int32Array(index.counted), most: new Int32Array(index.counted) };
  sumDepartments(net);
  return net;
}

/** Whether two arrays of departments hold the same values: compared two at a time where aligned (most weeks nobody changes department). */
function sameValues(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  let from = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const pairs = a.length >> 1;
    const wordsA = new Int32Array(a.buffer, a.byteOffset, pairs);
    const wordsB = new Int32Array(b.buffer, b.byteOffset, pairs);
    for (let k = 0; k < pairs; k++) if (wordsA[k] !== wordsB[k]) return false;
    from = 2 * pairs;
  }
  for (let slot = from; slot < a.length; slot++) if (a[slot] !== b[slot]) return false;
  return true;
}

function bringUpToDate(grants: Grants, department: Uint16Array, lists: readonly (readonly number[])[], index: ListIndex, net: Networks): void {
  const { within, ties, most, changes } = net;
  const seen = net.department;
  const { departmentOf } = index;
  // New lists (a rotation): the slots listed elsewhere are counted again too, and every department summed.
  const relisted = index !== net.index;
  const listed = net.index.departmentOf;
  const { grantersChanged, granted } = grants;
  const again: number[] = [];
  const size = within.length;
  for (let slot = 0; slot < size; slot++) if (grantersChanged[slot] > changes) again.push(slot);
  if (relisted) for (let slot = 0; slot < size; slot++) if (listed[slot] !== departmentOf[slot]) again.push(slot);
  if (!sameValues(seen, department))
    for (let slot = 0; slot < size; slot++)
      if (seen[slot] !== department[slot]) {
        seen[slot] = department[slot];
        for (const claimer of granted[slot]) again.push(claimer);
      }
  net.index = index;
  net.changes = grants.changes;
  if (relisted) {
    for (const slot of again) within[slot] = countWithin(grants, department, departmentOf, slot);
    sumDepartments(net);
    return;
  }
  let fell: number[] | undefined;
  for (const slot of again) {
    const before = within[slot];
    const now = countWithin(grants, department, departmentOf, slot);
    if (now === before) continue;
    within[slot] = now;
    // Listed (a slot in no list counts 0 either way).
    const d = departmentOf[slot];
    ties[d] += now - before;
    if (now > most[d]) most[d] = now;
    else if (before === most[d]) (fell ??= []).push(d);
  }
  if (fell)
    for (const d of fell) {
      let largest = 0;
      for (const slot of lists[d]) largest = Math.max(largest, within[slot]);
      most[d] = largest;
    }
}

/**
 * `departmentLeadership(grants.grantedBy, department, lists.slice(0, counted))`, the same numbers:
 * the first `counted` department lists (the world's `members`; the executive, last, left out).
 * Relies on grants.ts keeping `inDegree[i]` the number of i's granters, `granted` the other way
 * round, and stamping every change of someone's granters.
 */
export function departmentLeadershipOfGranted(grants: Grants, department: Uint16Array, lists: readonly (readonly number[])[], counted: number): DepartmentLeadership {
  const index = listIndex(lists, counted, grants.inDegree.length);
  if (!index.disjoint) {
    networks.delete(grants);
    return departmentLeadership(grants.grantedBy, department, lists.slice(0, counted));
  }
  let net = networks.get(grants);
  // (Stamps past 2^31 would wrap in the Int32Array: then everyone is counted again, every time.)
  if (net?.index.counted !== counted || grants.changes > 0x7fffffff) {
    net = countedAnew(grants, department, index);
    networks.set(grants, net);
  } else bringUpToDate(grants, department, lists, index, net);
  const { ties, most } = net;
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

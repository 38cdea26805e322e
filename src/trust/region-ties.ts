/**
 * Ties between the trusts of a region
 * ===================================
 *
 * Informal ties joining staff of different trusts, appended to the
 * workforce's ties after every trust's own:
 *
 * - regional clinical network ties, between people of the same specialty and
 *   profession (clinical networks are clinically led groups working across
 *   organisational boundaries: NHS England, "Specialised services clinical
 *   networks"; how many ties a person has through them is an assumption);
 * - former-colleague ties, between people of the same profession, in any
 *   department, who once worked together (staff and trainees move between a
 *   region's trusts; an assumption, like the number).
 *
 * Each kind is n · degree / 2 ties (n: the people who may have one), from a
 * random person to a random person of their group in another trust; nobody
 * gets two ties to the same person. The groups are one counting sort of the
 * slots into typed arrays, so placing a region's ties allocates a few arrays
 * and a set of the pairs made, whatever the number of ties.
 */
import type { RandomStream } from '../random/stream.ts';
import type { RegionSpec } from '../scenario/region-schema.ts';
import { GRADES } from '../scenario/grades.ts';
import { addTie } from '../model/ties.ts';
import { INFORMAL } from '../model/vocabulary.ts';
import type { TrustSpec } from './build-workforce.ts';
import { GRADE_INFO } from './grades.ts';
import type { Profession } from './grades.ts';
import type { Workforce } from './workforce.ts';

const PROFESSIONS: readonly Profession[] = ['medicine', 'nursing', 'ahp', 'management'];
const PROFESSION_OF_GRADE = Int32Array.from(GRADES, (grade) => PROFESSIONS.indexOf(GRADE_INFO[grade].profession));

/** Ties placed between trusts, by kind. */
export interface RegionTieCounts {
  readonly network: number;
  readonly formerColleagues: number;
}

/** Places both kinds of ties between the workforce's trusts (built from `specs`, in order); returns how many of each it made. */
export function placeRegionTies(workforce: Workforce, specs: readonly TrustSpec[], ties: RegionSpec['ties'], random: RandomStream): RegionTieCounts {
  if (workforce.trusts.length < 2) return { network: 0, formerColleagues: 0 };
  const specialty = departmentSpecialties(workforce, specs);
  const specialties = specialty.reduce((most, s) => Math.max(most, s + 1), 0);
  const { grade, department } = workforce;
  // Regional clinical networks: same specialty and profession; the executive has no specialty.
  const networkGroup = (slot: number) => (specialty[department[slot]] < 0 ? -1 : specialty[department[slot]] * PROFESSIONS.length + PROFESSION_OF_GRADE[grade[slot]]);
  const tied = new Set<number>();
  const network = placeBetweenTrusts(workforce, groupSlots(workforce.size, specialties * PROFESSIONS.length, networkGroup), ties.networkDegree, tied, random.fork('network'));
  const formerColleagues = placeBetweenTrusts(workforce, groupSlots(workforce.size, PROFESSIONS.length, (slot) => PROFESSION_OF_GRADE[grade[slot]]), ties.formerColleagueDegree, tied, random.fork('former-colleagues'));
  return { network, formerColleagues };
}

/** The specialty (an index, in order of first appearance) of each workforce department; -1 for the executive. */
function departmentSpecialties(workforce: Workforce, specs: readonly TrustSpec[]): Int32Array {
  const specialty = new Int32Array(workforce.departments.length).fill(-1);
  const index = new Map<string, number>();
  workforce.trusts.forEach((block, t) => {
    let d = block.firstDepartment;
    for (const { specialty: name, count } of specs[t].departments) {
      if (!index.has(name)) index.set(name, index.size);
      const s = index.get(name) ?? -1;
      for (let k = 0; k < count; k++) specialty[d++] = s;
    }
  });
  return specialty;
}

/** Slots sorted by group (a counting sort): group g's slots are `slots[first[g], first[g + 1])`; slots of group -1 are left out. */
interface Groups {
  readonly group: Int32Array;
  readonly first: Int32Array;
  readonly slots: Int32Array;
}

function groupSlots(size: number, groups: number, groupOf: (slot: number) => number): Groups {
  const group = new Int32Array(size);
  const first = new Int32Array(groups + 1);
  for (let slot = 0; slot < size; slot++) {
    group[slot] = groupOf(slot);
    if (group[slot] >= 0) first[group[slot] + 1]++;
  }
  for (let g = 0; g < groups; g++) first[g + 1] += first[g];
  const slots = new Int32Array(first[groups]);
  const next = first.slice(0, groups);
  for (let slot = 0; slot < size; slot++) if (group[slot] >= 0) slots[next[group[slot]]++] = slot;
  return { group, first, slots };
}

/**
 * n · degree / 2 ties between people of one group in different trusts. Bounded
 * attempts: a group whose members are nearly all in one trust may not have
 * room for every tie (a shortfall the tests measure, not an error).
 */
function placeBetweenTrusts(workforce: Workforce, { group, first, slots }: Groups, degree: number, tied: Set<number>, random: RandomStream): number {
  const { trust, ties, size } = workforce;
  const wanted = Math.round((slots.length * degree) / 2);
  let made = 0;
  for (let attempts = 0; made < wanted && attempts < 20 * wanted + 100; attempts++) {
    const u = slots[random.int(slots.length)];
    const g = group[u];
    const v = slots[first[g] + random.int(first[g + 1] - first[g])];
    if (trust[u] === trust[v]) continue;
    // A pair as lower · size + higher: below 2^53 for any workforce a 16-bit trust index allows.
    const pair = u < v ? u * size + v : v * size + u;
    if (tied.has(pair)) continue;
    tied.add(pair);
    addTie(ties, u, v, INFORMAL);
    made++;
  }
  return made;
}

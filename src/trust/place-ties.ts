/**
 * A trust's ties, placed between slots
 * ====================================
 *
 * Formal ties (the supervision and line management tree), a clustered small
 * world of team ties in each department and the executive, and informal ties
 * across departments, appended to the workforce's ties in a fixed order.
 */
import { smallWorldTies } from '../networks/watts-strogatz.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { addTie } from '../model/ties.ts';
import { FORMAL, INFORMAL, TEAM } from '../model/vocabulary.ts';
import type { Ties } from '../model/ties.ts';
import { GRADE_INFO } from './grades.ts';
import type { DEPARTMENT_GRADES, EXECUTIVE_GRADES } from './grades.ts';
import { GRADES } from '../scenario/grades.ts';
import { EXECUTIVE } from './workforce.ts';
import type { TrustBlock, Workforce } from './workforce.ts';

type TieSpec = Scenario['trust']['ties'];

/** Where a trust's people sit: its block, its executive's slots and each department's slots by grade. */
export interface TrustLayout {
  readonly block: TrustBlock;
  readonly executive: Record<(typeof EXECUTIVE_GRADES)[number], number>;
  readonly departments: readonly Record<(typeof DEPARTMENT_GRADES)[number], number[]>[];
  /** The departments' names within the trust (their team streams are named by them). */
  readonly departmentNames: readonly string[];
}

export function placeTies(workforce: Workforce, layout: TrustLayout, ties: TieSpec, random: RandomStream): void {
  const { executive } = layout;
  const firstTie = workforce.ties.count;
  addTeam(workforce.ties, [executive.chiefExecutive, executive.medicalDirector, executive.chiefNurse], ties, random.fork('team', EXECUTIVE));
  supervise(workforce.ties, executive.chiefExecutive, [executive.medicalDirector, executive.chiefNurse]);
  layout.departments.forEach((staff, d) => {
    const order = organise(workforce.ties, staff, executive);
    addTeam(workforce.ties, order, ties, random.fork('team', layout.departmentNames[d]));
  });
  addInformalTies(workforce, layout.block, firstTie, ties, random.fork('informal'));
}

/**
 * Formal ties, and the department's people in team order: each consultant's
 * firm (the consultant, then the trainees they supervise), then each ward (its
 * manager, senior and staff nurses), then the therapists.
 */
function organise(ties: Ties, staff: TrustLayout['departments'][number], executive: TrustLayout['executive']): number[] {
  const director = staff.clinicalDirector.at(0) ?? executive.medicalDirector;
  for (const cd of staff.clinicalDirector) supervise(ties, executive.medicalDirector, [cd]);
  supervise(ties, director, [...staff.consultant, ...staff.ahp]);

  // A department without consultants (or ward managers) is run by its director, or the medical director.
  const heads = [...staff.clinicalDirector, ...staff.consultant];
  const supervisors = heads.length > 0 ? heads : [director];
  const trainees = [...staff.registrar, ...staff.coreTrainee, ...staff.fy2, ...staff.fy1, ...staff.medicalStudent];
  const firms = deal(trainees, supervisors.length);
  supervisors.forEach((head, f) => { supervise(ties, head, firms[f]); });

  const managers = staff.wardManager;
  supervise(ties, executive.chiefNurse, managers);
  const seniors = deal(staff.seniorNurse, Math.max(1, managers.length));
  const nurses = deal(staff.staffNurse, seniors.length);
  const wards = seniors.map((ward, w) => {
    const manager = managers.at(w) ?? director;
    supervise(ties, manager, ward);
    const leads = ward.length > 0 ? ward : [manager];
    deal(nurses[w], leads.length).forEach((group, s) => { supervise(ties, leads[s], group); });
    return [...managers.slice(w, w + 1), ...ward, ...nurses[w]];
  });

  return [...supervisors.flatMap((head, f) => [...(heads.includes(head) ? [head] : []), ...firms[f]]), ...wards.flat(), ...staff.ahp];
}

/** Deal items round-robin into k groups. */
function deal<T>(items: readonly T[], k: number): T[][] {
  const groups: T[][] = Array.from({ length: k }, () => []);
  if (k > 0) items.forEach((item, i) => groups[i % k].push(item));
  return groups;
}

function supervise(ties: Ties, supervisor: number, reports: readonly number[]): void {
  for (const report of reports) addTie(ties, supervisor, report, FORMAL);
}

/** A clustered small world over the team order (Watts & Strogatz 1998); a tiny team is a clique. */
function addTeam(ties: Ties, members: readonly number[], spec: TieSpec, random: RandomStream): void {
  const n = members.length;
  const k = Math.min(spec.teamDegree, n - 1 - ((n - 1) % 2));
  if (k < 2) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) addTie(ties, members[a], members[b], TEAM);
    return;
  }
  for (const [u, v] of smallWorldTies({ order: n, k, rewiring: spec.teamRewiring, random })) addTie(ties, members[u], members[v], TEAM);
}

/**
 * Informal ties across departments: n · degree / 2 ties, each from a random
 * person to someone in another department, of the same profession with
 * probability `professionHomophily` (advice-seeking mostly stays within a
 * profession; Creswick & Westbrook 2010). Nobody gets a second tie to someone
 * they are already tied to.
 */
function addInformalTies(workforce: Workforce, block: TrustBlock, firstTie: number, spec: TieSpec, random: RandomStream): void {
  const { ties, department, grade } = workforce;
  const { first, size } = block;
  // Pairs already tied, as (lower − first) · size + (higher − first).
  const pair = (u: number, v: number) => (u < v ? (u - first) * size + (v - first) : (v - first) * size + (u - first));
  const tied = new Set<number>();
  for (let t = firstTie; t < ties.count; t++) tied.add(pair(ties.a[t], ties.b[t]));
  const people = Array.from({ length: size }, (_, k) => first + k);
  const professionOfGrade = GRADES.map((g) => GRADE_INFO[g].profession);
  const profession = (slot: number) => professionOfGrade[grade[slot]];
  const byProfession = new Map<string, number[]>();
  for (const slot of people) {
    const colleagues = byProfession.get(profession(slot));
    if (colleagues === undefined) byProfession.set(profession(slot), [slot]);
    else colleagues.push(slot);
  }
  const wanted = Math.round((size * spec.informalDegree) / 2);
  // Bounded attempts: small or single-department trusts may not have room for every tie.
  for (let made = 0, attempts = 0; made < wanted && attempts < 20 * wanted + 100; attempts++) {
    const u = people[random.int(size)];
    const pool = random.next() < spec.professionHomophily ? (byProfession.get(profession(u)) ?? people) : people;
    const v = pool[random.int(pool.length)];
    if (department[u] === department[v] || tied.has(pair(u, v))) continue;
    addTie(ties, u, v, INFORMAL);
    tied.add(pair(u, v));
    made++;
  }
}

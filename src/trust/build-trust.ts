/**
 * Build a synthetic trust
 * =======================
 *
 *   departments × staffing ──► people (traits drawn per grade)
 *     ──► formal ties (supervision and line management tree)
 *     ──► team ties (a clustered small world inside each department)
 *     ──► informal ties (across departments, mostly within a profession)
 *     ──► executive (chief executive, medical director, chief nurse)
 *
 * Department sizes follow the scenario's staffing ranges (the "department
 * module" of the grounding notes). Each draw comes from its own child stream,
 * so changing, say, the informal degree leaves everyone's traits unchanged.
 */
import { MultiGraph } from 'graphology';

import { smallWorldTies } from '../networks/watts-strogatz.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import { departmentNames } from '../scenario/departments.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DEPARTMENT_GRADES, EXECUTIVE_GRADES, GRADE_INFO } from './grades.ts';
import { drawClinician } from './traits.ts';
import { DEFAULT_MODEL } from '../model/constants.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { TrustGraph } from './types.ts';

export type TrustSpec = Scenario['trust'];

export const EXECUTIVE = 'executive';

/** The trust of a scenario; `model` gives the grade table and trait distributions (by default, the model's defaults). */
export function buildTrust(spec: TrustSpec, random: RandomStream, model: ModelParameters = DEFAULT_MODEL): TrustGraph {
  const departments = departmentNames(spec.departments);
  const graph: TrustGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ name: spec.name, departments: [...departments, EXECUTIVE] });
  const traits = random.fork('traits');
  const staffing = random.fork('staffing');
  let serial = 0;
  const hire = (grade: Grade, department: string, k: number) => {
    const key = `p${String(++serial).padStart(5, '0')}`;
    const label = `${GRADE_INFO[grade].label} ${k}, ${department}`;
    graph.addNode(key, drawClinician(grade, department, label, spec.engagement, model, traits));
    return key;
  };

  const executive = Object.fromEntries(EXECUTIVE_GRADES.map((grade) => [grade, hire(grade, EXECUTIVE, 1)])) as Record<
    (typeof EXECUTIVE_GRADES)[number],
    string
  >;
  addTeam(graph, Object.values(executive), spec.ties, random.fork('team', EXECUTIVE));
  supervise(graph, executive.chiefExecutive, [executive.medicalDirector, executive.chiefNurse]);

  for (const department of departments) {
    const staff = Object.fromEntries(
      DEPARTMENT_GRADES.map((grade) => {
        const [min, max] = spec.staffing[grade];
        const count = min + staffing.int(max - min + 1);
        return [grade, Array.from({ length: count }, (_, k) => hire(grade, department, k + 1))];
      }),
    ) as Record<(typeof DEPARTMENT_GRADES)[number], string[]>;
    const layout = organise(graph, staff, executive);
    addTeam(graph, layout, spec.ties, random.fork('team', department));
  }
  addInformalTies(graph, spec.ties, random.fork('informal'));
  return graph;
}

/**
 * Formal ties, and the department's people in team order: each consultant's
 * firm (the consultant, then the trainees they supervise), then each ward (its
 * manager, senior and staff nurses), then the therapists.
 */
function organise(
  graph: TrustGraph,
  staff: Record<(typeof DEPARTMENT_GRADES)[number], string[]>,
  executive: Record<(typeof EXECUTIVE_GRADES)[number], string>,
): string[] {
  const director = staff.clinicalDirector[0] ?? executive.medicalDirector;
  for (const cd of staff.clinicalDirector) supervise(graph, executive.medicalDirector, [cd]);
  supervise(graph, director, [...staff.consultant, ...staff.ahp]);

  // A department without consultants (or ward managers) is run by its director, or the medical director.
  const heads = [...staff.clinicalDirector, ...staff.consultant];
  const supervisors = heads.length > 0 ? heads : [director];
  const trainees = [...staff.registrar, ...staff.coreTrainee, ...staff.fy2, ...staff.fy1, ...staff.medicalStudent];
  const firms = deal(trainees, supervisors.length);
  supervisors.forEach((head, f) => supervise(graph, head, firms[f]));

  const managers = staff.wardManager;
  supervise(graph, executive.chiefNurse, managers);
  const seniors = deal(staff.seniorNurse, Math.max(1, managers.length));
  const nurses = deal(staff.staffNurse, seniors.length);
  const wards = seniors.map((ward, w) => {
    const manager = managers[w] ?? director;
    supervise(graph, manager, ward);
    const leads = ward.length > 0 ? ward : [manager];
    deal(nurses[w], leads.length).forEach((group, s) => supervise(graph, leads[s], group));
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

function supervise(graph: TrustGraph, supervisor: string, reports: readonly string[]): void {
  for (const report of reports) graph.addDirectedEdge(supervisor, report, { layer: 'formal', weight: 1 });
}

/** A clustered small world over the team order (Watts & Strogatz 1998); a tiny team is a clique. */
function addTeam(graph: TrustGraph, members: readonly string[], ties: TrustSpec['ties'], random: RandomStream): void {
  const n = members.length;
  const k = Math.min(ties.teamDegree, n - 1 - ((n - 1) % 2));
  if (k < 2) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) graph.addUndirectedEdge(members[a], members[b], { layer: 'team', weight: 1 });
    return;
  }
  for (const [u, v] of smallWorldTies({ order: n, k, rewiring: ties.teamRewiring, random }))
    graph.addUndirectedEdge(members[u], members[v], { layer: 'team', weight: 1 });
}

/**
 * Informal ties across departments: n · degree / 2 ties, each from a random
 * person to someone in another department, of the same profession with
 * probability `professionHomophily` (advice-seeking mostly stays within a
 * profession; Creswick & Westbrook 2010).
 */
function addInformalTies(graph: TrustGraph, ties: TrustSpec['ties'], random: RandomStream): void {
  const people = graph.nodes();
  const byProfession = new Map<string, string[]>();
  for (const key of people) {
    const profession = graph.getNodeAttribute(key, 'profession');
    const colleagues = byProfession.get(profession);
    if (colleagues === undefined) byProfession.set(profession, [key]);
    else colleagues.push(key);
  }
  const wanted = Math.round((people.length * ties.informalDegree) / 2);
  // Bounded attempts: small or single-department trusts may not have room for every tie.
  for (let made = 0, attempts = 0; made < wanted && attempts < 20 * wanted + 100; attempts++) {
    const u = people[random.int(people.length)];
    const pool = random.next() < ties.professionHomophily ? byProfession.get(graph.getNodeAttribute(u, 'profession'))! : people;
    const v = pool[random.int(pool.length)];
    if (graph.getNodeAttribute(u, 'department') === graph.getNodeAttribute(v, 'department') || graph.areNeighbors(u, v)) continue;
    graph.addUndirectedEdge(u, v, { layer: 'informal', weight: 1 });
    made++;
  }
}

/**
 * Build trusts straight into typed arrays
 * =======================================
 *
 *   departments × staffing ──► people (traits drawn per grade)
 *     ──► formal ties (supervision and line management tree)
 *     ──► team ties (a clustered small world inside each department)
 *     ──► informal ties (across departments, mostly within a profession)
 *     ──► executive (chief executive, medical director, chief nurse)
 *
 * Department sizes follow the scenario's staffing ranges (the "department
 * module" of the grounding notes). Each draw comes from its own child stream
 * of the trust's, so changing, say, the informal degree leaves everyone's
 * traits unchanged; the order of the draws within a stream is fixed (and the
 * same as when trusts were built as graphs, so results did not change).
 * Several trusts make one workforce of consecutive blocks (`buildWorkforce`).
 */
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import { departmentNames } from '../scenario/departments.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createTies } from '../model/ties.ts';
import { followershipIndex, gradeIndex } from '../model/vocabulary.ts';
import { DEPARTMENT_GRADES, EXECUTIVE_GRADES } from './grades.ts';
import { placeTies } from './place-ties.ts';
import type { TrustLayout } from './place-ties.ts';
import { drawTraits, voiceOf } from './traits.ts';
import type { Traits } from './traits.ts';
import { EXECUTIVE } from './workforce.ts';
import type { TrustBlock, Workforce } from './workforce.ts';

export type TrustSpec = Scenario['trust'];

/** One trust to build: its settings and its own random stream. */
export interface TrustDraw {
  readonly spec: TrustSpec;
  readonly random: RandomStream;
}

type DepartmentGrade = (typeof DEPARTMENT_GRADES)[number];
type Headcount = Record<DepartmentGrade, number>;

/**
 * The workforce of one trust or several. One trust keeps its departments'
 * own names; with several, each is prefixed by its trust's (`trust-7/medicine-1`).
 */
export function buildWorkforce(trusts: readonly TrustDraw[], model: ModelParameters, name = trusts[0].spec.name): Workforce {
  const prefix = (trust: TrustSpec, department: string) => (trusts.length === 1 ? department : `${trust.name}/${department}`);
  // Headcounts first (the staffing stream alone), so the arrays are made once at their size.
  const headcounts = trusts.map(({ spec, random }) => {
    const staffing = random.fork('staffing');
    return departmentNames(spec.departments).map((department): [string, Headcount] => [
      prefix(spec, department),
      byGrade((grade) => {
        const [min, max] = spec.staffing[grade];
        return min + staffing.int(max - min + 1);
      }),
    ]);
  });
  const departments = [...headcounts.flatMap((trust) => trust.map(([department]) => department)), EXECUTIVE];
  // Departments and trusts are 16-bit indices.
  const most = new Uint16Array([Number.MAX_SAFE_INTEGER])[0];
  if (departments.length > most) throw new RangeError(`a workforce holds at most ${String(most)} departments; these trusts have ${String(departments.length)}`);
  if (trusts.length > most) throw new RangeError(`a workforce holds at most ${String(most)} trusts; asked for ${String(trusts.length)}`);
  const sizes = headcounts.map((trust) => EXECUTIVE_GRADES.length + trust.reduce((sum, [, count]) => sum + DEPARTMENT_GRADES.reduce((s, g) => s + count[g], 0), 0));
  const size = sizes.reduce((a, b) => a + b, 0);
  const expectedTies = trusts.reduce((sum, { spec }, t) => sum + Math.ceil((sizes[t] * (2 + spec.ties.teamDegree + spec.ties.informalDegree)) / 2), 0);
  const workforce = allocate(name, size, departments, expectedTies);

  const blocks: TrustBlock[] = [];
  let first = 0;
  let firstDepartment = 0;
  trusts.forEach(({ spec, random }, t) => {
    const block = { name: spec.name, first, size: sizes[t], firstDepartment, departments: headcounts[t].length };
    blocks.push(block);
    fillTrust(workforce, t, block, spec, random, model, headcounts[t]);
    first += sizes[t];
    firstDepartment += headcounts[t].length;
  });
  return { ...workforce, trusts: blocks };
}

/** One value for each department grade, made in DEPARTMENT_GRADES order (the order of the draws). */
function byGrade<T>(make: (grade: DepartmentGrade) => T): Record<DepartmentGrade, T> {
  return {
    clinicalDirector: make('clinicalDirector'),
    consultant: make('consultant'),
    registrar: make('registrar'),
    coreTrainee: make('coreTrainee'),
    fy2: make('fy2'),
    fy1: make('fy1'),
    medicalStudent: make('medicalStudent'),
    wardManager: make('wardManager'),
    seniorNurse: make('seniorNurse'),
    staffNurse: make('staffNurse'),
    ahp: make('ahp'),
  } satisfies Record<(typeof DEPARTMENT_GRADES)[number], T>;
}

function allocate(name: string, size: number, departments: string[], ties: number): Workforce {
  return {
    name,
    size,
    departments,
    trusts: [],
    trust: new Uint16Array(size),
    grade: new Uint8Array(size),
    department: new Uint16Array(size),
    labelNumber: new Uint32Array(size),
    followership: new Uint8Array(size),
    authority: new Float64Array(size),
    expertise: new Float64Array(size),
    criticalThinking: new Float64Array(size),
    activeEngagement: new Float64Array(size),
    leaderIdentity: new Float64Array(size),
    voice: new Float64Array(size),
    baselineEngagement: new Float64Array(size),
    threshold: new Float64Array(size),
    ties: createTies(ties),
  };
}

/** One trust's people, in the order the trust was always built (executive, then department by department), and its ties. */
function fillTrust(
  workforce: Workforce,
  t: number,
  block: TrustBlock,
  spec: TrustSpec,
  random: RandomStream,
  model: ModelParameters,
  headcounts: readonly [string, Headcount][],
): void {
  const traits = random.fork('traits');
  // One scratch row for every draw: at national scale an object a person is a million objects.
  let drawn: Traits | undefined;
  const executiveDepartment = workforce.departments.length - 1;
  let slot = block.first;
  const hire = (grade: Grade, department: number, k: number): number => {
    drawn = drawTraits(grade, spec.engagement, model, traits, drawn);
    workforce.trust[slot] = t;
    workforce.grade[slot] = gradeIndex(grade);
    workforce.department[slot] = department;
    workforce.labelNumber[slot] = k;
    workforce.followership[slot] = followershipIndex(drawn.followership);
    workforce.authority[slot] = model.grades[grade].authority;
    workforce.expertise[slot] = drawn.expertise;
    workforce.criticalThinking[slot] = drawn.criticalThinking;
    workforce.activeEngagement[slot] = drawn.activeEngagement;
    workforce.leaderIdentity[slot] = drawn.leaderIdentity;
    workforce.voice[slot] = voiceOf(drawn.criticalThinking, model);
    workforce.baselineEngagement[slot] = drawn.baselineEngagement;
    workforce.threshold[slot] = drawn.threshold;
    return slot++;
  };
  const executive = {
    chiefExecutive: hire('chiefExecutive', executiveDepartment, 1),
    medicalDirector: hire('medicalDirector', executiveDepartment, 1),
    chiefNurse: hire('chiefNurse', executiveDepartment, 1),
  };
  const departments = headcounts.map(([, count], d) => byGrade((grade) => Array.from({ length: count[grade] }, (_, k) => hire(grade, block.firstDepartment + d, k + 1))));
  const layout: TrustLayout = { block, executive, departments, departmentNames: departmentNames(spec.departments) };
  placeTies(workforce, layout, spec.ties, random);
}

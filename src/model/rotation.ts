/**
 * Trainee rotations
 * =================
 *
 * Doctors in training change department on their programme's cadence
 * (foundation every 4 months, core every 6, registrars every 12 by default).
 * Each changeover, the trainees of a grade move round a random cycle of their
 * trust's clinical departments, each taking over the post (formal and team ties) of
 * the trainee they replace. Team ties to the old department are kept as
 * former ties that decay (half-life from the scenario), which makes trainees
 * bridges between departments. A trainee's department projects are handed
 * over to someone who stays, or orphaned. The contacts are then rebuilt: structure changed.
 *
 * Taking over a post is re-pointing its ties: every formal or current team tie
 * of a mover's old post now ends at whoever took that post over.
 */
import { shuffleInPlace } from '../random/stream.ts';
import { GRADES } from '../scenario/grades.ts';
import type { Grade } from '../scenario/grades.ts';
import { GRADE_INFO } from '../trust/grades.ts';
import type { Rotation } from '../trust/grades.ts';
import { EXECUTIVE } from '../trust/build-trust.ts';
import { changeDepartment } from './agents.ts';
import { compileContacts } from './contacts.ts';
import type { Initiative } from './initiative.ts';
import { leaveInitiatives } from './leads.ts';
import { addTie, isPostTie } from './ties.ts';
import { TEAM, gradeIndex } from './vocabulary.ts';
import { membersByDepartment } from './world.ts';
import type { World } from './world.ts';

/** Grades whose changeover falls this week. */
export function rotatingGrades(world: World): Grade[] {
  const { foundationWeeks, coreWeeks, registrarWeeks } = world.scenario.trust.rotations;
  const cadence: Record<Exclude<Rotation, null>, number> = { foundation: foundationWeeks, core: coreWeeks, registrar: registrarWeeks };
  return GRADES.filter((grade) => {
    const rotation = GRADE_INFO[grade].rotation;
    return rotation !== null && world.week > 0 && world.week % cadence[rotation] === 0;
  });
}

/**
 * Rotate the grades' trainees within their trusts. `compile` false leaves the contact rows for the
 * caller to rebuild (people moving between trusts the same week rebuild them once, for both).
 */
export function rotate(world: World, grades: readonly Grade[], compile = true): void {
  if (grades.length === 0) return;
  const { agents, departments } = world;
  const random = world.draw('rotation');
  // Each trust's cycle, trust by trust from the one stream (Fisher–Yates).
  const cycles = world.trusts.map((trust) => {
    const clinical = Array.from({ length: trust.departments }, (_, d) => trust.firstDepartment + d).filter((d) => departments[d] !== EXECUTIVE);
    return shuffleInPlace(clinical, random);
  });

  // takes[mover] = the slot of the post they take over (a typed array, and forEach: docs/engine.md, hot paths).
  const takes = new Int32Array(agents.size);
  const movers: number[] = [];
  for (const clinical of cycles)
    for (const grade of grades) {
      const g = gradeIndex(grade);
      const posts = clinical.flatMap((d) => world.members[d].filter((slot) => agents.grade[slot] === g));
      const shift = Math.max(1, Math.round(posts.length / clinical.length));
      if (posts.length < 2) continue;
      for (let k = 0; k < posts.length; k++) {
        takes[posts[k]] = posts[(k + shift) % posts.length];
        movers.push(posts[k]);
      }
    }
  if (movers.length === 0) return;

  const { ties } = world;
  // newHolder[post] = the mover who takes it over; -1 for posts nobody leaves.
  const newHolder = new Int32Array(agents.size).fill(-1);
  movers.forEach((mover) => (newHolder[takes[mover]] = mover));
  // Movers and the posts they take are the same people: each mover's old post is taken by another.
  const moves = (slot: number) => newHolder[slot] >= 0;
  const { department } = agents;
  const oldDepartment = department.slice();
  const changesDepartment = new Uint8Array(agents.size);
  movers.forEach((mover) => (changesDepartment[mover] = oldDepartment[takes[mover]] !== oldDepartment[mover] ? 1 : 0));

  // Team ties to those who stay behind fade rather than vanish: appended as former ties,
  // which are not posts' ties, so this pass (over the ties there were) leaves them be.
  const count = ties.count;
  for (let t = 0; t < count; t++) {
    if (!isPostTie(ties, t)) continue;
    const a = ties.a[t];
    const b = ties.b[t];
    if (ties.layer[t] === TEAM && moves(a) !== moves(b)) {
      const mover = moves(a) ? a : b;
      if (changesDepartment[mover] === 1) addTie(ties, mover, mover === a ? b : a, TEAM, world.week);
    }
    if (newHolder[a] >= 0) ties.a[t] = newHolder[a];
    if (newHolder[b] >= 0) ties.b[t] = newHolder[b];
  }
  movers.forEach((mover) => {
    changeDepartment(agents, mover, oldDepartment[takes[mover]]);
  });

  world.members = membersByDepartment(world);
  // Department projects pass to someone still there, or are orphaned.
  const projects: Initiative[][] = departments.map(() => []);
  for (const initiative of world.initiatives) if (initiative.status === 'active' && initiative.scope >= 0) projects[initiative.scope].push(initiative);
  movers.forEach((mover) => {
    if (changesDepartment[mover] === 1) leaveInitiatives(world, mover, 'rotation', projects[oldDepartment[mover]]);
  });
  if (compile) world.contacts = compileContacts(ties, world.grants, agents, world.rules, world.week, world.model.ties, world.contacts);
}

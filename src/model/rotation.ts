/**
 * Trainee rotations
 * =================
 *
 * Doctors in training change department on their programme's cadence
 * (foundation every 4 months, core every 6, registrars every 12 by default).
 * Each changeover, the trainees of a grade move round a random cycle of the
 * clinical departments, each taking over the post (formal and team ties) of
 * the trainee they replace. Team ties to the old department are kept as
 * former ties that decay (half-life from the scenario), which makes trainees
 * bridges between departments. A trainee's department projects are handed
 * over to someone who stays, or orphaned. The contacts are then rebuilt: structure changed.
 */
import { GRADES } from '../scenario/grades.ts';
import type { Grade } from '../scenario/grades.ts';
import { GRADE_INFO } from '../trust/grades.ts';
import type { Rotation } from '../trust/grades.ts';
import type { Tie } from '../trust/types.ts';
import { EXECUTIVE } from '../trust/build-trust.ts';
import { compileContacts } from './contacts.ts';
import { leaveInitiatives } from './leads.ts';
import { membersByDepartment } from './world.ts';
import type { World } from './world.ts';

interface PostTie {
  other: string;
  layer: 'formal' | 'team';
  /** 'out': the post holder supervises `other`; 'in': `other` supervises them. */
  direction: 'in' | 'out' | 'both';
}

/** Grades whose changeover falls this week. */
export function rotatingGrades(world: World): Grade[] {
  const { foundationWeeks, coreWeeks, registrarWeeks } = world.scenario.trust.rotations;
  const cadence: Record<Exclude<Rotation, null>, number> = { foundation: foundationWeeks, core: coreWeeks, registrar: registrarWeeks };
  return GRADES.filter((grade) => {
    const rotation = GRADE_INFO[grade].rotation;
    return rotation !== null && world.week > 0 && world.week % cadence[rotation] === 0;
  });
}

export function rotate(world: World, grades: readonly Grade[]): void {
  if (grades.length === 0) return;
  const { agents, graph, departments } = world;
  const random = world.draw('rotation');
  const clinical = departments.map((_, d) => d).filter((d) => departments[d] !== EXECUTIVE);
  // Fisher–Yates: the cycle the trainees move round.
  for (let i = clinical.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [clinical[i], clinical[j]] = [clinical[j], clinical[i]];
  }

  // mover slot → slot of the post they take over
  const takes = new Map<number, number>();
  for (const grade of grades) {
    const g = GRADES.indexOf(grade);
    const posts = clinical.flatMap((d) => world.members[d].filter((slot) => agents.grade[slot] === g));
    const shift = Math.max(1, Math.round(posts.length / clinical.length));
    if (posts.length > 1) posts.forEach((slot, k) => takes.set(slot, posts[(k + shift) % posts.length]));
  }
  if (takes.size === 0) return;

  const postTies = new Map<number, PostTie[]>();
  for (const slot of takes.keys()) postTies.set(slot, tiesOfPost(world, agents.keys[slot]));
  const holderOf = new Map<number, number>([...takes].map(([mover, post]) => [post, mover]));
  const oldDepartment = new Map([...takes.keys()].map((slot) => [slot, agents.department[slot]]));

  for (const mover of takes.keys()) dropPostTies(world, agents.keys[mover]);
  const added = new Set<string>();
  for (const [mover, post] of takes) {
    const key = agents.keys[mover];
    for (const tie of postTies.get(post)!) {
      const otherSlot = agents.slotOf.get(tie.other)!;
      const other = takes.has(otherSlot) ? agents.keys[holderOf.get(otherSlot)!] : tie.other;
      const id = [tie.layer, ...(tie.direction === 'both' ? [key, other].sort() : tie.direction === 'out' ? [key, other] : [other, key])].join('|');
      if (added.has(id)) continue;
      added.add(id);
      const attributes: Tie = { layer: tie.layer, weight: 1 };
      if (tie.direction === 'both') graph.addUndirectedEdge(key, other, attributes);
      else if (tie.direction === 'out') graph.addDirectedEdge(key, other, attributes);
      else graph.addDirectedEdge(other, key, attributes);
    }
  }
  for (const [mover, post] of takes) {
    const from = oldDepartment.get(mover)!;
    const to = oldDepartment.get(post)!;
    agents.department[mover] = to;
    graph.setNodeAttribute(agents.keys[mover], 'department', departments[to]);
    if (from === to) continue;
    // Team ties to those who stay behind fade rather than vanish.
    for (const tie of postTies.get(mover)!)
      if (tie.layer === 'team' && !takes.has(agents.slotOf.get(tie.other)!))
        graph.addUndirectedEdge(agents.keys[mover], tie.other, { layer: 'team', weight: 1, formerSince: world.week });
  }

  world.members = membersByDepartment(world);
  // Department projects pass to someone still there, or are orphaned.
  for (const [mover, post] of takes) {
    const from = oldDepartment.get(mover)!;
    if (oldDepartment.get(post) !== from) leaveInitiatives(world, mover, 'rotation', (initiative) => initiative.scope === from);
  }
  world.contacts = compileContacts(graph, agents, world.rules, world.week, world.scenario.trust.rotations.tieHalfLifeWeeks);
}

/** The formal and current team ties of a person's post. */
function tiesOfPost(world: World, key: string): PostTie[] {
  const ties: PostTie[] = [];
  world.graph.forEachEdge(key, (_e, tie, source, target, _sa, _ta, undirected) => {
    if ((tie.layer !== 'formal' && tie.layer !== 'team') || tie.formerSince !== undefined) return;
    const other = source === key ? target : source;
    ties.push({ other, layer: tie.layer, direction: undirected ? 'both' : source === key ? 'out' : 'in' });
  });
  return ties;
}

function dropPostTies(world: World, key: string): void {
  const drop: string[] = [];
  world.graph.forEachEdge(key, (edge, tie) => {
    if ((tie.layer === 'formal' || tie.layer === 'team') && tie.formerSince === undefined) drop.push(edge);
  });
  for (const edge of drop) world.graph.dropEdge(edge);
}

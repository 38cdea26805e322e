/**
 * Careers
 * =======
 *
 * At each August changeover (week 52, 104, …; `trust.careers.enabled`),
 * trainees whose years in grade are done (`trust.careers.years`, counted from
 * `gradeSince`) move on, from the top down so each step's vacancies are the
 * posts the step above left:
 *   - registrars finish: a consultant post filled from outside since the last
 *     August (a locum, who then leaves) goes to one of them; the others leave;
 *   - core trainees finishing go on to registrar posts with `progress.coreTrainee`;
 *   - FY2 doctors finishing go on to core posts with `progress.fy2`;
 *   - FY1 doctors go on to FY2 posts;
 *   - a new FY1 cohort, and new entrants to training posts nobody went on to,
 *     arrive as new starters (from the rest of the region: not modelled).
 * Since posts are fixed, going on is moving slot (`movePeople`): into a post
 * of one's own trust, or with `changeTrust` into another trust's. Who finds
 * no post leaves. Medical students are placed by their schools, not here.
 * One stream ('careers'); nothing runs or draws when careers are off.
 */
import type { Grade } from '../scenario/grades.ts';
import { carriersOf, carryIdeas } from './carry.ts';
import { shuffleInPlace } from '../random/stream.ts';
import type { RandomStream } from '../random/stream.ts';
import { movePeople, recordMoves } from './moves.ts';
import type { Move } from './moves.ts';
import { gradeIndex } from './vocabulary.ts';
import type { World } from './world.ts';

/** Training grades from the top: each goes on to the posts the one before it leaves (registrars to consultant posts). */
const LADDER = ['registrar', 'coreTrainee', 'fy2', 'fy1'] as const satisfies readonly Grade[];

export function isCareerChangeover(world: World): boolean {
  return world.scenario.trust.careers.enabled && world.week > 0 && world.week % 52 === 0;
}

export function progressCareers(world: World): void {
  if (!isCareerChangeover(world)) return;
  const { years, progress, changeTrust } = world.scenario.trust.careers;
  const { agents } = world;
  const random = world.draw('careers');
  // Each grade's slots by trust, in slot order.
  const byGrade = (grade: Grade) => {
    const g = gradeIndex(grade);
    return world.trustMembers.map((members) => members.filter((slot) => agents.grade[slot] === g));
  };
  const done = (slot: number, grade: keyof typeof years) => world.week - agents.gradeSince[slot] >= 52 * years[grade];

  const moves: Move[] = [];
  const leavers: number[] = [];
  let finished = 0;
  let progressed = 0;
  // The registrars' next posts: consultants who joined from outside since the last August.
  let vacancies = byGrade('consultant').map((slots) => slots.filter((slot) => agents.gradeSince[slot] > world.week - 52));
  for (const grade of LADDER) {
    const finishing = byGrade(grade).map((slots) => slots.filter((slot) => done(slot, grade)));
    const share = grade === 'registrar' || grade === 'fy1' ? 1 : progress[grade];
    const candidates: number[] = [];
    for (const slots of finishing)
      for (const slot of slots) {
        if (random.next() < share) candidates.push(slot);
        else leavers.push(slot);
      }
    const { taken, unplaced } = match(world, candidates, vacancies, changeTrust[grade], random);
    moves.push(...taken);
    leavers.push(...unplaced);
    if (grade === 'registrar') {
      // Each locum whose post a registrar took leaves; every registrar finishing has finished.
      leavers.push(...taken.map((m) => m.to));
      finished += finishing.reduce((sum, slots) => sum + slots.length, 0);
    } else {
      progressed += taken.length;
      finished += finishing.reduce((sum, slots) => sum + slots.length, 0) - taken.length;
    }
    vacancies = finishing;
  }
  const carriers = carriersOf(world, moves);
  recordMoves(world, moves);
  const starters = movePeople(world, { moves, leavers, why: 'career' });
  world.ledger.traineesFinished += finished;
  world.ledger.traineesProgressed += progressed;
  world.ledger.traineesStarted += starters.filter((slot) => agents.trainee[slot] === 1).length;
  carryIdeas(world, carriers);
}

/**
 * Candidates (in a random order) take vacancies: in their own trust, or with
 * `changeTrust` in another (any trust with one left, when their own has none).
 */
function match(world: World, candidates: number[], vacancies: number[][], changeTrust: number, random: RandomStream): { taken: Move[]; unplaced: number[] } {
  const { agents } = world;
  const open = vacancies.map((slots) => [...slots]);
  shuffleInPlace(candidates, random);
  const taken: Move[] = [];
  const later: number[] = [];
  for (const slot of candidates) {
    const own = open[agents.trust[slot]];
    const elsewhere = open.length > 1 && random.next() < changeTrust;
    const post = elsewhere ? undefined : own.pop();
    if (post === undefined) later.push(slot);
    else taken.push({ from: slot, to: post });
  }
  const unplaced: number[] = [];
  for (const slot of later) {
    const others = open.map((_, t) => t).filter((t) => t !== agents.trust[slot] && open[t].length > 0);
    const trust = others.length > 0 ? others[random.int(others.length)] : agents.trust[slot];
    const post = open[trust].pop();
    if (post === undefined) unplaced.push(slot);
    else taken.push({ from: slot, to: post });
  }
  return { taken, unplaced };
}

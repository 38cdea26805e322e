/**
 * Rotation between trusts
 * =======================
 *
 * At a changeover, a share of a grade's trainees (`trust.rotations.betweenTrusts`)
 * take a post of their grade in another trust of the region; the rest rotate
 * within their trust (src/model/rotation.ts). Movers are chosen before the
 * rotation within trusts (so what they lead is known) and moved after it. Each
 * trust sends a share of its trainees, rounded at random; they are laid out
 * trust by trust in a random order and each takes the post of the one `shift`
 * places on, `shift` the largest trust's count, so everyone lands in another
 * trust (a trust with more than half the movers sends only as many as the
 * others together). Its own stream; nothing drawn in a world of one trust or
 * with the shares at 0, so single-trust runs are unchanged.
 */
import { shuffleInPlace } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import { GRADE_INFO } from '../trust/grades.ts';
import { carriersOf, carryIdeas } from './carry.ts';
import type { Carrier } from './carry.ts';
import { movePeople, recordMoves } from './moves.ts';
import type { Move } from './moves.ts';
import { gradeIndex } from './vocabulary.ts';
import type { World } from './world.ts';

export interface BetweenTrusts {
  readonly moves: Move[];
  readonly carriers: Carrier[];
}

/** Who changes trust at this changeover (null when nobody does: then nothing was drawn, or nobody was chosen). */
export function chooseBetweenTrusts(world: World, grades: readonly Grade[]): BetweenTrusts | null {
  const shares = world.scenario.trust.rotations.betweenTrusts;
  const share = (grade: Grade) => {
    const rotation = GRADE_INFO[grade].rotation;
    return rotation === null ? 0 : shares[rotation];
  };
  const moving = grades.filter((grade) => share(grade) > 0);
  if (world.trusts.length < 2 || moving.length === 0) return null;
  const random = world.draw('rotation-between');
  const shuffle = (list: number[]) => shuffleInPlace(list, random);
  const { agents } = world;
  const moves: Move[] = [];
  for (const grade of moving) {
    const g = gradeIndex(grade);
    const chosen = world.trustMembers.map((members) => {
      const posts = shuffle(members.filter((slot) => agents.grade[slot] === g));
      const expected = share(grade) * posts.length;
      return posts.slice(0, Math.floor(expected) + (random.next() < expected - Math.floor(expected) ? 1 : 0));
    });
    const total = chosen.reduce((sum, list) => sum + list.length, 0);
    let largest = chosen.reduce((most, list) => Math.max(most, list.length), 0);
    if (2 * largest > total) {
      const big = chosen.findIndex((list) => list.length === largest);
      chosen[big] = chosen[big].slice(0, total - largest);
      largest = total - largest;
    }
    const order = shuffle(world.trusts.map((_, t) => t));
    const laid = order.flatMap((t) => chosen[t]);
    if (largest === 0) continue;
    laid.forEach((slot, k) => moves.push({ from: slot, to: laid[(k + largest) % laid.length] }));
  }
  return moves.length === 0 ? null : { moves, carriers: carriersOf(world, moves) };
}

/** The chosen trainees take their posts in other trusts; some propose their ideas again there. */
export function moveBetweenTrusts(world: World, chosen: BetweenTrusts | null): void {
  if (chosen === null) return;
  recordMoves(world, chosen.moves);
  movePeople(world, { moves: chosen.moves, leavers: [], why: 'rotation' });
  carryIdeas(world, chosen.carriers);
}

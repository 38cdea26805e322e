/**
 * Turnover
 * ========
 *
 * Staff leave at NHS leaver rates (annual r → weekly chance 1 − (1 − r)^(1/52))
 * and a new starter of the same grade takes the seat the same week, so
 * headcount holds. Doctors in training leave by rotating instead. Every seat
 * gets one draw a week whatever happens, so arms stay in step on this stream.
 */
import { GRADE_INFO } from '../trust/grades.ts';
import { drawClinician } from '../trust/traits.ts';
import { DRAW_BLOCK } from '../random/stream.ts';
import { GRADES } from '../scenario/grades.ts';
import { seat } from './agents.ts';
import { startAfresh } from './concerns.ts';
import { forgetSlot } from './grants.ts';
import { leaveInitiatives } from './leads.ts';
import type { Leaving } from './leads.ts';
import { resetSlot } from './starter-ties.ts';
import { gradeOf } from './vocabulary.ts';
import type { World } from './world.ts';

/** A block of the week's draws at a time: one loop fills it, and it stays in the cache. */
const block = new Float64Array(DRAW_BLOCK);

export function turnover(world: World): void {
  const draws = world.draw('turnover');
  const rates = world.scenario.trust.turnover;
  const weekly = Float64Array.from(GRADES, (grade) => {
    const group = GRADE_INFO[grade].turnover;
    return group === null ? 0 : 1 - Math.pow(1 - rates[group], 1 / 52);
  });
  const { grade, size } = world.agents;
  // Seat by seat in slot order, as one draw each would be: replacing someone draws from other streams.
  for (let first = 0; first < size; first += DRAW_BLOCK) {
    const count = Math.min(DRAW_BLOCK, size - first);
    draws.fill(block, count);
    for (let k = 0; k < count; k++) if (block[k] < weekly[grade[first + k]]) replace(world, first + k, 'turnover');
  }
}

/**
 * The person in `slot` leaves; a new starter takes the seat and its formal and
 * team ties (the leaver's informal and former ties and leadership standing go
 * with them). The starter's traits come from a stream named by the seat, so
 * they are the same in every arm.
 */
export function replace(world: World, slot: number, why: Leaving): void {
  const { agents } = world;
  leaveInitiatives(world, slot, why);
  forgetSlot(world.grants, slot);

  hire(world, slot, why);
  resetSlot(world.contacts, world.ties, world.rules, agents.department, slot, world.week);
  startAfresh(world, slot);
}

/** A new starter of the seat's grade takes the empty `slot` (traits from a stream named by the seat). */
export function hire(world: World, slot: number, why: string): void {
  const { agents } = world;
  const grade = gradeOf(agents, slot);
  const department = world.departments[agents.department[slot]];
  const key = `p${String(++world.hires).padStart(5, '0')}`;
  const label = `${GRADE_INFO[grade].label}, ${department} (new starter)`;
  const starter = drawClinician(grade, department, label, world.scenario.trust.engagement, world.model.parameters, world.draw('hiring', why, slot));
  seat(agents, slot, key, starter, agents.department[slot]);
  agents.gradeSince[slot] = world.week;
}

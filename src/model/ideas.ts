/**
 * Bottom-up ideas
 * ===============
 *
 * Anyone in a clinical department may propose an improvement to it, at the
 * scenario's rate per person per week (more often for exemplary followers).
 * The proposer then seeks sponsorship: claimed among peers if the rules let
 * them lead, escalated up the formal chain if not. A sponsored idea is
 * launched with the proposer as its lead; a refused one is dropped. Every
 * seat draws once a week, so arms stay in step on this stream.
 */
import { DRAW_BLOCK } from '../random/stream.ts';
import type { RandomStream } from '../random/stream.ts';
import { EXECUTIVE } from '../trust/build-trust.ts';
import { launch } from './launch.ts';
import type { Initiative } from './initiative.ts';
import { seekSponsorship } from './sponsorship.ts';
import type { Sponsorship } from './sponsorship.ts';
import { EXEMPLARY, gradeOf } from './vocabulary.ts';
import type { World } from './world.ts';

const block = new Float64Array(DRAW_BLOCK);

export function proposeIdeas(world: World): void {
  const { agents, departments } = world;
  const { rate, exemplaryMultiplier } = world.scenario.ideas;
  const proposals = world.draw('ideas');
  const sponsorship = world.draw('sponsorship');
  const executive = departments.indexOf(EXECUTIVE);
  const proposers: number[] = [];
  const { followership, department, size } = agents;
  const exemplaryChance = rate * exemplaryMultiplier;
  // A block of draws at a time, one per seat in slot order (one loop fills it, and it stays in the cache).
  for (let first = 0; first < size; first += DRAW_BLOCK) {
    const count = Math.min(DRAW_BLOCK, size - first);
    proposals.fill(block, count);
    for (let k = 0; k < count; k++) {
      const slot = first + k;
      if (block[k] < (followership[slot] === EXEMPLARY ? exemplaryChance : rate) && department[slot] !== executive) proposers.push(slot);
    }
  }
  for (const slot of proposers) proposeIdea(world, slot, sponsorship, `idea-w${world.week}-${agents.keys[slot]}`);
}

export interface Proposal {
  sponsorship: Sponsorship;
  initiative: Initiative;
}

/**
 * One person proposes an improvement to their department: counted, then
 * sponsored (claims drawn from `sponsorship`) and launched under `name`, or
 * dropped (null). The browser demo's "propose an idea" takes this path too, and
 * so does an idea `carried` from another trust (the same change, proposed again).
 */
export function proposeIdea(world: World, slot: number, sponsorship: RandomStream, name: string, carried?: Initiative): Proposal | null {
  const { agents } = world;
  world.ledger.ideasProposed++;
  const scope = agents.department[slot];
  const sponsored = seekSponsorship(world, slot, scope, sponsorship);
  if (sponsored === null) {
    world.ledger.ideasDropped++;
    return null;
  }
  const initiative = launch(world, {
    name,
    origin: 'idea',
    originGrade: gradeOf(agents, slot),
    scope,
    ...(carried === undefined ? drawIdea(world, slot) : { complexity: carried.complexity, advantage: carried.advantage, carriedFrom: carried.id }),
    sponsor: sponsored.sponsor,
    leads: [slot],
  });
  return { sponsorship: sponsored, initiative };
}

/** The idea itself is the proposer's, the same in every arm (assumption: uniform over a middling range). */
function drawIdea(world: World, slot: number): { complexity: number; advantage: number } {
  const idea = world.draw('idea', slot);
  const { complexity, advantage } = world.model.parameters.ideas;
  return {
    complexity: complexity.min + (complexity.max - complexity.min) * idea.next(),
    advantage: advantage.min + (advantage.max - advantage.min) * idea.next(),
  };
}

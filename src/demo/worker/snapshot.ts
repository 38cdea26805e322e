/**
 * What the page sees of a world
 * =============================
 *
 *   world at the start ─► TrustPicture (who sits in which seat, for drawing)
 *   world after a week ─► ArmSnapshot  (colour, size, hover card, leadership ties)
 *
 * The types are in ../shared/view.ts. The only module of the demo that reads
 * a World, and only through its public fields (agent arrays by slot,
 * initiatives' states, the grants) and exported functions, so the model's
 * internals can change under it. People are drawn by
 * slot (seat): a new starter takes the leaver's seat under a new key.
 * Everything is copied into plain typed arrays that can cross to the page.
 */
import { stateOf } from '../../model/initiative.ts';
import { ADOPTION_STATES, COMMITTED, COMPLIANT, RESISTING, UNAWARE, inScope } from '../../model/vocabulary.ts';
import { uptake } from '../../model/week.ts';
import type { World } from '../../model/world.ts';
import { OUT_OF_SCOPE } from '../shared/view.ts';
import type { ArmSnapshot, TrustPicture, View } from '../shared/view.ts';

export function trustPicture(world: World): TrustPicture {
  const { agents } = world;
  return {
    size: agents.size,
    departments: [...world.departments],
    grade: agents.grade.slice(),
    trainee: agents.trainee.slice(),
    department: agents.department.slice(),
    authority: agents.authority.slice(),
  };
}

export function armSnapshot(world: World, weeksDone: number, view: View): ArmSnapshot {
  const { agents } = world;
  return {
    weeksDone,
    state: viewStates(world, view),
    inDegree: world.grants.inDegree.slice(),
    engagement: Float32Array.from(agents.engagement),
    department: agents.department.slice(),
    followership: agents.followership.slice(),
    ties: leadershipTies(world),
    initiatives: world.initiatives.map((initiative) => ({
      name: initiative.name,
      origin: initiative.origin,
      scope: initiative.scope < 0 ? 'trust' : world.departments[initiative.scope],
      launchWeek: initiative.launchWeek,
      status: initiative.status,
      uptake: uptake(world, initiative),
    })),
  };
}

/** Buffers to transfer (not copy) when posting snapshots. */
export function snapshotBuffers(snapshot: ArmSnapshot): ArrayBuffer[] {
  const { state, inDegree, engagement, department, followership, ties } = snapshot;
  return [state.buffer, inDegree.buffer, engagement.buffer, department.buffer, followership.buffer, ties.buffer];
}

/** Stronger involvement wins when every change is shown: committed, then compliant, then resisting. */
const STRENGTH = new Uint8Array(ADOPTION_STATES.length);
STRENGTH[RESISTING] = 1;
STRENGTH[COMPLIANT] = 2;
STRENGTH[COMMITTED] = 3;

function viewStates(world: World, view: View): Uint8Array<ArrayBuffer> {
  const { size } = world.agents;
  const states = new Uint8Array(size);
  if (view.initiative === null) {
    for (const initiative of world.initiatives)
      for (let slot = 0; slot < size; slot++)
        if (STRENGTH[stateOf(initiative, slot)] > STRENGTH[states[slot]]) states[slot] = stateOf(initiative, slot);
    return states;
  }
  const initiative = world.initiatives.find((i) => i.name === view.initiative);
  for (let slot = 0; slot < size; slot++) {
    const within = initiative === undefined || inScope(world.agents, initiative.scope, slot);
    states[slot] = !within ? OUT_OF_SCOPE : initiative === undefined ? UNAWARE : stateOf(initiative, slot);
  }
  return states;
}

function leadershipTies(world: World): Int32Array<ArrayBuffer> {
  const ties: number[] = [];
  world.grants.granted.forEach((claimers, granter) => {
    for (const claimer of claimers) ties.push(granter, claimer);
  });
  return Int32Array.from(ties);
}

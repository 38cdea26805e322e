/**
 * A plain reference spread
 * ========================
 *
 * One initiative's week of spread (src/model/spread.ts), written to be
 * obviously right rather than fast: everyone in scope who has not committed is
 * weighed up from scratch every week, the row's total summed from its arcs,
 * with no `stale` flags, no `changedWeek` stamps, no `lastSpread` and no
 * running count of compliant people. It draws from the initiative's stream in
 * the same order as `spread` (one draw per chance, skipped where `spread`
 * short-circuits), so two worlds run side by side, one with each, must stay
 * identical (test/model/reference-spread.test.ts). The other processes it
 * triggers, claims (`claimProbability`, `seekSponsorship`), thresholds
 * (`thresholdOf`) and the state someone falls back to (`unadoptedState`), are
 * the model's own: they are not what the optimisation touches.
 */
import { atLeast } from '../../src/engine/models/threshold-kernel.ts';
import { colleagues } from '../../src/model/contacts.ts';
import { stateOf } from '../../src/model/initiative.ts';
import type { Initiative } from '../../src/model/initiative.ts';
import { thresholdOf, unadoptedState } from '../../src/model/launch.ts';
import { addLead } from '../../src/model/leads.ts';
import { claimProbability, seekSponsorship } from '../../src/model/sponsorship.ts';
import { COMMITTED, COMPLIANT, inScope, membersOf } from '../../src/model/vocabulary.ts';
import type { World } from '../../src/model/world.ts';
import { clip } from '../../src/trust/traits.ts';
import { FOLLOWERSHIP_TYPES } from '../../src/trust/types.ts';

const EXEMPLARY = FOLLOWERSHIP_TYPES.indexOf('exemplary');

export function referenceSpread(world: World, initiative: Initiative): void {
  const { random, scope } = initiative;
  const members = membersOf(world, scope);
  // The initiative's arrays cover its trust's slots (every slot for the region's): slot i is at i − base.
  const state = {
    get: (i: number) => stateOf(initiative, i),
    set: (i: number, value: number) => { initiative.state[i - initiative.base] = value; },
  };
  const { reversion, external: p } = world.model.parameters.spread;

  if (initiative.status !== 'active') {
    // Closed or abandoned: nobody adopts, and compliance without a mandate may lapse.
    for (const i of members) if (state.get(i) === COMPLIANT && random.next() < reversion) state.set(i, unadoptedState(world, initiative, i));
    return;
  }

  const sponsorSlot = initiative.sponsor === null ? undefined : world.agents.slotOf.get(initiative.sponsor);
  const mandating = sponsorSlot !== undefined && world.week < initiative.mandateUntil;
  const external = p * (1 + initiative.advantage);

  // Synchronous: everyone is weighed up against last week's states, then the changes are made.
  const committing: number[] = [];
  const complying: number[] = [];
  const reverting: number[] = [];
  for (const i of members) {
    if (state.get(i) === COMMITTED) continue;
    if (reaches(world, initiative, i)) committing.push(i);
    else if (state.get(i) === COMPLIANT) {
      if (!mandating && random.next() < reversion) reverting.push(i);
    } else if (external > 0 && random.next() < external) committing.push(i);
    // A chief executive's mandate reaches the trusts that launched the change.
    else if (mandating && (initiative.mandatedTrusts === null || initiative.mandatedTrusts[world.agents.trust[i]] === 1) && random.next() < world.rules.mandate(sponsorSlot, i) * world.model.mandateResponse[world.agents.followership[i]]) complying.push(i);
  }

  for (const i of committing) {
    state.set(i, COMMITTED);
    if (world.agents.followership[i] === EXEMPLARY && random.next() < world.rules.voice(i)) negotiate(world, initiative, i);
    if (random.next() < claimProbability(world, i) && seekSponsorship(world, i, scope, random) !== null) addLead(world, initiative, i);
  }
  for (const i of complying) {
    state.set(i, COMPLIANT);
    if (random.next() < world.rules.voice(i)) negotiate(world, initiative, i);
    else changeEngagement(world, i, world.model.parameters.engagement.imposed);
  }
  for (const i of reverting) state.set(i, unadoptedState(world, initiative, i));
}

/** The influence-weighted share of i's colleagues in scope who adopted (compliant ones weighing less) reaches i's threshold. */
function reaches(world: World, initiative: Initiative, i: number): boolean {
  const { offsets, neighbours, influence } = world.contacts;
  const { compliantInfluence } = world.model.parameters.spread;
  let adopted = 0;
  let total = 0;
  for (let e = offsets[i]; e < offsets[i + 1]; e++) {
    const j = neighbours[e];
    if (!inScope(world.agents, initiative.scope, j)) continue;
    total += influence[e];
    if (stateOf(initiative, j) === COMMITTED) adopted += influence[e];
    else if (stateOf(initiative, j) === COMPLIANT) adopted += compliantInfluence * influence[e];
  }
  return total > 0 && adopted >= atLeast(thresholdOf(world, initiative, i) * total);
}

/** i adapts the change: each colleague in scope hears it once more, and i's engagement rises. */
function negotiate(world: World, initiative: Initiative, i: number): void {
  for (const j of colleagues(world.contacts, i))
    if (inScope(world.agents, initiative.scope, j)) initiative.negotiated.set(j, (initiative.negotiated.get(j) ?? 0) + 1);
  changeEngagement(world, i, world.model.parameters.engagement.voice);
}

function changeEngagement(world: World, i: number, change: number): void {
  world.agents.engagement[i] = clip(world.agents.engagement[i] + change, 0, 10);
}

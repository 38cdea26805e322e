/**
 * Launching an initiative
 * =======================
 *
 * Marks its leads as committed and alienated followers in scope as
 * resisting. Each person's threshold for the change is their own φ scaled by
 * its complexity and by their followership response, lowered by every
 * negotiation they hear (`thresholdOf`).
 */
import type { Grade } from '../scenario/grades.ts';
import { clip } from '../trust/traits.ts';
import { holdOutside } from './agents.ts';
import { markStale, staleBytes } from './initiative.ts';
import type { Initiative } from './initiative.ts';
import { ALIENATED, COMMITTED, COMPLIANT, RESISTING, UNAWARE, inScope, membersOf } from './vocabulary.ts';
import { scopeSlots, trustsOf } from './world.ts';
import type { World } from './world.ts';

export interface Launch {
  name: string;
  origin: Initiative['origin'];
  originGrade: Grade;
  scope: number;
  complexity: number;
  advantage: number;
  sponsor: number;
  leads: number[];
  /** The id of the initiative this idea was carried from (by someone who changed trust). */
  carriedFrom?: number;
  /** For a regional change launched in some trusts only: those trusts (the mandate reaches no others). */
  mandatedTrusts?: readonly number[];
}

export function launch(world: World, spec: Launch): Initiative {
  const { agents } = world;
  const { first: base, size: n } = scopeSlots(world, spec.scope);
  // Both per-person arrays side by side, carved from a shared slab (docs/engine.md, hot paths).
  const { buffer, offset } = carve(n + staleBytes(n));
  const initiative: Initiative = {
    id: world.initiatives.length,
    name: spec.name,
    origin: spec.origin,
    originGrade: spec.originGrade,
    scope: spec.scope,
    complexity: spec.complexity,
    advantage: spec.advantage,
    launchWeek: world.week,
    carriedFrom: spec.carriedFrom ?? null,
    sponsor: agents.keys[spec.sponsor],
    mandateUntil: world.week + world.model.parameters.spread.mandateWeeks,
    mandatedTrusts: spec.mandatedTrusts === undefined ? null : trustMask(world.trusts.length, spec.mandatedTrusts),
    leads: new Set(spec.leads.map((slot) => agents.keys[slot])),
    base,
    state: new Uint8Array(buffer, offset, n),
    stale: new Uint8Array(buffer, offset + n, staleBytes(n)),
    negotiated: new Map(),
    lastSpread: -1,
    compliant: 0,
    status: 'active',
    random: world.draw('spread', spec.name),
    reached50: null,
    reached90: null,
  };
  // The first spread weighs everyone up, so nobody needs marking stale.
  for (const slot of membersOf(world, spec.scope)) initiative.state[slot - base] = unadoptedState(world, initiative, slot);
  for (const slot of spec.leads) {
    initiative.state[slot - base] = COMMITTED;
    // A lead from outside a department's change holds a state outside their department (src/model/concerns.ts).
    if (spec.scope >= 0 && agents.department[slot] !== spec.scope) holdOutside(agents, slot, spec.scope);
  }
  agents.hasLed[spec.sponsor] = 1;
  for (const slot of spec.leads) agents.hasLed[slot] = 1;
  world.initiatives.push(initiative);
  for (const trust of trustsOf(world, spec.scope)) world.initiativesByTrust[trust].push(initiative);
  world.ledger.launched++;
  world.ledger.launchedByGrade[spec.originGrade] = (world.ledger.launchedByGrade[spec.originGrade] ?? 0) + 1;
  return initiative;
}

function trustMask(trusts: number, chosen: readonly number[]): Uint8Array {
  const mask = new Uint8Array(trusts);
  for (const t of chosen) mask[t] = 1;
  return mask;
}

/**
 * Where someone stands on a change they have not adopted (Kelley 1988; the
 * triad of the seed article): an alienated follower in its scope resists,
 * anyone else is unaware. At launch, for a new starter, and when compliance lapses.
 */
export function unadoptedState(world: World, initiative: Initiative, slot: number): number {
  const { agents } = world;
  return agents.followership[slot] === ALIENATED && inScope(agents, initiative.scope, slot) ? RESISTING : UNAWARE;
}

/** A new starter in `slot` starts afresh on a change: not adopted, and nobody has yet negotiated with them. */
export function resetNewStarter(world: World, initiative: Initiative, slot: number): void {
  const { state, base } = initiative;
  // Another trust's seat: outside this initiative's arrays and its scope.
  if (slot < base || slot >= base + state.length) return;
  // Outside a department's scope and never involved: nothing to undo. (Being weighed up again
  // matters only in scope, and joining the department re-marks everyone: a rebuild of the contacts.)
  if (initiative.scope >= 0 && state[slot - base] === UNAWARE && world.agents.department[slot] !== initiative.scope && !initiative.negotiated.has(slot)) return;
  if (state[slot - base] === COMPLIANT) initiative.compliant--;
  state[slot - base] = unadoptedState(world, initiative, slot);
  if (initiative.negotiated.size > 0) initiative.negotiated.delete(slot);
  markStale(initiative, slot);
}

/**
 * i's threshold φ for this change: those who follow the majority take a fixed
 * one; the others scale their own by the change's complexity and their style.
 * Each negotiation i heard lowers it (multiplied in turn, as it happened).
 */
export function thresholdOf(world: World, initiative: Initiative, i: number): number {
  const { model } = world;
  const style = world.agents.followership[i];
  const majority = model.majority[style];
  const { simple, complex } = model.parameters.spread.complexity;
  const scale = simple + (complex - simple) * initiative.complexity;
  let threshold = Number.isNaN(majority) ? clip(world.agents.threshold[i] * scale * model.thresholdScale[style], 0, 1) : majority;
  for (let k = initiative.negotiated.get(i) ?? 0; k > 0; k--) threshold *= model.parameters.spread.negotiation;
  return threshold;
}

/**
 * Initiatives' arrays come from 4 MiB slabs: nationally some 1,400 are launched a week, each with a
 * state byte and a stale bit for every slot of its trust, and one allocation each is slow and, since
 * most of an array is never written, maps memory that a slab's untouched pages never do. Bytes are never reused, so a
 * carved array starts zeroed like a new one; a slab lives as long as any array carved from it.
 */
const SLAB_BYTES = 1 << 22;
let slab = new ArrayBuffer(0);
let slabUsed = 0;

function carve(bytes: number): { buffer: ArrayBuffer; offset: number } {
  if (slabUsed + bytes > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += bytes;
  return { buffer: slab, offset };
}

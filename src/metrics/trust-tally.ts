/**
 * Counts by trust, once a week
 * ============================
 *
 * What the per-trust metrics divide: staff, trainees, engagement, granted
 * claims and leadership in-degree by trust (one pass over the slots), adopters
 * of each scheduled initiative by trust (one pass over each one's scope, as
 * `uptake` makes), and ideas by the trust they were launched in (one pass over
 * the initiatives). Index `trusts` of each array is the region as a whole.
 * The arrays are made once per run and refilled each week: linear in staff,
 * no allocation in the weeks (docs/engine.md, hot paths).
 */
import type { Initiative } from '../model/initiative.ts';
import { COMMITTED, COMPLIANT, membersOf } from '../model/vocabulary.ts';
import type { World } from '../model/world.ts';

/** A count by trust, with the region's at index `trusts`. */
export type ByTrust = Float64Array;

export interface TrustTally {
  readonly trusts: number;
  readonly staff: ByTrust;
  readonly trainees: ByTrust;
  readonly engagementTrainees: ByTrust;
  readonly engagementOthers: ByTrust;
  readonly traineesDisengaged: ByTrust;
  readonly traineesGranted: ByTrust;
  readonly inDegree: ByTrust;
  readonly inDegreeTrainees: ByTrust;
  /** Ideas launched, succeeded (reached half their scope) and abandoned so far, by the trust they were launched in. */
  readonly ideasLaunched: ByTrust;
  readonly ideasSucceeded: ByTrust;
  readonly ideasAbandoned: ByTrust;
  /** The scenario's scheduled initiatives by name, in scenario order. */
  readonly scheduled: readonly string[];
  /** Launched initiatives of each scheduled name (one, unless a scenario launches a name in several trusts). */
  readonly launched: readonly Initiative[][];
  /** By scheduled name k: people in its scope, adopting (compliant or committed) and committed, by trust. */
  readonly inScope: readonly ByTrust[];
  readonly adopted: readonly ByTrust[];
  readonly committed: readonly ByTrust[];
}

interface Cursor {
  tally: TrustTally;
  /** The tally's per-person counts, refilled together. */
  staffCounts: readonly ByTrust[];
  /** Initiatives already looked at for scheduled launches. */
  seen: number;
}

const ADOPTED = (1 << COMPLIANT) | (1 << COMMITTED);
const ONLY_COMMITTED = 1 << COMMITTED;

export function createTrustTally(world: World): TrustTally {
  const n = world.trusts.length + 1;
  const scheduled = world.scenario.initiatives.map((i) => i.name);
  const each = () => scheduled.map(() => new Float64Array(n));
  return {
    trusts: world.trusts.length,
    staff: new Float64Array(n),
    trainees: new Float64Array(n),
    engagementTrainees: new Float64Array(n),
    engagementOthers: new Float64Array(n),
    traineesDisengaged: new Float64Array(n),
    traineesGranted: new Float64Array(n),
    inDegree: new Float64Array(n),
    inDegreeTrainees: new Float64Array(n),
    ideasLaunched: new Float64Array(n),
    ideasSucceeded: new Float64Array(n),
    ideasAbandoned: new Float64Array(n),
    scheduled,
    launched: scheduled.map(() => []),
    inScope: each(),
    adopted: each(),
    committed: each(),
  };
}

/** Refills the tally from the world as it is now. */
export function fillTrustTally(world: World, cursor: Cursor): void {
  const { tally } = cursor;
  countStaff(world, tally, cursor.staffCounts);
  matchScheduled(world, cursor);
  for (let k = 0; k < tally.scheduled.length; k++) countAdopters(world, tally, k);
  countIdeas(world, tally);
}

export function trustCursor(world: World): Cursor {
  const tally = createTrustTally(world);
  const { staff, trainees, engagementTrainees, engagementOthers, traineesDisengaged, traineesGranted, inDegree, inDegreeTrainees } = tally;
  return { tally, staffCounts: [staff, trainees, engagementTrainees, engagementOthers, traineesDisengaged, traineesGranted, inDegree, inDegreeTrainees], seen: 0 };
}

/** The trust an initiative's arrays cover, or -1 when they cover every trust of several (a region-wide one). */
export function trustOfInitiative(world: World, initiative: Initiative): number {
  if (initiative.state.length === world.agents.size && world.trusts.length > 1) return -1;
  return world.agents.trust[initiative.base];
}

function countStaff(world: World, tally: TrustTally, counts: readonly ByTrust[]): void {
  const { agents } = world;
  const { trust, trainee, engagement, grantedClaims } = agents;
  const { inDegree } = world.grants;
  const { disengagedBelow } = world.model.parameters.engagement;
  const { staff, trainees, engagementTrainees, engagementOthers, traineesDisengaged, traineesGranted } = tally;
  const degrees = tally.inDegree;
  const traineeDegrees = tally.inDegreeTrainees;
  for (const array of counts) array.fill(0);
  for (let slot = 0; slot < agents.size; slot++) {
    const t = trust[slot];
    staff[t]++;
    degrees[t] += inDegree[slot];
    if (trainee[slot] === 1) {
      trainees[t]++;
      engagementTrainees[t] += engagement[slot];
      if (engagement[slot] < disengagedBelow) traineesDisengaged[t]++;
      if (grantedClaims[slot] > 0) traineesGranted[t]++;
      traineeDegrees[t] += inDegree[slot];
    } else engagementOthers[t] += engagement[slot];
  }
  for (const array of counts) regionTotal(array, tally.trusts);
}

/** New scheduled launches since last week, matched to the scenario's names. */
function matchScheduled(world: World, cursor: Cursor): void {
  const { initiatives } = world;
  const { scheduled, launched } = cursor.tally;
  for (; cursor.seen < initiatives.length; cursor.seen++) {
    const initiative = initiatives[cursor.seen];
    if (initiative.origin !== 'scheduled') continue;
    const k = scheduled.indexOf(initiative.name);
    if (k >= 0) launched[k].push(initiative);
  }
}

/** As `uptake` counts (the scope's members now), split by the trust of each member. */
function countAdopters(world: World, tally: TrustTally, k: number): void {
  const inScope = tally.inScope[k];
  const adopted = tally.adopted[k];
  const committed = tally.committed[k];
  inScope.fill(0);
  adopted.fill(0);
  committed.fill(0);
  const { trust } = world.agents;
  for (const initiative of tally.launched[k]) {
    const members = membersOf(world, initiative.scope);
    const { state, base } = initiative;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- an iterator allocates in unoptimised code (docs/engine.md, hot paths)
    for (let m = 0; m < members.length; m++) {
      const slot = members[m];
      const t = trust[slot];
      const s = state[slot - base];
      inScope[t]++;
      adopted[t] += (ADOPTED >> s) & 1;
      committed[t] += (ONLY_COMMITTED >> s) & 1;
    }
  }
  regionTotal(inScope, tally.trusts);
  regionTotal(adopted, tally.trusts);
  regionTotal(committed, tally.trusts);
}

/** Ideas by the trust they were launched in; one covering every trust counts in each, and once for the region. */
function countIdeas(world: World, tally: TrustTally): void {
  const { ideasLaunched, ideasSucceeded, ideasAbandoned, trusts } = tally;
  ideasLaunched.fill(0);
  ideasSucceeded.fill(0);
  ideasAbandoned.fill(0);
  const { initiatives } = world;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- an iterator allocates in unoptimised code (docs/engine.md, hot paths)
  for (let i = 0; i < initiatives.length; i++) {
    const initiative = initiatives[i];
    if (initiative.origin !== 'idea') continue;
    const t = trustOfInitiative(world, initiative);
    const succeeded = initiative.reached50 === null ? 0 : 1;
    const abandoned = initiative.status === 'abandoned' ? 1 : 0;
    for (let u = t < 0 ? 0 : t; u <= (t < 0 ? trusts - 1 : t); u++) {
      ideasLaunched[u]++;
      ideasSucceeded[u] += succeeded;
      ideasAbandoned[u] += abandoned;
    }
    ideasLaunched[trusts]++;
    ideasSucceeded[trusts] += succeeded;
    ideasAbandoned[trusts] += abandoned;
  }
}

function regionTotal(array: ByTrust, trusts: number): void {
  let sum = 0;
  for (let t = 0; t < trusts; t++) sum += array[t];
  array[trusts] = sum;
}

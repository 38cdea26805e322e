/**
 * The leadership network, as the run keeps it
 * ===========================================
 *
 * Who has granted whose claims, by slot, both ways round, with how many times,
 * in-degrees and the number of ties kept up to date so the weekly measures read
 * them without a pass over a graph. `syncGraph` writes them to the graph's
 * leadership layer (granter → claimer, weight = grants). Most people never
 * grant or receive a grant: they share one empty map and set until their
 * first (at national scale, millions of empty collections cost a build
 * seconds of garbage collection).
 */
export interface Grants {
  /** For each slot, the distinct granters of its claims and how many of its claims each granted. */
  readonly grantedBy: ReadonlyMap<number, number>[];
  /** Distinct claimers each slot has granted. */
  readonly granted: ReadonlySet<number>[];
  readonly inDegree: Int32Array;
  /** How many granter → claimer ties there are (distinct pairs, however many grants each). */
  tieCount: number;
  /** Counts every change of someone's granters; `grantersChanged[i]` is its value at slot i's last (a reader tells what moved since it last looked). */
  changes: number;
  readonly grantersChanged: Int32Array;
}

const NO_GRANTERS: ReadonlyMap<number, number> = new Map();
const NO_CLAIMERS: ReadonlySet<number> = new Set();

export function createGrants(size: number): Grants {
  return {
    grantedBy: new Array<ReadonlyMap<number, number>>(size).fill(NO_GRANTERS),
    granted: new Array<ReadonlySet<number>>(size).fill(NO_CLAIMERS),
    inDegree: new Int32Array(size),
    tieCount: 0,
    changes: 0,
    grantersChanged: new Int32Array(size),
  };
}

// Every entry but the shared empty ones was made here, as a Map or a Set.
const ownGranters = (held: ReadonlyMap<number, number>): held is Map<number, number> => held !== NO_GRANTERS;
const ownClaimers = (held: ReadonlySet<number>): held is Set<number> => held !== NO_CLAIMERS;

/** Slot i's own map of granters, made at its first grant. */
function grantersOf(grants: Grants, i: number): Map<number, number> {
  const held = grants.grantedBy[i];
  if (ownGranters(held)) return held;
  const own = new Map<number, number>();
  grants.grantedBy[i] = own;
  return own;
}

/** Slot i's own set of claimers, made at its first grant. */
function claimersOf(grants: Grants, i: number): Set<number> {
  const held = grants.granted[i];
  if (ownClaimers(held)) return held;
  const own = new Set<number>();
  grants.granted[i] = own;
  return own;
}

export function recordGrant(grants: Grants, granter: number, claimer: number, times = 1): void {
  const granters = grantersOf(grants, claimer);
  const before = granters.get(granter);
  granters.set(granter, (before ?? 0) + times);
  if (before !== undefined) return;
  grants.grantersChanged[claimer] = ++grants.changes;
  claimersOf(grants, granter).add(claimer);
  grants.inDegree[claimer]++;
  grants.tieCount++;
}

/** The person in `slot` has left: their ties, given and received, go with them. */
export function forgetSlot(grants: Grants, slot: number): void {
  const change = ++grants.changes;
  for (const claimer of grants.granted[slot]) {
    grantersOf(grants, claimer).delete(slot);
    grants.inDegree[claimer]--;
    grants.grantersChanged[claimer] = change;
  }
  grants.grantersChanged[slot] = change;
  for (const granter of grants.grantedBy[slot].keys()) claimersOf(grants, granter).delete(slot);
  grants.tieCount -= grants.granted[slot].size + grants.grantedBy[slot].size;
  grants.granted[slot] = NO_CLAIMERS;
  grants.grantedBy[slot] = NO_GRANTERS;
  grants.inDegree[slot] = 0;
}

/**
 * People move slot (`movePeople`): `dest[slot]` is where the person in `slot` goes, -1 for
 * those who stay. Their grants, given and received, go with them, and every map that
 * names them is relabelled. Leavers must be forgotten first (`forgetSlot`). Vacated slots
 * end up with no grants. Touches only the movers and their partners.
 */
export function moveGrants(grants: Grants, dest: Int32Array, movers: readonly number[]): void {
  const to = (slot: number) => (dest[slot] >= 0 ? dest[slot] : slot);
  const by = movers.map((slot) => grants.grantedBy[slot]);
  const gave = movers.map((slot) => grants.granted[slot]);
  const inDegree = movers.map((slot) => grants.inDegree[slot]);
  // Partners who stay: their own maps name movers, so are rebuilt once each.
  const partners = new Set<number>();
  movers.forEach((_, k) => {
    for (const granter of by[k].keys()) if (dest[granter] < 0) partners.add(granter);
    for (const claimer of gave[k]) if (dest[claimer] < 0) partners.add(claimer);
  });
  const change = ++grants.changes;
  for (const partner of partners) {
    grants.grantersChanged[partner] = change;
    const held = grants.grantedBy[partner];
    if (ownGranters(held)) grants.grantedBy[partner] = new Map(Array.from(held, ([granter, times]) => [to(granter), times]));
    const given = grants.granted[partner];
    if (ownClaimers(given)) grants.granted[partner] = new Set(Array.from(given, to));
  }
  for (const slot of movers) {
    grants.grantersChanged[slot] = change;
    grants.grantedBy[slot] = NO_GRANTERS;
    grants.granted[slot] = NO_CLAIMERS;
    grants.inDegree[slot] = 0;
  }
  movers.forEach((slot, k) => {
    const target = dest[slot];
    grants.grantersChanged[target] = change;
    grants.grantedBy[target] = by[k].size === 0 ? NO_GRANTERS : new Map(Array.from(by[k], ([granter, times]) => [to(granter), times]));
    grants.granted[target] = gave[k].size === 0 ? NO_CLAIMERS : new Set(Array.from(gave[k], to));
    grants.inDegree[target] = inDegree[k];
  });
}

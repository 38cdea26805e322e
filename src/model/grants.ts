/**
 * The leadership network, as the run keeps it
 * ===========================================
 *
 * Who has granted whose claims, by slot, both ways round, with how many times,
 * in-degrees and the number of ties kept up to date so the weekly measures read
 * them without a pass over a graph. `syncGraph` writes them to the graph's
 * leadership layer (granter → claimer, weight = grants).
 */
export interface Grants {
  /** For each slot, the distinct granters of its claims and how many of its claims each granted. */
  readonly grantedBy: Map<number, number>[];
  /** Distinct claimers each slot has granted. */
  readonly granted: Set<number>[];
  readonly inDegree: Int32Array;
  /** How many granter → claimer ties there are (distinct pairs, however many grants each). */
  tieCount: number;
}

export function createGrants(size: number): Grants {
  return {
    grantedBy: Array.from({ length: size }, () => new Map<number, number>()),
    granted: Array.from({ length: size }, () => new Set<number>()),
    inDegree: new Int32Array(size),
    tieCount: 0,
  };
}

export function recordGrant(grants: Grants, granter: number, claimer: number, times = 1): void {
  const before = grants.grantedBy[claimer].get(granter);
  grants.grantedBy[claimer].set(granter, (before ?? 0) + times);
  if (before !== undefined) return;
  grants.granted[granter].add(claimer);
  grants.inDegree[claimer]++;
  grants.tieCount++;
}

/** The person in `slot` has left: their ties, given and received, go with them. */
export function forgetSlot(grants: Grants, slot: number): void {
  for (const claimer of grants.granted[slot]) {
    grants.grantedBy[claimer].delete(slot);
    grants.inDegree[claimer]--;
  }
  for (const granter of grants.grantedBy[slot].keys()) grants.granted[granter].delete(slot);
  grants.tieCount -= grants.granted[slot].size + grants.grantedBy[slot].size;
  grants.granted[slot].clear();
  grants.grantedBy[slot].clear();
  grants.inDegree[slot] = 0;
}

/**
 * The leadership network, as the run keeps it
 * ===========================================
 *
 * Who has granted whose claims, by slot, with in-degrees and the tie count
 * kept up to date so the weekly measures read them without a pass over the
 * graph. The graph's leadership layer holds the same ties for analysis.
 */
export interface Grants {
  /** Distinct granters of each slot's claims. */
  readonly grantedBy: Set<number>[];
  readonly inDegree: Int32Array;
  ties: number;
}

export function createGrants(size: number): Grants {
  return { grantedBy: Array.from({ length: size }, () => new Set<number>()), inDegree: new Int32Array(size), ties: 0 };
}

export function recordGrant(grants: Grants, granter: number, claimer: number): void {
  if (grants.grantedBy[claimer].has(granter)) return;
  grants.grantedBy[claimer].add(granter);
  grants.inDegree[claimer]++;
  grants.ties++;
}

/** The person in `slot` has left: their ties, given and received, go with them. */
export function forgetSlot(grants: Grants, slot: number): void {
  grants.grantedBy.forEach((granters, claimer) => {
    if (!granters.delete(slot)) return;
    grants.inDegree[claimer]--;
    grants.ties--;
  });
  grants.ties -= grants.grantedBy[slot].size;
  grants.grantedBy[slot].clear();
  grants.inDegree[slot] = 0;
}

/**
 * The leadership network, as the run keeps it
 * ===========================================
 *
 * Who has granted whose claims, by slot, both ways round, with in-degrees and
 * the tie count kept up to date so the weekly measures read them without a
 * pass over the graph. The graph's leadership layer holds the same ties for
 * analysis.
 */
export interface Grants {
  /** Distinct granters of each slot's claims. */
  readonly grantedBy: Set<number>[];
  /** Distinct claimers each slot has granted. */
  readonly granted: Set<number>[];
  readonly inDegree: Int32Array;
  ties: number;
}

export function createGrants(size: number): Grants {
  const sets = () => Array.from({ length: size }, () => new Set<number>());
  return { grantedBy: sets(), granted: sets(), inDegree: new Int32Array(size), ties: 0 };
}

export function recordGrant(grants: Grants, granter: number, claimer: number): void {
  if (grants.grantedBy[claimer].has(granter)) return;
  grants.grantedBy[claimer].add(granter);
  grants.granted[granter].add(claimer);
  grants.inDegree[claimer]++;
  grants.ties++;
}

/** The person in `slot` has left: their ties, given and received, go with them. */
export function forgetSlot(grants: Grants, slot: number): void {
  for (const claimer of grants.granted[slot]) {
    grants.grantedBy[claimer].delete(slot);
    grants.inDegree[claimer]--;
  }
  for (const granter of grants.grantedBy[slot]) grants.granted[granter].delete(slot);
  grants.ties -= grants.granted[slot].size + grants.grantedBy[slot].size;
  grants.granted[slot].clear();
  grants.grantedBy[slot].clear();
  grants.inDegree[slot] = 0;
}

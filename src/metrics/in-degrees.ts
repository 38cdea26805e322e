/**
 * The leadership in-degrees' distribution, kept from week to week
 * ================================================================
 *
 * The Gini coefficient and the centralization of the leadership in-degrees read
 * only how many people have each in-degree. That is kept by world and moved only
 * for the slots whose granters changed since it was last read (the grants'
 * stamp, grants.ts), so a week costs one pass over the stamps, not three over the
 * in-degrees, and the second measure of a week none. Same numbers as `gini` and
 * `inDegreeCentralization` of the in-degrees (leadership-network.ts).
 */
import type { Grants } from '../model/grants.ts';
import { gini, giniOfCounts, inDegreeCentralization } from './leadership-network.ts';

interface Distribution {
  /** `grants.changes` when last brought up to date. */
  changes: number;
  /** Each slot's in-degree then. */
  readonly seen: Int32Array;
  /** How many slots have each in-degree. */
  readonly counts: number[];
}
const distributions = new WeakMap<Grants, Distribution>();

function add(counts: number[], value: number): void {
  while (counts.length <= value) counts.push(0);
  counts[value]++;
}

/** How many slots have each in-degree now; null if one is negative (the plain measures refuse it). */
function distribution(grants: Grants): Distribution | null {
  const { inDegree, grantersChanged } = grants;
  const last = distributions.get(grants);
  // (Stamps past 2^31 would wrap in the Int32Array: then counted afresh, every time.)
  if (last === undefined || grants.changes > 0x7fffffff) {
    const counts: number[] = [];
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- a pass over every slot: an indexed loop allocates no iterator (docs/engine.md)
    for (let slot = 0; slot < inDegree.length; slot++) {
      if (inDegree[slot] < 0) return null;
      add(counts, inDegree[slot]);
    }
    const fresh = { changes: grants.changes, seen: inDegree.slice(), counts };
    distributions.set(grants, fresh);
    return fresh;
  }
  if (last.changes === grants.changes) return last;
  const { seen, counts, changes } = last;
  for (let slot = 0; slot < inDegree.length; slot++) {
    if (grantersChanged[slot] <= changes) continue;
    const now = inDegree[slot];
    if (now === seen[slot]) continue;
    if (now < 0) {
      distributions.delete(grants);
      return null;
    }
    counts[seen[slot]]--;
    add(counts, now);
    seen[slot] = now;
  }
  while (counts.length > 1 && counts[counts.length - 1] === 0) counts.pop();
  last.changes = grants.changes;
  return last;
}

/** `gini(grants.inDegree)`. */
export function leadershipGini(grants: Grants): number | null {
  const known = distribution(grants);
  return known === null ? gini(grants.inDegree) : giniOfCounts(known.counts, grants.inDegree.length);
}

/** `inDegreeCentralization(grants.inDegree)`: Σ (d_max − d_i) is N · d_max − Σ d_i, whole numbers, the same while exact in a double. */
export function leadershipCentralization(grants: Grants): number | null {
  const n = grants.inDegree.length;
  const known = distribution(grants);
  if (known === null || n < 2) return inDegreeCentralization(grants.inDegree);
  const { counts } = known;
  let max = 0;
  let all = 0;
  for (let value = 1; value < counts.length; value++)
    if (counts[value] > 0) {
      max = value;
      all += value * counts[value];
    }
  if (n * max > Number.MAX_SAFE_INTEGER) return inDegreeCentralization(grants.inDegree);
  return (n * max - all) / ((n - 1) * (n - 1));
}

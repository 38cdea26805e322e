/**
 * Leadership-network measures
 * ===========================
 *
 * Shared leadership read as a network of who relies on whom for leadership
 * (binary directed ties, granter → claimer). Pure functions of counts and
 * in-degrees, computed weekly from the run's typed arrays; density comes from
 * graphology-metrics, which has no centralization or Gini.
 */
import { directedDensity } from 'graphology-metrics/graph/density.js';

/** Carson, Tesluk & Marrone (2007): ties present over ties possible, N(N − 1). */
export function leadershipDensity(ties: number, n: number): number | null {
  return n < 2 ? null : directedDensity(n, ties);
}

/**
 * Freeman in-degree centralization for binary directed ties (as in Mayo,
 * Meindl & Pastor 2003): Σ (d_max − d_i) / (N − 1)². 1 when one person is
 * everyone's leader, 0 when leadership is spread evenly.
 */
export function inDegreeCentralization(inDegrees: ArrayLike<number>): number | null {
  const n = inDegrees.length;
  if (n < 2) return null;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, inDegrees[i]);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - inDegrees[i];
  return sum / ((n - 1) * (n - 1));
}

/** Gini coefficient of non-negative values; null when all are zero (no leadership to share). */
export function gini(values: ArrayLike<number>): number | null {
  const n = values.length;
  let total = 0;
  let weighted = 0;
  // Σ (rank · value) over the values in ascending order.
  const add = (value: number, rank: number) => {
    total += value;
    weighted += rank * value;
  };
  if (values instanceof Int32Array) forEachAscendingCount(values, add);
  else
    Float64Array.from(values)
      .sort()
      .forEach((value, i) => {
        add(value, i + 1);
      });
  if (total === 0) return null;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Non-negative integers (in-degrees) in ascending order with their 1-based ranks, by counting them rather than sorting. */
function forEachAscendingCount(values: Int32Array, visit: (value: number, rank: number) => void): void {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < 0) throw new RangeError(`gini: values must be non-negative; found ${values[i]} at ${i}`);
    max = Math.max(max, values[i]);
  }
  const counts = new Uint32Array(max + 1);
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- measured every week: an indexed loop allocates no iterator (docs/engine.md)
  for (let i = 0; i < values.length; i++) counts[values[i]]++;
  let rank = 1;
  for (let value = 0; value <= max; value++) for (let c = counts[value]; c > 0; c--) visit(value, rank++);
}

/** Share of all leadership in-degree held by trainees: Σ_trainees d_i / Σ_i d_i. */
export function traineeLeadershipShare(inDegrees: ArrayLike<number>, trainee: ArrayLike<number>): number | null {
  let all = 0;
  let trainees = 0;
  for (let i = 0; i < inDegrees.length; i++) {
    all += inDegrees[i];
    if (trainee[i]) trainees += inDegrees[i];
  }
  return all === 0 ? null : trainees / all;
}

/**
 * Shared leadership at the scale the literature measures it: teams of 4–20
 * (Carson et al. 2007; Mayo et al. 2003), not a sparse trust of hundreds, where
 * density is near 0 and Freeman centralization near 0 whatever the regime.
 * For each department, the leadership ties among its current members (both
 * ends in it) give a density and an in-degree centralization; the measure is
 * the mean over departments of two or more people.
 */
export function departmentLeadership(
  grantedBy: readonly ReadonlyMap<number, number>[],
  department: ArrayLike<number>,
  departments: readonly (readonly number[])[],
): { density: number | null; centralization: number | null } {
  let density = 0;
  let centralization = 0;
  let counted = 0;
  // One buffer for every department's in-degrees, and no iterator for the many never granted: measured every week (docs/engine.md, hot paths).
  const inDegrees = new Int32Array(departments.reduce((most, members) => Math.max(most, members.length), 0));
  departments.forEach((members, d) => {
    const n = members.length;
    if (n < 2) return;
    let ties = 0;
    for (let k = 0; k < n; k++) {
      const granters = grantedBy[members[k]];
      let within = 0;
      if (granters.size > 0) for (const granter of granters.keys()) if (department[granter] === d) within++;
      inDegrees[k] = within;
      ties += within;
    }
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- both are numbers for two or more people
    density += leadershipDensity(ties, n)!;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- likewise a number for two or more people
    centralization += inDegreeCentralization(inDegrees.subarray(0, n))!;
    counted++;
  });
  return counted === 0 ? { density: null, centralization: null } : { density: density / counted, centralization: centralization / counted };
}

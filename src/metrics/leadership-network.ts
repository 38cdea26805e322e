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
  if (inDegrees instanceof Int32Array) return wholeCentralization(inDegrees);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, inDegrees[i]);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - inDegrees[i];
  return sum / ((n - 1) * (n - 1));
}

/**
 * The same for whole in-degrees, in one pass: Σ (d_max − d_i) is N · d_max − Σ d_i, whole
 * numbers either way, so the same number while they stay exact in a double (else summed as above).
 */
function wholeCentralization(inDegrees: Int32Array): number {
  const n = inDegrees.length;
  let max = 0;
  let all = 0;
  let negative = false;
  for (let i = 0; i < n; i++) {
    const d = inDegrees[i];
    if (d > max) max = d;
    if (d < 0) negative = true;
    all += d;
  }
  // With none negative every partial sum either way is at most N · d_max.
  let sum = n * max - all;
  if (negative || n * max > Number.MAX_SAFE_INTEGER) {
    sum = 0;
    for (let i = 0; i < n; i++) sum += max - inDegrees[i];
  }
  return sum / ((n - 1) * (n - 1));
}

/** Gini coefficient of non-negative values; null when all are zero (no leadership to share). */
export function gini(values: ArrayLike<number>): number | null {
  const n = values.length;
  return giniOf(values instanceof Int32Array ? rankSumsOfCounts(countsOf(values), n) : sortedRankSums(values), n);
}

/** The Gini coefficient of n whole numbers given as how many there are of each (`counts[v]` of value v): the same number as `gini` of them. */
export function giniOfCounts(counts: ArrayLike<number>, n: number): number | null {
  return giniOf(rankSumsOfCounts(counts, n), n);
}

interface RankSums {
  /** Σ value, and Σ (rank · value) over the values in ascending order (ranks from 1). */
  total: number;
  weighted: number;
}

function giniOf({ total, weighted }: RankSums, n: number): number | null {
  if (total === 0) return null;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

function sortedRankSums(values: ArrayLike<number>): RankSums {
  const sums = { total: 0, weighted: 0 };
  Float64Array.from(values)
    .sort()
    .forEach((value, i) => {
      sums.total += value;
      sums.weighted += (i + 1) * value;
    });
  return sums;
}

/** How many there are of each value, for non-negative integers (in-degrees). */
function countsOf(values: Int32Array): Uint32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < 0) throw new RangeError(`gini: values must be non-negative; found ${value} at ${i}`);
    if (value > max) max = value;
  }
  const counts = new Uint32Array(max + 1);
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- measured every week: an indexed loop allocates no iterator (docs/engine.md)
  for (let i = 0; i < values.length; i++) counts[values[i]]++;
  return counts;
}

/**
 * The rank sums from counts rather than a sort: the c people with value v from rank r add
 * v · (c·r + c(c − 1)/2). Every partial sum, this way or one person at a time in ascending order,
 * is a whole number at most N · Σ value, so exact in a double below 2^53 and the same either way
 * (above it, one person at a time as the sorted sums).
 */
function rankSumsOfCounts(counts: ArrayLike<number>, n: number): RankSums {
  let total = 0;
  for (let value = 1; value < counts.length; value++) total += value * counts[value];
  let weighted = 0;
  let rank = 1;
  if (n * total <= Number.MAX_SAFE_INTEGER)
    for (let value = 0; value < counts.length; value++) {
      const c = counts[value];
      weighted += value * (c * rank + (c * (c - 1)) / 2);
      rank += c;
    }
  else {
    total = 0;
    for (let value = 0; value < counts.length; value++)
      for (let c = counts[value]; c > 0; c--) {
        total += value;
        weighted += rank++ * value;
      }
  }
  return { total, weighted };
}

/** Share of all leadership in-degree held by trainees (`trainee` 1, else 0): Σ_trainees d_i / Σ_i d_i. */
export function traineeLeadershipShare(inDegrees: ArrayLike<number>, trainee: ArrayLike<number>): number | null {
  let all = 0;
  let trainees = 0;
  for (let i = 0; i < inDegrees.length; i++) {
    const d = inDegrees[i];
    all += d;
    // Times 0 or 1 rather than a branch on trainees scattered among the staff (a third of the time, measured weekly); adding 0 changes no sum.
    trainees += d * trainee[i];
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

/**
 * Invariants of the compiled contact rows
 * =======================================
 *
 * What src/model/contacts.ts promises about the rows, checked from their
 * definitions rather than from how they are kept up to date: rebuilt at
 * rotations, updated in place by grants, fading former ties and new starters.
 *   - Every tie in use, [0, ties.count), gives exactly two arcs, one in each
 *     end's row pointing at the other end, with the same strength: the tie's
 *     strength this week (0 once a leaver's personal tie has gone).
 *   - The former-tie arcs (formerArcs/formerRows) are exactly the arcs of
 *     former ties, in arc order (so row by row), each with the row it lies in
 *     and a cohort whose tie has its tie's layer and changeover week.
 *   - influence[e] = strength[e] · influenceOf[source] + leadership[e], and a
 *     row's leadership on a colleague is perGrant times the claims of theirs it
 *     granted (the leadership network, src/model/grants.ts).
 *   - influenceSum[i] is the sum of row i's influence.
 * Sums are compared to a relative 1e-9: weights updated in place differ from a
 * fresh sum in the last bits. Returns what is broken (at most a few lines).
 */
import { TieStrengths } from '../../src/model/ties.ts';
import type { World } from '../../src/model/world.ts';

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

export function contactInvariantViolations(world: World): string[] {
  const { contacts, ties, grants, agents } = world;
  const { offsets, neighbours, tie, strength, leadership, influence, influenceSum, influenceOf, formerArcs, formerRows, formerCohorts, formerAcross, formerInfluence, cohortTies } = contacts;
  const n = agents.size;
  const arcs = offsets[n];
  const broken: string[] = [];
  const fail = (message: string) => broken.length < 5 && broken.push(`week ${world.week}: ${message}`);

  if (arcs !== 2 * ties.count) fail(`${arcs} arcs for ${ties.count} ties`);
  const row = new Int32Array(arcs);
  for (let i = 0; i < n; i++) row.fill(i, offsets[i], offsets[i + 1]);

  // Each tie's two arcs.
  const first = new Int32Array(ties.count).fill(-1);
  const second = new Int32Array(ties.count).fill(-1);
  for (let e = 0; e < arcs; e++) {
    const t = tie[e];
    if (t >= ties.count) fail(`arc ${e} comes from tie ${t}, beyond the ${ties.count} in use`);
    else if (first[t] < 0) first[t] = e;
    else if (second[t] < 0) second[t] = e;
    else fail(`tie ${t} gives more than two arcs`);
  }
  const strengths = new TieStrengths(ties, world.week, world.model.ties);
  for (let t = 0; t < ties.count; t++) {
    const e = first[t];
    const f = second[t];
    if (f < 0) {
      fail(`tie ${t} gives ${e < 0 ? 'no arc' : 'one arc'}`);
      continue;
    }
    const a = ties.a[t];
    const b = ties.b[t];
    if (!((row[e] === a && row[f] === b) || (row[e] === b && row[f] === a))) fail(`tie ${t} (${a}–${b}) has arcs in rows ${row[e]} and ${row[f]}`);
    if (neighbours[e] !== row[f] || neighbours[f] !== row[e]) fail(`tie ${t}'s arcs do not point at each other's rows`);
    const expected = ties.alive[t] === 1 ? strengths.of(t) : 0;
    if (strength[e] !== strength[f] || strength[e] !== expected) fail(`tie ${t}: strengths ${strength[e]} and ${strength[f]}, expected ${expected}`);
  }

  // Former-tie arcs.
  const listed = new Uint8Array(arcs);
  if (formerArcs.length !== formerRows.length || formerArcs.length % 2 !== 0) fail(`${formerArcs.length} former arcs, ${formerRows.length} rows`);
  for (let k = 0; k < formerArcs.length; k++) {
    const e = formerArcs[k];
    if (k > 0 && e <= formerArcs[k - 1]) fail(`former arc ${e} listed after ${formerArcs[k - 1]}: not in arc order`);
    if (Number.isNaN(ties.formerSince[tie[e]])) fail(`former arc ${e} comes from tie ${tie[e]}, which is not a former tie`);
    if (formerRows[k] !== row[e]) fail(`former arc ${e} listed in row ${formerRows[k]}, lies in ${row[e]}`);
    const like = cohortTies[formerCohorts[k]];
    if (like === undefined || ties.layer[like] !== ties.layer[tie[e]] || ties.formerSince[like] !== ties.formerSince[tie[e]])
      fail(`former arc ${e} (tie ${tie[e]}) is in cohort ${formerCohorts[k]}, whose tie ${like} differs in layer or week`);
    const across = agents.department[row[e]] === agents.department[neighbours[e]] ? 0 : 1;
    if (formerAcross.length !== formerArcs.length || formerAcross[k] !== across) fail(`former arc ${e} marked ${formerAcross[k] === 1 ? 'across' : 'within'} departments, joins ${across === 1 ? 'two' : 'one'}`);
    if (strength[e] > 0 && formerInfluence[k] !== influenceOf[neighbours[e]]) fail(`former arc ${e}: its source's influence noted as ${formerInfluence[k]}, is ${influenceOf[neighbours[e]]}`);
    listed[e]++;
  }
  for (let e = 0; e < arcs; e++) {
    const former = !Number.isNaN(ties.formerSince[tie[e]]);
    if (listed[e] !== (former ? 1 : 0)) fail(`arc ${e} (${former ? 'former' : 'current'} tie) listed ${listed[e]} times as former`);
  }

  // Weights.
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = neighbours[e];
      if (!close(influence[e], strength[e] * influenceOf[j] + leadership[e])) fail(`row ${i}, arc ${e}: influence ${influence[e]} ≠ ${strength[e]}·${influenceOf[j]} + ${leadership[e]}`);
      if (leadership[e] !== 0 && !grants.grantedBy[j].has(i)) fail(`row ${i}: leadership ${leadership[e]} on ${j}, who has no claim granted by ${i}`);
      sum += influence[e];
    }
    if (!close(influenceSum[i], sum)) fail(`row ${i}: influenceSum ${influenceSum[i]}, arcs sum to ${sum}`);
  }
  // Row i's leadership on j, over its arcs from j, is perGrant for each of j's claims i granted (if i sees j at all).
  const { perGrant } = world.model.ties;
  grants.grantedBy.forEach((granters, j) =>
    granters.forEach((times, i) => {
      let standing = 0;
      let seen = false;
      for (let e = offsets[i]; e < offsets[i + 1]; e++)
        if (neighbours[e] === j) {
          standing += leadership[e];
          seen = true;
        }
      if (seen && !close(standing, perGrant * times)) fail(`row ${i}: leadership on ${j} is ${standing}, ${times} grants say ${perGrant * times}`);
    }),
  );
  return broken;
}

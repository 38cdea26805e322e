/**
 * Contacts: the trust's ties compiled for the weekly loop
 * =======================================================
 *
 * Formal, team and informal ties become compressed rows over slots: row i
 * lists the colleagues whose adoption i sees. Every tie counts both ways (a
 * report sees the supervisor and the other way round); what differs is the
 * weight (`arcWeight`): the tie's strength times the source's influence under
 * the rules, plus leadership[e], which grows each time i grants the source's
 * claim. Each
 * person's rules.influence is read when the rows are built and when a new
 * starter takes the seat (`influenceOf`), not per arc.
 *
 * The rows are rebuilt only when structure changes (rotations); grants,
 * decaying former ties and new starters update weights in place. Each row
 * carries the last week its weights changed, so spreading can skip people
 * whose neighbourhood has not moved since they were last below threshold:
 * `changedWeek` for a change to a tie within the person's department (which
 * every initiative they are in sees), `changedAcrossWeek` for a tie to
 * another department (which only trust-wide initiatives see).
 */
import { rewindRows } from '../engine/compile.ts';
import type { Leadership } from '../leadership/rule-set.ts';
import type { AgentTable } from './agents.ts';
import type { Grants } from './grants.ts';
import { Cohorts } from './tie-cohorts.ts';
import { TieStrengths, compactTies, withRoom } from './ties.ts';
import type { TieModel, Ties } from './ties.ts';
import { FORMAL } from './vocabulary.ts';

export interface Contacts {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /** The tie each arc comes from (an index into the run's Ties: its layer, whether it is former). */
  readonly tie: Uint32Array;
  /** The tie's strength now: 0 once a former tie has faded or a leaver's personal tie has gone. */
  readonly strength: Float64Array;
  readonly leadership: Float64Array;
  readonly influence: Float64Array;
  readonly influenceSum: Float64Array;
  /** Each person's weight under the rules (`rules.influence`), before tie strength. */
  readonly influenceOf: Float64Array;
  /** The former-tie arcs in arc order (so row by row), the row each lies in, and its cohort. */
  readonly formerArcs: Uint32Array;
  readonly formerRows: Uint32Array;
  /**
   * A cohort is the former ties of one layer left at one changeover: they fade alike. `formerCohorts[k]`
   * is former arc k's, `cohortTies[c]` one tie of cohort c, whose strength each week is all of theirs.
   */
  readonly formerCohorts: Uint32Array;
  readonly cohortTies: Uint32Array;
  /** 1 where former arc k joins two departments (as of the build: departments change only with a rebuild). */
  readonly formerAcross: Uint8Array;
  /**
   * The influence of former arc k's source, as of the build: it stays that source's `influenceOf`
   * while the arc lives (a new starter's `resetSlot`, the one other writer, ends every former tie of theirs).
   */
  readonly formerInfluence: Float64Array;
  /** Each slot's formal supervisor, or -1 at the top. */
  readonly supervisor: Int32Array;
  /** The last week each row's weights changed on a tie within the department, or its membership changed (a rebuild, before the week's spreads, counts as the week before). */
  readonly changedWeek: Int32Array;
  /** The last week each row's weights changed on a tie to another department. */
  readonly changedAcrossWeek: Int32Array;
}

/** Rebuild the rows from the ties (dropping faded ones) and the leadership grants: in a week's structure step, before its spreads. */
export function compileContacts(
  ties: Ties,
  grants: Grants,
  agents: AgentTable,
  rules: Leadership,
  week: number,
  model: TieModel,
  replaces?: Contacts,
): Contacts {
  // One table of fading factors for the week: it is keyed by changeover week, which compaction keeps.
  const strengths = new TieStrengths(ties, week, model);
  compactTies(ties, strengths);
  const n = agents.size;
  const arcs = 2 * ties.count;
  // Every tie gives two arcs, one in each end's row: count the rows (and the former ties), then place the arcs.
  const offsets = replaces?.offsets.fill(0) ?? new Uint32Array(n + 1);
  // Likewise each row's former-tie arcs, listed row by row (so in arc order): fading them walks the arrays in order.
  const formerStarts = new Uint32Array(n + 1);
  const cohorts = new Cohorts(ties);
  let former = 0;
  for (let t = 0; t < ties.count; t++) {
    offsets[ties.a[t] + 1]++;
    offsets[ties.b[t] + 1]++;
    if (!Number.isNaN(ties.formerSince[t])) {
      cohorts.of(t);
      former++;
      formerStarts[ties.a[t] + 1]++;
      formerStarts[ties.b[t] + 1]++;
    }
  }
  for (let i = 0; i < n; i++) {
    offsets[i + 1] += offsets[i];
    formerStarts[i + 1] += formerStarts[i];
  }
  // The rows being replaced lend their memory, the per-arc arrays when large enough
  // (docs/engine.md, hot paths). Nothing may read the replaced rows afterwards.
  const lend = replaces !== undefined && replaces.strength.buffer.byteLength >= 8 * arcs ? replaces : undefined;
  const lendFormer = replaces !== undefined && replaces.formerArcs.buffer.byteLength >= 4 * 2 * former && replaces.formerInfluence.buffer.byteLength >= 8 * 2 * former ? replaces : undefined;
  const u32 = (from: Uint32Array | undefined, length: number) => new Uint32Array(from?.buffer ?? new ArrayBuffer(4 * withRoom(length)), 0, length);
  const f64 = (from: Float64Array | undefined, length: number) => new Float64Array(from?.buffer ?? new ArrayBuffer(8 * withRoom(length)), 0, length);
  const u8 = (from: Uint8Array | undefined, length: number) => new Uint8Array(from?.buffer ?? new ArrayBuffer(withRoom(length)), 0, length);
  const contacts: Contacts = {
    offsets,
    neighbours: u32(lend?.neighbours, arcs),
    tie: u32(lend?.tie, arcs),
    strength: f64(lend?.strength, arcs),
    leadership: f64(lend?.leadership, arcs).fill(0),
    influence: f64(lend?.influence, arcs),
    influenceSum: replaces?.influenceSum ?? new Float64Array(n),
    influenceOf: replaces?.influenceOf ?? new Float64Array(n),
    formerArcs: u32(lendFormer?.formerArcs, 2 * former),
    formerRows: u32(lendFormer?.formerRows, 2 * former),
    formerCohorts: u32(lendFormer?.formerCohorts, 2 * former),
    cohortTies: Uint32Array.from(cohorts.ties),
    formerAcross: u8(lendFormer?.formerAcross, 2 * former),
    formerInfluence: f64(lendFormer?.formerInfluence, 2 * former),
    supervisor: (replaces?.supervisor ?? new Int32Array(n)).fill(-1),
    // Every row moved, before this week's spreads (the structure step): stamped as of the week
    // before, every initiative weighs everyone up this week and, unless something else moves, not
    // again the next (when it would find the same).
    changedWeek: (replaces?.changedWeek ?? new Int32Array(n)).fill(week - 1),
    changedAcrossWeek: (replaces?.changedAcrossWeek ?? new Int32Array(n)).fill(week - 1),
  };
  const { neighbours, tie, strength, formerArcs, formerRows, formerCohorts, formerAcross, supervisor } = contacts;
  const { department } = agents;
  for (let t = 0; t < ties.count; t++) {
    const a = ties.a[t];
    const b = ties.b[t];
    const now = strengths.of(t);
    // Each row's start is its write cursor (rewindRows).
    const inB = offsets[b]++;
    const inA = offsets[a]++;
    neighbours[inB] = a;
    neighbours[inA] = b;
    tie[inB] = tie[inA] = t;
    strength[inB] = strength[inA] = now;
    if (!Number.isNaN(ties.formerSince[t])) {
      // Ties in order place each row's arcs in order, so its former arcs too.
      const kB = formerStarts[b]++;
      const kA = formerStarts[a]++;
      formerArcs[kB] = inB;
      formerRows[kB] = b;
      formerArcs[kA] = inA;
      formerRows[kA] = a;
      formerCohorts[kB] = formerCohorts[kA] = cohorts.of(t);
      formerAcross[kB] = formerAcross[kA] = department[a] === department[b] ? 0 : 1;
    }
    if (ties.layer[t] === FORMAL && supervisor[b] < 0) supervisor[b] = a;
  }
  rewindRows(offsets, n);
  const { leadership, influenceOf } = contacts;
  // One callback for every claimer, not for…of over entries nor a closure per claimer (docs/engine.md, hot paths).
  let claimer = 0;
  const addLeadership = (times: number, granter: number) => {
    const e = arcFrom(contacts, granter, claimer);
    if (e >= 0) leadership[e] += model.perGrant * times;
  };
  for (; claimer < n; claimer++) grants.grantedBy[claimer].forEach(addLeadership);
  for (let j = 0; j < n; j++) influenceOf[j] = rules.influence(j);
  for (let k = 0; k < formerArcs.length; k++) contacts.formerInfluence[k] = influenceOf[neighbours[formerArcs[k]]];
  for (let i = 0; i < n; i++) reweighRow(contacts, i);
  return contacts;
}

/**
 * The weight rule: how much a row weighs an arc, from the tie's strength, the
 * source's influence under the rules and the leadership the row's owner granted
 * the source. It is linear, so it also gives the change in an arc's weight from
 * a change in strength or leadership: arcWeight(Δstrength, influence, Δleadership).
 */
export function arcWeight(strength: number, sourceInfluence: number, leadership: number): number {
  return strength * sourceInfluence + leadership;
}

/** Recompute the weights of row i by the rule, and their sum. */
export function reweighRow(contacts: Contacts, i: number): void {
  const { offsets, neighbours, strength, leadership, influence, influenceOf } = contacts;
  let sum = 0;
  for (let e = offsets[i]; e < offsets[i + 1]; e++) {
    influence[e] = arcWeight(strength[e], influenceOf[neighbours[e]], leadership[e]);
    sum += influence[e];
  }
  contacts.influenceSum[i] = sum;
}

/** Arc e of row i changes weight by `change` (from `arcWeight`), and the row's sum with it. */
function shiftWeight(contacts: Contacts, i: number, e: number, change: number): void {
  contacts.influence[e] += change;
  contacts.influenceSum[i] += change;
}

/** The first arc in i's row whose source is j, or -1. */
function arcFrom(contacts: Contacts, i: number, j: number): number {
  for (let e = contacts.offsets[i]; e < contacts.offsets[i + 1]; e++) if (contacts.neighbours[e] === j) return e;
  return -1;
}

/**
 * Strength of the strongest tie through which i sees j (0 if none): being both
 * supervisor and teammate does not make two people know each other twice as well.
 */
export function tieStrength(contacts: Contacts, i: number, j: number): number {
  let strength = 0;
  for (let e = contacts.offsets[i]; e < contacts.offsets[i + 1]; e++)
    if (contacts.neighbours[e] === j) strength = Math.max(strength, contacts.strength[e]);
  return strength;
}

/** The distinct people i is tied to now (ties emptied by a leaver's departure excluded), in row order. */
export function colleagues(contacts: Contacts, i: number): number[] {
  // A row is short: checking the list found so far beats building a Set for each call.
  const found: number[] = [];
  for (let e = contacts.offsets[i]; e < contacts.offsets[i + 1]; e++) if (contacts.strength[e] > 0 && !found.includes(contacts.neighbours[e])) found.push(contacts.neighbours[e]);
  return found;
}

/** `granter` granted `claimer`'s claim: the claimer weighs more in the granter's eyes. */
export function addGrant(contacts: Contacts, department: Uint16Array, granter: number, claimer: number, week: number, perGrant: number): void {
  const e = arcFrom(contacts, granter, claimer);
  if (e < 0) return;
  stamp(contacts, department, granter, claimer, week);
  contacts.leadership[e] += perGrant;
  shiftWeight(contacts, granter, e, arcWeight(0, contacts.influenceOf[claimer], perGrant));
}

/**
 * Former team ties fade week by week (half-life from the scenario); weights follow in place.
 * Arc by arc in arc order, so row by row through the arrays (at national scale, millions of
 * arcs): a row's sum takes its arcs' changes in the same order as ever, so the same sums.
 */
export function decayFormerTies(contacts: Contacts, ties: Ties, week: number, model: TieModel): void {
  const { formerArcs, formerRows, formerCohorts, formerAcross, formerInfluence, cohortTies, strength, changedWeek, changedAcrossWeek } = contacts;
  const strengths = new TieStrengths(ties, week, model);
  // Each cohort's strength this week (the same number its ties' own would give), so the pass reads no tie.
  const cohortStrength = Float64Array.from(cohortTies, (t) => strengths.of(t));
  for (let k = 0; k < formerArcs.length; k++) {
    const arc = formerArcs[k];
    // Faded, or gone with a leaver (a tie's two arcs always share a strength).
    const before = strength[arc];
    if (before === 0) continue;
    // Below the floor the tie is gone, and the next rebuild drops it.
    const now = cohortStrength[formerCohorts[k]];
    if (now === before) continue;
    strength[arc] = now;
    const row = formerRows[k];
    shiftWeight(contacts, row, arc, arcWeight(now - before, formerInfluence[k], 0));
    // As `stamp`, with the departments read at the build.
    if (formerAcross[k] === 0) changedWeek[row] = week;
    else changedAcrossWeek[row] = week;
  }
}

/** Row i's weight on j changed this week. */
export function stamp(contacts: Contacts, department: Uint16Array, i: number, j: number, week: number): void {
  if (department[i] === department[j]) contacts.changedWeek[i] = week;
  else contacts.changedAcrossWeek[i] = week;
}

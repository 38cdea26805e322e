/**
 * A new starter's ties
 * ====================
 *
 * When someone leaves and a new starter takes the seat, the compiled contact
 * rows (src/model/contacts.ts) keep their shape: the leaver's personal arcs
 * are emptied in place, and the starter's colleagues weigh the seat again by
 * the starter's traits. Each colleague's row is reweighed once (a stamp array
 * marks those done, rather than a set made for each starter: at national
 * scale a hundred thousand starters a year), by the same rule and in the same
 * order as a rebuild, so the same sums.
 */
import type { Leadership } from '../leadership/rule-set.ts';
import { arcWeight, reweighRow, stamp } from './contacts.ts';
import type { Contacts } from './contacts.ts';
import type { Ties } from './ties.ts';
import { INFORMAL } from './vocabulary.ts';

/**
 * A new starter takes slot i: they inherit the seat's formal and team ties but
 * none of the leaver's informal or former ties or leadership standing, and
 * colleagues weigh them by their own traits. The emptied arcs stay, at zero
 * weight, until the next rebuild.
 */
export function resetSlot(contacts: Contacts, ties: Ties, rules: Leadership, department: Uint16Array, i: number, week: number): void {
  const { offsets, neighbours, strength, leadership, influence, influenceOf } = contacts;
  influenceOf[i] = rules.influence(i);
  const seen = nextVisit(offsets.length - 1);
  for (let e = offsets[i]; e < offsets[i + 1]; e++) {
    forgetPersonalTie(contacts, ties, e);
    const j = neighbours[e];
    // A colleague tied to i more than once (formal and team, say): their row once.
    if (visits[j] === seen) continue;
    visits[j] = seen;
    // j's row: its arcs to i forgotten, then weighed by the rule as `reweighRow` does, in one pass
    // (nothing else in the row changed, and nothing outside it is read but influenceOf).
    let sum = 0;
    for (let f = offsets[j]; f < offsets[j + 1]; f++) {
      if (neighbours[f] === i) forgetPersonalTie(contacts, ties, f);
      influence[f] = arcWeight(strength[f], influenceOf[neighbours[f]], leadership[f]);
      sum += influence[f];
    }
    contacts.influenceSum[j] = sum;
    // j's row changed on its tie to i: within their department or across it.
    stamp(contacts, department, j, i, week);
  }
  reweighRow(contacts, i);
  contacts.changedWeek[i] = week;
}

/** `visits[j] === visit` once row j is done in this call of resetSlot: a stamp per call, not a set per call. */
let visits = new Int32Array(0);
let visit = 0;

/** A fresh stamp for a call over `n` rows. */
function nextVisit(n: number): number {
  if (visits.length < n || visit === 0x7fffffff) {
    visits = new Int32Array(Math.max(n, visits.length));
    visit = 0;
  }
  return ++visit;
}

function forgetPersonalTie(contacts: Contacts, ties: Ties, e: number): void {
  contacts.leadership[e] = 0;
  const t = contacts.tie[e];
  if (ties.layer[t] === INFORMAL || !Number.isNaN(ties.formerSince[t])) {
    contacts.strength[e] = 0;
    ties.alive[t] = 0;
  }
}

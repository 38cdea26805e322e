/**
 * Which rows a rebuild of the contacts changed
 * ============================================
 *
 * A rebuild (src/model/contacts.ts) lays every row out afresh, but at a
 * changeover most people's rows read exactly what they read before. Only rows
 * that may now weigh up an initiative differently are stamped as changed
 * (`changedWeek`, `changedAcrossWeek`), so the next spread weighs up those
 * alone; the rest keep their stamps, and skipping them is exact.
 */
import { withRoom } from './ties.ts';

/** What a spread reads of each row (copied: the rebuild reuses the arrays), and the stamps, kept as they were. */
export interface Rows {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly influence: Float64Array;
  readonly influenceSum: Float64Array;
  readonly changedWeek: Int32Array;
  readonly changedAcrossWeek: Int32Array;
}

/** Each world's copy of its rows (keyed by its row sums, which every rebuild keeps): made once, refilled at each rebuild. */
const copies = new WeakMap<Float64Array, Omit<Rows, 'changedWeek' | 'changedAcrossWeek'>>();

export function rowsOf(contacts: Rows): Rows {
  const { offsets, neighbours, influence, influenceSum, changedWeek, changedAcrossWeek } = contacts;
  let copy = copies.get(influenceSum);
  if (copy === undefined || copy.neighbours.length < neighbours.length) {
    const room = withRoom(neighbours.length);
    copy = { offsets: new Uint32Array(offsets.length), neighbours: new Uint32Array(room), influence: new Float64Array(room), influenceSum: new Float64Array(influenceSum.length) };
    copies.set(influenceSum, copy);
  }
  copy.offsets.set(offsets);
  copy.neighbours.set(neighbours);
  copy.influence.set(influence);
  copy.influenceSum.set(influenceSum);
  return { ...copy, changedWeek, changedAcrossWeek };
}

/**
 * Stamps, as of the week before, only the rows whose owner may now weigh up an initiative
 * differently: the `moved` slots (a new person, or a new post), everyone tied to them (whose
 * colleague's state or department changed), and any row whose weighted arcs or total differ by a bit
 * from before. Arcs of no weight (faded ties, or ties emptied by a leaver) count for nothing in
 * `reachesThreshold`'s sums and are skipped. Every other row reads exactly what it read when last
 * weighed up, so weighing it up again would find the same: at national scale most rows.
 */
export function stampChangedRows(contacts: Rows, before: Rows, moved: Uint8Array, week: number): void {
  const { offsets, neighbours, influenceSum, changedWeek, changedAcrossWeek } = contacts;
  const stampRow = (i: number) => {
    changedWeek[i] = week - 1;
    changedAcrossWeek[i] = week - 1;
  };
  for (let i = 0; i < influenceSum.length; i++) {
    if (moved[i] === 1) {
      stampRow(i);
      for (let e = offsets[i]; e < offsets[i + 1]; e++) stampRow(neighbours[e]);
    } else if (!Object.is(influenceSum[i], before.influenceSum[i]) || !sameWeightedRow(contacts, before, i)) stampRow(i);
  }
}

/** Row i's arcs of some weight: the same sources, in the same order, with the same weights as before. */
function sameWeightedRow(contacts: Rows, before: Rows, i: number): boolean {
  const { offsets, neighbours, influence } = contacts;
  let f = before.offsets[i];
  const fEnd = before.offsets[i + 1];
  for (let e = offsets[i]; e < offsets[i + 1]; e++) {
    if (influence[e] === 0) continue;
    while (f < fEnd && before.influence[f] === 0) f++;
    if (f === fEnd || before.neighbours[f] !== neighbours[e] || !Object.is(before.influence[f], influence[e])) return false;
    f++;
  }
  while (f < fEnd && before.influence[f] === 0) f++;
  return f === fEnd;
}

/**
 * Former-tie cohorts
 * ==================
 *
 * The former ties of one layer left at one changeover fade alike (ties.ts,
 * `TieStrengths`): the weekly fading of former ties (contacts.ts) works out
 * each cohort's strength once, from one of its ties, and reads no other tie.
 */
import type { Ties } from './ties.ts';

/** Former ties grouped by layer and changeover week, numbered as first met (ties in order meet a changeover's together). */
export class Cohorts {
  /** One tie of each cohort. */
  readonly ties: number[] = [];
  private readonly bySince = new Map<number, number[]>();
  private lastLayer = -1;
  private lastSince = Number.NaN;
  private last = -1;

  constructor(private readonly from: Ties) {}

  /** The cohort of former tie t. */
  of(t: number): number {
    const layer = this.from.layer[t];
    const since = this.from.formerSince[t];
    if (layer === this.lastLayer && since === this.lastSince) return this.last;
    let byLayer = this.bySince.get(since);
    if (byLayer === undefined) {
      byLayer = [-1, -1, -1];
      this.bySince.set(since, byLayer);
    }
    if (byLayer[layer] < 0) {
      byLayer[layer] = this.ties.length;
      this.ties.push(t);
    }
    this.lastLayer = layer;
    this.lastSince = since;
    this.last = byLayer[layer];
    return this.last;
  }
}

/**
 * Ties: the trust's structure as the run keeps it
 * ===============================================
 *
 * Formal, team and informal ties between slots, in flat growable arrays, so
 * rotations and turnover edit structure without touching graphology (an edge
 * edit in a multigraph costs microseconds; a week has hundreds). Leadership
 * ties live in `Grants`. A trust is built straight into them
 * (src/trust/build-workforce.ts), and a graph is made from them only when
 * asked for (`syncGraph`).
 *
 * A formal tie is directed, supervisor (a) → report (b); team and informal
 * ties are undirected. A team tie left behind by a rotation is a former tie:
 * it fades from the week in `formerSince` and is dropped once it has faded.
 */
import type { Scenario } from '../scenario/schema.ts';
import { INFORMAL, STRUCTURAL_LAYERS } from './vocabulary.ts';

/** How strong each kind of tie is, how former ties fade, and what a grant adds (scenario `model.ties`, `trust.rotations`). */
export interface TieModel {
  /** Full strength by structural layer index. */
  readonly strength: Float64Array;
  /** Weeks for a former team tie to fade to half its strength. */
  readonly halfLife: number;
  /** Below this share of its strength a former tie is gone. */
  readonly floor: number;
  /** Influence weight a grant adds to the granter's arc to the claimer. */
  readonly perGrant: number;
}

export function tieModel({ trust, model }: Pick<Scenario, 'trust' | 'model'>): TieModel {
  return {
    strength: Float64Array.from(STRUCTURAL_LAYERS, (layer) => model.ties[layer]),
    halfLife: trust.rotations.tieHalfLifeWeeks,
    floor: model.ties.formerFloor,
    perGrant: model.ties.leadership,
  };
}

export interface Ties {
  /** Ties in use are [0, count); dropped ones stay, marked not alive, until `compactTies`. */
  count: number;
  a: Int32Array;
  b: Int32Array;
  /** Index into STRUCTURAL_LAYERS. */
  layer: Uint8Array;
  /** Week a former team tie started to fade; NaN for a current tie. */
  formerSince: Float64Array;
  alive: Uint8Array;
}

/**
 * Room for a count of ties (or their arcs): former ties accumulate, to about two
 * thirds more than a trust starts with after three years in the bundled
 * scenarios. Room is cheap until used: the system maps memory when first touched.
 */
export function withRoom(count: number): number {
  return Math.ceil(1.75 * count);
}

export function createTies(capacity: number): Ties {
  const size = Math.max(16, capacity);
  return {
    count: 0,
    a: new Int32Array(size),
    b: new Int32Array(size),
    layer: new Uint8Array(size),
    formerSince: new Float64Array(size),
    alive: new Uint8Array(size),
  };
}

export function addTie(ties: Ties, a: number, b: number, layer: number, formerSince = Number.NaN): void {
  if (ties.count === ties.a.length) grow(ties);
  const t = ties.count++;
  ties.a[t] = a;
  ties.b[t] = b;
  ties.layer[t] = layer;
  ties.formerSince[t] = formerSince;
  ties.alive[t] = 1;
}

function grow(ties: Ties): void {
  const size = 2 * ties.a.length;
  const copy = <T extends Int32Array | Uint8Array | Float64Array>(array: T, make: new (n: number) => T): T => {
    const grown = new make(size);
    grown.set(array);
    return grown;
  };
  ties.a = copy(ties.a, Int32Array);
  ties.b = copy(ties.b, Int32Array);
  ties.layer = copy(ties.layer, Uint8Array);
  ties.formerSince = copy(ties.formerSince, Float64Array);
  ties.alive = copy(ties.alive, Uint8Array);
}

/** A post's tie: formal, or a current team tie (former and informal ties belong to the person). */
export function isPostTie(ties: Ties, t: number): boolean {
  return ties.alive[t] === 1 && ties.layer[t] !== INFORMAL && Number.isNaN(ties.formerSince[t]);
}

/**
 * Tie strengths in a given week: by layer, fading for a former tie, 0 once
 * faded below the floor. Ties left at the same changeover share a factor,
 * computed once. (A class, not a closure per week: docs/engine.md, hot paths.)
 */
export class TieStrengths {
  private readonly factors: Float64Array;

  constructor(
    private readonly ties: Ties,
    private readonly week: number,
    private readonly model: TieModel,
  ) {
    this.factors = new Float64Array(week + 1).fill(Number.NaN);
  }

  of(t: number): number {
    const full = this.model.strength[this.ties.layer[t]];
    const since = this.ties.formerSince[t];
    if (Number.isNaN(since)) return full;
    // Changeovers are whole weeks of this run; anything else (a graph's own ties) is worked out as is.
    const cached = Number.isInteger(since) && since >= 0 && since <= this.week;
    let factor = cached ? this.factors[since] : Number.NaN;
    if (Number.isNaN(factor)) {
      factor = Math.pow(0.5, (this.week - since) / this.model.halfLife);
      if (cached) this.factors[since] = factor;
    }
    return factor < this.model.floor ? 0 : full * factor;
  }
}

/** Drop dead and faded ties (strengths for the week), keeping the others in order. */
export function compactTies(ties: Ties, strengths: TieStrengths): void {
  let kept = 0;
  for (let t = 0; t < ties.count; t++) {
    if (ties.alive[t] === 0 || strengths.of(t) === 0) continue;
    ties.a[kept] = ties.a[t];
    ties.b[kept] = ties.b[t];
    ties.layer[kept] = ties.layer[t];
    ties.formerSince[kept] = ties.formerSince[t];
    ties.alive[kept++] = 1;
  }
  ties.count = kept;
}

/** A copy of some ties, with room for `capacity`. */
export function copyTies(ties: Ties, capacity: number): Ties {
  const copy = createTies(Math.max(capacity, ties.count));
  copy.count = ties.count;
  copy.a.set(ties.a.subarray(0, ties.count));
  copy.b.set(ties.b.subarray(0, ties.count));
  copy.layer.set(ties.layer.subarray(0, ties.count));
  copy.formerSince.set(ties.formerSince.subarray(0, ties.count));
  copy.alive.set(ties.alive.subarray(0, ties.count));
  return copy;
}

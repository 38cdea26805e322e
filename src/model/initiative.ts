/**
 * Initiatives
 * ===========
 *
 * An improvement initiative: a scheduled top-down change or a bottom-up idea.
 * proposal → sponsorship (claim/grant) → spread → committed or compliant
 * adoption → sustained, reverted or abandoned. Adoption state is kept per
 * slot for the whole trust (a trainee who rotates out and back keeps theirs):
 * for the slots of the trust its scope lies in (all of them, for a trust-wide
 * one), from `base`, so a world of many trusts does not pay for every slot at
 * every launch. A department initiative only ever touches its department's members. Each
 * person's threshold is not stored but worked out from their traits when
 * needed (`thresholdOf`), and negotiations heard are kept in a sparse map,
 * not a per-person array: launches are frequent (docs/engine.md, hot paths).
 */
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import { UNAWARE } from './vocabulary.ts';

export interface Initiative {
  readonly id: number;
  readonly name: string;
  readonly origin: 'scheduled' | 'idea';
  /** Grade of the person whose proposal it was (the sponsor's, for scheduled ones). */
  readonly originGrade: Grade;
  /** A department index, `REGION` (-1: every trust) or `trustScope(t)` (one trust of several): vocabulary.ts. */
  readonly scope: number;
  readonly complexity: number;
  readonly advantage: number;
  readonly launchWeek: number;
  /** For an idea someone carried from another trust: the id of the initiative they brought it from. */
  readonly carriedFrom: number | null;
  /** The sponsor who may mandate it (a graph key: a new starter in the seat is not the sponsor). */
  sponsor: string | null;
  readonly mandateUntil: number;
  /** By trust: 1 where the sponsor's mandate reaches (the trusts whose chief executives launched it); null: its whole scope. */
  readonly mandatedTrusts: Uint8Array | null;
  /** People leading it now, as graph keys. */
  readonly leads: Set<string>;
  /** The first slot its arrays cover: state[i − base] is slot i's. */
  readonly base: number;
  /** By slot from `base`: each person's adoption state (index into ADOPTION_STATES; read with `stateOf`). */
  readonly state: Uint8Array;
  /** How many times a slot has heard a colleague negotiate this change (each lowers their threshold); absent for none. */
  readonly negotiated: Map<number, number>;
  /**
   * By slot from `base`, one bit each (`markStale`, `takeStale`): set for people to weigh up again at
   * the next spread, when a neighbour's state or their own threshold changed. (Changed weights are
   * read from the contacts.) Bits, not bytes: nationally some 70,000 initiatives a year each cover a
   * trust (docs/engine.md, hot paths).
   */
  readonly stale: Uint8Array;
  /** The week of its last spread, or -1. */
  lastSpread: number;
  /** How many people are compliant (in scope or not): once a closed initiative has none, nothing can change in it. */
  compliant: number;
  /** Active while led and spreading; closed after its active phase; abandoned when no lead is left. */
  status: 'active' | 'closed' | 'abandoned';
  /** Its own stream for spreading (named by launch week and name), so other initiatives' draws never shift its own. */
  readonly random: RandomStream;
  /** Week uptake first reached 50% and 90% of the scope, or null. */
  reached50: number | null;
  reached90: number | null;
}

/** Bytes of a `stale` bit set for `slots` slots. */
export function staleBytes(slots: number): number {
  return (slots + 7) >> 3;
}

/** Slot i is to be weighed up again (a slot outside the arrays, in another trust, is ignored). */
export function markStale(initiative: Initiative, i: number): void {
  const k = i - initiative.base;
  if (k >= 0 && k < initiative.state.length) initiative.stale[k >> 3] |= 1 << (k & 7);
}

/** Whether slot i (inside the arrays) was to be weighed up again; clears the mark. */
export function takeStale(initiative: Initiative, i: number): boolean {
  const k = i - initiative.base;
  const bit = 1 << (k & 7);
  const { stale } = initiative;
  if ((stale[k >> 3] & bit) === 0) return false;
  stale[k >> 3] &= ~bit;
  return true;
}

/** Slot i's adoption state (unaware outside the trust the initiative's arrays cover). */
export function stateOf(initiative: Initiative, i: number): number {
  const k = i - initiative.base;
  return k >= 0 && k < initiative.state.length ? initiative.state[k] : UNAWARE;
}

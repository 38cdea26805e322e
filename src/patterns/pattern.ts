/**
 * A pattern: a claim from the literature as a statistic with a verdict
 * ====================================================================
 *
 * Pattern-oriented modelling (Grimm et al. 2005): a model is credible when it
 * reproduces several patterns at once, and each pattern is a test. Here a
 * pattern is one number per replicate — a paired difference between arms
 * (common random numbers), between variants of the scenario, or a property of
 * a time series — whose mean and 95% interval are compared with a reference
 * value (`verdictOf`). The interval stays inside the range the statistic
 * cannot leave (a difference of shares in [−1, 1]; `boundedInterval`); a
 * statistic with no such range keeps the t interval.
 */
import type { RunResult } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Bounds } from '../statistics/bounds.ts';

/** One replicate's runs, by variant and arm. */
export interface ReplicateRuns {
  readonly replicate: number;
  run(variant: string, arm: string): RunResult;
}

export interface Pattern {
  readonly id: string;
  /** The claim, in the words of the model's purpose (docs/model.md §1). */
  readonly claim: string;
  readonly source: string;
  /** The statistic, stated precisely: what is measured, in which arms and weeks. */
  readonly statistic: string;
  /** The variants of the scenario it reads (`base` is the scenario itself). */
  readonly variants: readonly string[];
  /** The claim predicts the mean is above or below the reference. */
  readonly expect: 'above' | 'below';
  readonly reference: number;
  /** The range the statistic cannot leave, which its interval then keeps to; left out, the t interval. */
  readonly bounds?: Bounds;
  /** This replicate's value; null when undefined (e.g. no idea was launched). */
  value(runs: ReplicateRuns): number | null;
}

/**
 * A variant of the scenario: the same trust and seeds with one thing changed.
 * `arms` names which of the scenario's arms it needs (`heroic`, `collective`).
 */
export interface Variant {
  readonly name: string;
  readonly description: string;
  readonly arms: readonly string[];
  /** The variant's scenario, or null where it does not apply (e.g. no trust-wide change to lose a sponsor). */
  make(base: Scenario): Scenario | null;
}

export type Verdict = 'holds' | 'does not hold' | 'inconclusive';

export interface PatternResult {
  readonly pattern: Pattern;
  /** Replicates with a value. */
  readonly n: number;
  readonly estimate: number | null;
  readonly ci: readonly [number, number] | null;
  readonly verdict: Verdict;
  /** Why there is no estimate, when there is none. */
  readonly note?: string;
}

/**
 * Holds when the interval lies wholly on the predicted side of the reference;
 * does not hold when it excludes that side (an interval of exactly the
 * reference, no effect in any replicate, included); inconclusive otherwise.
 */
export function verdictOf(expect: Pattern['expect'], reference: number, ci: readonly [number, number] | null): Verdict {
  if (ci === null) return 'inconclusive';
  const [low, high] = expect === 'above' ? [ci[0], ci[1]] : [-ci[1], -ci[0]];
  const r = expect === 'above' ? reference : -reference;
  return low > r ? 'holds' : high <= r ? 'does not hold' : 'inconclusive';
}

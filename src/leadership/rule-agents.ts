/**
 * The agents as a rule set sees them
 * ==================================
 *
 * Rules read people's traits; only the model's verbs change them. The view is
 * the run's own typed arrays under types that forbid writing (no copy, no
 * accessor call: rules run in the hot loops), so it is always current, a new
 * starter included.
 */

/** A typed array a rule may read and never write. */
export interface ReadonlyNumbers {
  readonly [slot: number]: number;
  readonly length: number;
}

/** One array per trait, indexed by slot (see src/model/agents.ts for what each holds). */
export interface RuleAgents {
  readonly size: number;
  /** Index into GRADES. */
  readonly grade: ReadonlyNumbers;
  /** Index into the run's department names. */
  readonly department: ReadonlyNumbers;
  /** 1 for a doctor in training, else 0. */
  readonly trainee: ReadonlyNumbers;
  /** Index into FOLLOWERSHIP_TYPES. */
  readonly followership: ReadonlyNumbers;
  readonly authority: ReadonlyNumbers;
  readonly expertise: ReadonlyNumbers;
  readonly activeEngagement: ReadonlyNumbers;
  readonly leaderIdentity: ReadonlyNumbers;
  readonly voice: ReadonlyNumbers;
  readonly engagement: ReadonlyNumbers;
  readonly baselineEngagement: ReadonlyNumbers;
  readonly threshold: ReadonlyNumbers;
  readonly grantedClaims: ReadonlyNumbers;
}

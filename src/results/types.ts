/**
 * Scenario results
 * ================
 *
 * What a scenario run hands to the exporters: for each arm (e.g. "heroic",
 * "collective") and replicate, a weekly series of named metrics and a per-run
 * summary, plus the scenario and provenance needed to reproduce it. The model
 * produces these; everything in this folder only reads them.
 */
import type { Bounds } from '../statistics/bounds.ts';

/** One metric in one week of one run. `value` is null when undefined that week (e.g. no trainees). */
export interface SeriesPoint {
  week: number;
  metric: string;
  value: number | null;
}

/** One replicate of one arm. */
export interface RunResult {
  arm: string;
  replicate: number;
  series: SeriesPoint[];
  summary: Record<string, number | null>;
  /** The run by trust and between trusts; left out by runners that do not ask for it (sweeps). */
  trusts?: TrustRunResult;
}

/**
 * One run, trust by trust. Plain arrays, so it crosses worker threads and
 * processes as it is. Values by trust are in the order of `names`, with the
 * region as a whole last (index `names.length`).
 */
export interface TrustRunResult {
  /** The trusts' names, in the world's order. */
  names: string[];
  /** Each trust's posts (slots): its headcount. */
  headcount: number[];
  /** Weekly per-trust metrics: `values[t]` for trust t, `values[names.length]` for the region; null where undefined. */
  series: TrustSeriesPoint[];
  /**
   * For each scheduled initiative (scenario order), by trust (then the region): the week someone in
   * scope first adopted it, and the week the share of those in scope adopting first reached
   * `model.spread.success` (half, by default); null if never.
   */
  spread: { initiative: string; firstAdopted: (number | null)[]; succeeded: (number | null)[] }[];
  /** Between pairs of trusts (indices into `names`) with any flow, at the end of the run. */
  flows: TrustFlow[];
}

export interface TrustSeriesPoint {
  week: number;
  metric: string;
  values: (number | null)[];
}

/** What went from one trust to another over a run. */
export interface TrustFlow {
  from: number;
  to: number;
  /** People who moved (rotating or in their career). */
  movers: number;
  /** Ideas proposed again in `to` by someone who brought them from `from`. */
  ideasCarried: number;
  /** Of those, the ones launched (sponsored) in `to`, those that reached half their scope, and those left without a lead. */
  carriedLaunched: number;
  carriedSucceeded: number;
  carriedAbandoned: number;
}

/** How to show a metric, e.g. `{ name: 'uptake_total', label: 'Uptake (share of staff adopting)' }`. */
export interface MetricInfo {
  name: string;
  label: string;
  unit?: string;
  description: string;
  /** The range it cannot leave (a share: [0, 1]); intervals then stay inside it. Unbounded when left out. */
  bounds?: Bounds;
  /**
   * A spread that matters in practice, for setting differences against (engagement: how far it varies
   * between trusts); a difference is then also read as a multiple of `value`.
   */
  practicalSpread?: { value: number; description: string };
}

export interface ScenarioResults {
  /** The scenario as run, defaults filled in. */
  scenario: { name: string; description: string; seed: number; weeks: number; replicates: number } & Record<string, unknown>;
  /** Arm names in display order; tables and charts follow it. */
  arms: string[];
  runs: RunResult[];
  metrics: MetricInfo[];
  /** How to show the per-trust metrics of `runs[].trusts.series`, when the runs carry them. */
  trustMetrics?: MetricInfo[];
  startedAt: string;
  finishedAt: string;
  leadsimVersion: string;
  scenarioHash: string;
}

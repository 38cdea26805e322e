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
  startedAt: string;
  finishedAt: string;
  leadsimVersion: string;
  scenarioHash: string;
}

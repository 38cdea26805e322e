/**
 * Aggregating replicates
 * ======================
 *
 * Tables and charts report each measure per arm as a mean across replicates
 * with its 95% confidence interval (`describeSample`: the t interval, kept
 * inside the range of a metric catalogued with `bounds`). Three views:
 * the per-run summary metrics, every series metric at the final week, and
 * every series metric week by week (for the charts). A run that lacks a value
 * or has null is left out of that sample; `n` says how many remained.
 *
 * `replicateSamples` gives the values behind the first two views, keyed by
 * replicate, for what needs more than a mean: pairing arms replicate by
 * replicate, resampling (bootstrap) and accumulating replicates in order.
 */
import { inCatalogueOrder, metricBounds, runsInOrder } from '../results/order.ts';
import type { ScenarioResults } from '../results/types.ts';
import { describeSample } from './describe-sample.ts';
import type { SampleDescription } from './describe-sample.ts';

export interface ArmStatistics extends SampleDescription {
  arm: string;
  metric: string;
}

export interface WeeklyStatistics extends ArmStatistics {
  week: number;
}

/** Each arm × per-run summary metric. Sorted by metric, then arm. */
export function summaryStatistics(results: ScenarioResults): ArmStatistics[] {
  const runs = runsInOrder(results);
  const metrics = inCatalogueOrder(results, runs.flatMap((run) => Object.keys(run.summary)));
  // hasOwn: a run without, say, "constructor" must not read Object.prototype's.
  const value = (summary: Record<string, number | null>, metric: string) => (Object.hasOwn(summary, metric) ? summary[metric] : null);
  return metrics.flatMap((metric) =>
    results.arms.map((arm) => ({
      arm,
      metric,
      ...describeSample(
        runs.filter((run) => run.arm === arm).map((run) => value(run.summary, metric)),
        metricBounds(results, metric),
      ),
    })),
  );
}

/** The last week any run reports, or null when there are no series. */
export function finalWeek(results: ScenarioResults): number | null {
  let last: number | null = null;
  for (const run of results.runs) for (const { week } of run.series) if (last === null || week > last) last = week;
  return last;
}

/** Each arm × series metric at one week (by default the final week). Sorted by metric, then arm. */
export function weekStatistics(results: ScenarioResults, week = finalWeek(results)): WeeklyStatistics[] {
  if (week === null) return [];
  return weeklyStatistics(results).filter((s) => s.week === week);
}

/** Each arm × series metric × week. Sorted by metric, then arm, then week. */
export function weeklyStatistics(results: ScenarioResults): WeeklyStatistics[] {
  // arm → metric → week → values, in run order so sums are taken in the same order every time.
  const byArm = new Map<string, Map<string, Map<number, (number | null)[]>>>(results.arms.map((arm) => [arm, new Map()]));
  for (const run of runsInOrder(results)) {
    const byMetric = byArm.get(run.arm)!;
    for (const { week, metric, value } of run.series) {
      let byWeek = byMetric.get(metric);
      if (!byWeek) byMetric.set(metric, (byWeek = new Map()));
      let values = byWeek.get(week);
      if (!values) byWeek.set(week, (values = []));
      values.push(value);
    }
  }
  const metrics = inCatalogueOrder(results, [...byArm.values()].flatMap((m) => [...m.keys()]));
  return metrics.flatMap((metric) =>
    results.arms.flatMap((arm) => {
      const byWeek = byArm.get(arm)!.get(metric) ?? new Map<number, (number | null)[]>();
      const weeks = [...byWeek.keys()].sort((a, b) => a - b);
      const bounds = metricBounds(results, metric);
      return weeks.map((week) => ({ arm, metric, week, ...describeSample(byWeek.get(week)!, bounds) }));
    }),
  );
}

/** Where a replicate's value comes from: its run summary, or its series at the final week. */
export type SummarySource = 'run_summary' | 'series_final_week';

/** One measure of summary.csv with the value it took in every run. */
export interface ReplicateSample {
  source: SummarySource;
  metric: string;
  /** The final week for series metrics; null for run summaries. */
  week: number | null;
  /** arm → replicate → value; every arm of `arms`, replicates ascending, null where a run has no value. */
  byArm: Map<string, Map<number, number | null>>;
}

/** The measures of summary.csv in its order: run summaries, then series metrics at the final week. */
export function replicateSamples(results: ScenarioResults): ReplicateSample[] {
  const runs = runsInOrder(results);
  const week = finalWeek(results);
  const atWeek = runs.map((run) => new Map(run.series.filter((p) => p.week === week).map((p) => [p.metric, p.value])));
  const sample = (source: SummarySource, metric: string, value: (run: number) => number | null): ReplicateSample => {
    const byArm = new Map(results.arms.map((arm) => [arm, new Map<number, number | null>()]));
    runs.forEach((run, i) => byArm.get(run.arm)!.set(run.replicate, value(i)));
    return { source, metric, week: source === 'run_summary' ? null : week, byArm };
  };
  return [
    ...inCatalogueOrder(results, runs.flatMap((run) => Object.keys(run.summary))).map((metric) =>
      sample('run_summary', metric, (i) => (Object.hasOwn(runs[i].summary, metric) ? runs[i].summary[metric] : null)),
    ),
    ...inCatalogueOrder(results, atWeek.flatMap((values) => [...values.keys()])).map((metric) =>
      sample('series_final_week', metric, (i) => atWeek[i].get(metric) ?? null),
    ),
  ];
}

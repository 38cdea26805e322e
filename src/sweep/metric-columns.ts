/**
 * The metric columns of a sweep's runs.csv
 * ========================================
 *
 * A task writes each run's summary measures by name, then every weekly metric
 * at the final week as `final:<name>` (worker.ts). Both follow from the
 * scenario alone, so what the runs will report, and each measure's range, is
 * known before any of them runs.
 */
import { metricInfo, scenarioMetrics } from '../run/create-run.ts';
import type { MetricInfo } from '../results/types.ts';
import { summaryMetrics } from '../run/summary.ts';
import type { Scenario } from '../scenario/schema.ts';

/** runs.csv's metric columns for runs of `scenario`, each with its catalogue entry (label, unit, bounds). */
export function runsCsvMetrics(scenario: Scenario): MetricInfo[] {
  return [...summaryMetrics(scenario), ...scenarioMetrics(scenario).map((metric) => ({ ...metricInfo(metric), name: `final:${metric.name}` }))];
}

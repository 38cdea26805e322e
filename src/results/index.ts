/**
 * The results contract
 * ====================
 *
 * What a run hands to everything downstream (statistics, tables, charts,
 * reports): the types, the check that they are well formed, and the one
 * order every output lists runs, arms and metrics in.
 */
export type { MetricInfo, RunResult, ScenarioResults, SeriesPoint, TrustFlow, TrustRunResult, TrustSeriesPoint } from './types.ts';
export { InvalidResultsError } from './errors.ts';
export { validateResults } from './validate.ts';

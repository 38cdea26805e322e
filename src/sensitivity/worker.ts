/**
 * Sensitivity worker
 * ==================
 *
 * Runs one task of a sensitivity analysis on a sweep worker thread: a
 * scenario's replicate under every arm (as a sweep's worker does, without
 * the weekly series, which an analysis never reads), or an analytic test
 * function at the point's inputs, reported as metric `y` under arm `model`.
 */
import runScenarioTask from '../sweep/worker.ts';
import type { SweepTask, TaskResult } from '../sweep/worker.ts';
import { ANALYTIC_ARM, ANALYTIC_METRIC, evaluateAnalytic, isAnalyticScenario } from './analytic.ts';
import type { ModelScenario } from './load.ts';

export default function runSensitivityTask(task: SweepTask<ModelScenario>): TaskResult {
  const { point, replicate, scenario } = task;
  if (isAnalyticScenario(scenario)) return { runs: [{ arm: ANALYTIC_ARM, values: [[ANALYTIC_METRIC.name, evaluateAnalytic(scenario, point, replicate)]] }], series: '' };
  return { runs: runScenarioTask({ point, replicate, scenario }).runs, series: '' };
}

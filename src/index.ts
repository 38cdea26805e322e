/**
 * leadsim — agent-based simulation of leadership in healthcare organisations.
 *
 *   scenario (validated data) ─► trust (workforce: typed arrays) ─► world (typed arrays)
 *   ─► graphology graph on demand
 *   ─► leadership rules ─► initiatives ─► metrics ─► exporters
 */
export * from './engine/index.ts';
export * from './networks/index.ts';
export { stream } from './random/stream.ts';
export type { RandomStream, StreamPathPart } from './random/stream.ts';
export { LeadsimError, InvalidGraphError, InvalidOptionError } from './errors.ts';
export * from './scenario/index.ts';
export { buildTrust, buildTrustWorkforce, EXECUTIVE } from './trust/build-trust.ts';
export { buildWorkforce } from './trust/build-workforce.ts';
export type { TrustDraw, TrustSpec } from './trust/build-workforce.ts';
export { trustGraph } from './trust/trust-graph.ts';
export type { TrustBlock, Workforce } from './trust/workforce.ts';
export { GRADE_INFO } from './trust/grades.ts';
export type { GradeInfo, Profession } from './trust/grades.ts';
export { FOLLOWERSHIP_TYPES, LAYERS } from './trust/types.ts';
export type { Clinician, Followership, Layer, Tie, TrustGraph } from './trust/types.ts';
export type { Rotation } from './trust/grades.ts';
export * from './leadership/index.ts';
export type { Ledger, World } from './model/world.ts';
export { DEFAULT_MODEL } from './model/constants.ts';
export type { ModelParameters } from './model/constants.ts';
export type { AgentTable } from './model/agents.ts';
export type { Grants } from './model/grants.ts';
export { syncGraph, worldGraph } from './model/sync.ts';
export type { WeekHook } from './model/week.ts';
export { ADOPTION_STATES } from './model/vocabulary.ts';
export type { Initiative } from './model/initiative.ts';
export type { Metric } from './metrics/metric.ts';
export { TRUST_METRICS } from './metrics/trust-metrics.ts';
export type { TrustMetric } from './metrics/trust-metric.ts';
export type { TrustTally } from './metrics/trust-tally.ts';
export { PER_TRUST_METRICS, perTrustMetrics } from './metrics/per-trust.ts';
export * from './metrics/leadership-network.ts';
export { runScenario, scenarioHash, LEADSIM_VERSION } from './run/run-scenario.ts';
export type { RunOptions, ScenarioRun } from './run/run-scenario.ts';
export { runReplicate } from './run/run-replicate.ts';
export type { Replicate, ReplicateOptions } from './run/run-replicate.ts';
export { createRun, replicateTrust } from './run/create-run.ts';
export type { Run, RunSpec } from './run/create-run.ts';
export * from './results/index.ts';
export * from './exporters/index.ts';
export * from './statistics/index.ts';
export * from './patterns/index.ts';
export { loadSweep, planSweep } from './sweep/load.ts';
export type { PlannedPoint, SweepPlan } from './sweep/load.ts';
export { runSweep } from './sweep/run-sweep.ts';
export type { SweepOptions, SweepOutcome } from './sweep/run-sweep.ts';
export { sweepSchema } from './sweep/schema.ts';
export type { Factor, Sweep } from './sweep/schema.ts';
export { loadSensitivity, planSensitivity } from './sensitivity/load.ts';
export type { SensitivityPlan } from './sensitivity/load.ts';
export { runSensitivity } from './sensitivity/run-sensitivity.ts';
export type { SensitivityOutcome } from './sensitivity/run-sensitivity.ts';
export { sensitivitySchema } from './sensitivity/schema.ts';
export type { SensitivityFile, SensitivityInput } from './sensitivity/schema.ts';

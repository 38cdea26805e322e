/**
 * Planning a sensitivity analysis
 * ===============================
 *
 *   sensitivity file ──▶ base scenario (+ overrides), or an analytic model
 *     ──▶ design in the unit cube (Saltelli matrices, or Morris trajectories)
 *     ──▶ + a robustness grid ──▶ one validated scenario per point
 *
 * Points are named p00001, p00002, … in design order: Sobol' rows A, B, then
 * A_B^(1) … A_B^(k); Morris trajectories one after another, k + 1 points each;
 * the robustness grid last, its first factor varying slowest. Each point's
 * scenario is the base with the factors' values written at their paths and is
 * validated like a scenario file; errors name the file and the point. The
 * outputs' arms and metrics are checked first, against the arms and runs.csv
 * columns the runs will have: every misnamed one at once, before any run.
 */
import { RULE_SETS } from '../leadership/index.ts';
import { stream } from '../random/stream.ts';
import { LeadsimError } from '../errors.ts';
import type { MetricInfo } from '../results/types.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { placeProblem } from '../scenario/issues.ts';
import { parseScenario, parseWith, readDocument } from '../scenario/load.ts';
import type { Locate } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { applyFactors } from '../sweep/apply-factors.ts';
import { loadBaseScenario } from '../sweep/load.ts';
import { runsCsvMetrics } from '../sweep/metric-columns.ts';
import { ANALYTIC_ARM, ANALYTIC_METRIC, ANALYTIC_MODELS, analyticScenario, isAnalyticScenario } from './analytic.ts';
import type { AnalyticModelName, AnalyticScenario } from './analytic.ts';
import { factorValue } from './factor-scale.ts';
import { morrisDelta, morrisTrajectories } from './morris-design.ts';
import type { MorrisTrajectory } from './morris-design.ts';
import { outputProblems } from './outputs.ts';
import { saltelliBlock, saltelliDesign } from './saltelli-design.ts';
import { sensitivitySchema } from './schema.ts';
import type { MorrisSettings, SensitivityFile, SobolSettings } from './schema.ts';

/** Where a point sits in the design, for design.csv. */
export interface PointRole {
  /** "A", "B", "AB" (Sobol'), "trajectory" (Morris) or "robustness". */
  block: 'A' | 'B' | 'AB' | 'trajectory' | 'robustness';
  /** Row of A/B/A_B (0-based), trajectory (1-based), or grid cell (1-based). */
  unit: number;
  /** Step within a Morris trajectory (0 … k); null elsewhere. */
  step: number | null;
  /** The factor whose column came from B (A_B^(i)), or moved to reach this point (Morris step ≥ 1). */
  factor: string | null;
}

export type ModelScenario = Scenario | AnalyticScenario;

export interface SensitivityPoint {
  point: string;
  factors: Readonly<Record<string, number>>;
  role: PointRole;
  scenario: ModelScenario;
}

export type MethodPlan =
  | { kind: 'sobol'; settings: SobolSettings; samples: number }
  | { kind: 'morris'; settings: MorrisSettings; trajectories: MorrisTrajectory[]; delta: number };

export interface RobustnessPlan {
  replicates: number;
  x: { factor: string; values: number[] };
  y: { factor: string; values: number[] };
  output: string;
}

export interface SensitivityPlan {
  file: string;
  spec: SensitivityFile;
  /** The scenario's name, or the analytic model's. */
  model: string;
  arms: string[];
  /** The metric columns every run reports (runs.csv), with their ranges. */
  metrics: MetricInfo[];
  seed: number;
  replicates: number;
  weeks: number | null;
  method: MethodPlan;
  /** The method's points (first) and the robustness grid's. */
  points: SensitivityPoint[];
  /** How many of `points` belong to the method's design. */
  designSize: number;
  robustness: RobustnessPlan | null;
}

export function loadSensitivity(file: string): SensitivityPlan {
  const { data, locate } = readDocument(file);
  return planSensitivity(parseWith(sensitivitySchema, data, file, locate), file, locate);
}

/** The scenario or analytic model the file analyses (the schema allows exactly one). */
function baseScenario(spec: SensitivityFile, file: string): ModelScenario {
  if (spec.model !== undefined) {
    if (!isAnalyticModelName(spec.model)) throw new LeadsimError(`${file}: model ${JSON.stringify(spec.model)} is not one of ${Object.keys(ANALYTIC_MODELS).join(', ')}.`);
    return analyticScenario(spec.model, spec.seed ?? 1, spec.replicates ?? 1, spec.noise ?? 0);
  }
  if (spec.scenario === undefined) throw new LeadsimError(`${file}: give either a scenario or an analytic model.`);
  return loadBaseScenario({ ...spec, scenario: spec.scenario }, file, 'sensitivity analysis');
}

function isAnalyticModelName(name: string): name is AnalyticModelName {
  return Object.hasOwn(ANALYTIC_MODELS, name);
}

export function planSensitivity(spec: SensitivityFile, file: string, locate?: Locate): SensitivityPlan {
  const k = spec.factors.length;
  const base = baseScenario(spec, file);
  if ('inputs' in base) checkAnalyticPaths(spec, base, file, locate);
  const arms = 'inputs' in base ? [ANALYTIC_ARM] : base.arms.map((arm) => arm.name);
  const metrics = 'inputs' in base ? [ANALYTIC_METRIC] : runsCsvMetrics(base);
  const problems = outputProblems(spec.outputs, arms, metrics.map((m) => m.name));
  if (problems.length > 0) throw new ScenarioError(problems.map((problem) => placeProblem(problem, file, locate?.(problem.path))));
  const random = stream(base.seed, 'sensitivity', spec.name);
  const names = spec.factors.map((f) => f.name);

  // 1. The method's design in the unit cube, with each point's role.
  let method: MethodPlan;
  let unitPoints: { u: ArrayLike<number>; role: PointRole }[];
  if ('sobol' in spec.method) {
    const settings = spec.method.sobol;
    const design = saltelliDesign(k, settings.samples, settings.scramble ? random.fork('sobol-scrambling') : undefined);
    method = { kind: 'sobol', settings, samples: settings.samples };
    unitPoints = design.rows.map((u, row) => {
      const { block, factor, sample } = saltelliBlock(row, settings.samples);
      return { u, role: { block, unit: sample, step: null, factor: factor === null ? null : names[factor] } };
    });
  } else {
    const settings = spec.method.morris;
    const trajectories = morrisTrajectories(k, settings.trajectories, settings.levels, random.fork('morris'), settings.candidates);
    method = { kind: 'morris', settings, trajectories, delta: morrisDelta(settings.levels) };
    unitPoints = trajectories.flatMap((t, ti) =>
      t.points.map((u, step) => ({ u, role: { block: 'trajectory' as const, unit: ti + 1, step, factor: step === 0 ? null : names[t.order[step - 1]] } })),
    );
  }
  const valuesAt = (u: ArrayLike<number>) => Object.fromEntries(spec.factors.map((f, i) => [f.name, factorValue(f, Math.min(1, Math.max(0, u[i])))]));
  const planned: { factors: Record<string, number>; role: PointRole }[] = unitPoints.map(({ u, role }) => ({ factors: valuesAt(u), role }));
  const designSize = planned.length;

  // 2. The robustness grid: two factors over `levels` values, the others at the middle of their ranges.
  let robustness: RobustnessPlan | null = null;
  if (spec.robustness !== undefined) {
    const { levels, output } = spec.robustness;
    const [xi, yi] = spec.robustness.factors.map((name) => names.indexOf(name));
    const grid = (i: number) => Array.from({ length: levels }, (_, l) => factorValue(spec.factors[i], l / (levels - 1)));
    robustness = { replicates: spec.robustness.replicates ?? base.replicates, x: { factor: names[xi], values: grid(xi) }, y: { factor: names[yi], values: grid(yi) }, output };
    let cell = 0;
    for (let a = 0; a < levels; a++)
      for (let b = 0; b < levels; b++) {
        const u = new Float64Array(k).fill(0.5);
        u[xi] = a / (levels - 1);
        u[yi] = b / (levels - 1);
        planned.push({ factors: valuesAt(u), role: { block: 'robustness', unit: ++cell, step: null, factor: null } });
      }
  }

  // 3. One validated scenario per point.
  const ruleSets = RULE_SETS;
  const width = Math.max(5, String(planned.length).length);
  const points = planned.map(({ factors, role }, i): SensitivityPoint => {
    const point = `p${String(i + 1).padStart(width, '0')}`;
    const replicates = role.block === 'robustness' && robustness !== null ? robustness.replicates : base.replicates;
    const applied = applyFactors({ ...base, replicates }, spec.factors, factors, file);
    // applyFactors copies the base and sets factors' paths, so an analytic base stays analytic.
    if (isAnalyticScenario(applied)) return { point, factors, role, scenario: applied };
    const label = Object.entries(factors).map(([name, value]) => `${name} = ${value}`).join(', ');
    return { point, factors, role, scenario: parseScenario(applied, `${file} at ${point} (${label})`, { ruleSets }) };
  });

  return {
    file,
    spec,
    model: 'inputs' in base ? base.model : base.name,
    arms,
    metrics,
    seed: base.seed,
    replicates: base.replicates,
    weeks: 'inputs' in base ? null : base.weeks,
    method,
    points,
    designSize,
    robustness,
  };
}

/** An analytic model's factors set its inputs x1 … xk, each at most once. */
function checkAnalyticPaths(spec: SensitivityFile, base: AnalyticScenario, file: string, locate?: Locate): void {
  const inputs = Object.keys(base.inputs);
  spec.factors.forEach((factor, i) => {
    const input = /^inputs\.(x\d+)$/.exec(factor.path)?.[1];
    if (input === undefined || !inputs.includes(input) || spec.factors.findIndex((f) => f.path === factor.path) !== i)
      throw new ScenarioError([
        { file, path: `factors[${i}].path`, ...locate?.(['factors', i, 'path']), expected: `one of ${inputs.map((x) => `inputs.${x}`).join(', ')} (the inputs of ${spec.model}), each once`, found: JSON.stringify(factor.path) },
      ]);
  });
}

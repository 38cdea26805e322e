/**
 * Analytic test functions
 * =======================
 *
 * Functions whose Sobol' indices are known in closed form, run as models by
 * the same code path as a scenario (`model: ishigami` in a sensitivity file):
 * the worker evaluates them at a design point's inputs `x1 … xk` and reports
 * one metric, `y`, under one arm, `model`. They validate the sampler, the
 * estimators and the runner together.
 *
 * - Ishigami & Homma (1990), a = 7, b = 0.1, on [−π, π]^3:
 *   y = sin x1 + a sin² x2 + b x3⁴ sin x1.
 * - Sobol' G-function (Saltelli & Sobol' 1995) on [0, 1]^8 with
 *   a = (0, 1, 4.5, 9, 99, 99, 99, 99): y = Π (|4 x_i − 2| + a_i) / (1 + a_i).
 *
 * `noise` adds a normal error with that standard deviation, drawn from a
 * stream named by the point and the replicate: unlike a scenario's runs it is
 * not common to the points, so the replicate-noise share can be checked.
 */
import type { MetricInfo } from '../results/types.ts';
import { stream } from '../random/stream.ts';

export interface AnalyticModel {
  readonly inputs: number;
  readonly evaluate: (x: readonly number[]) => number;
  /** The exact first- and total-order indices, factor by factor. */
  readonly indices: () => { first: number[]; total: number[] };
}

export const ISHIGAMI = { a: 7, b: 0.1 } as const;
export const G_FUNCTION_A = [0, 1, 4.5, 9, 99, 99, 99, 99] as const;

export const ANALYTIC_MODELS = {
  ishigami: {
    inputs: 3,
    evaluate: ([x1, x2, x3]) => Math.sin(x1) + ISHIGAMI.a * Math.sin(x2) ** 2 + ISHIGAMI.b * x3 ** 4 * Math.sin(x1),
    indices: () => {
      const { a, b } = ISHIGAMI;
      const pi4 = Math.PI ** 4;
      const v1 = 0.5 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 50;
      const v2 = (a * a) / 8;
      const v13 = (8 * b * b * pi4 * pi4) / 225; // b²π⁸ (1/18 − 1/50)
      const v = v1 + v2 + v13;
      return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
    },
  },
  'g-function': {
    inputs: G_FUNCTION_A.length,
    evaluate: (x) => G_FUNCTION_A.reduce<number>((product, a, i) => (product * (Math.abs(4 * x[i] - 2) + a)) / (1 + a), 1),
    indices: () => {
      const partial = G_FUNCTION_A.map((a) => 1 / (3 * (1 + a) ** 2));
      const all = partial.reduce((product, v) => product * (1 + v), 1);
      const v = all - 1;
      return { first: partial.map((vi) => vi / v), total: partial.map((vi) => (vi * all) / (1 + vi) / v) };
    },
  },
} as const satisfies Record<string, AnalyticModel>;

export type AnalyticModelName = keyof typeof ANALYTIC_MODELS;

/** The one arm an analytic model's runs have, and the one metric they report. */
export const ANALYTIC_ARM = 'model';
export const ANALYTIC_METRIC: MetricInfo = { name: 'y', label: 'y', description: "The function's value at the point's inputs, plus any noise." };

/** What a worker evaluates for an analytic model at one design point. */
export interface AnalyticScenario {
  model: AnalyticModelName;
  seed: number;
  replicates: number;
  noise: number;
  /** x1 … xk, set by the factors' paths (`inputs.x1`). */
  inputs: Record<string, number>;
}

export function analyticScenario(model: AnalyticModelName, seed: number, replicates: number, noise: number): AnalyticScenario {
  const inputs = Object.fromEntries(Array.from({ length: ANALYTIC_MODELS[model].inputs }, (_, i) => [`x${i + 1}`, 0]));
  return { model, seed, replicates, noise, inputs };
}

export function isAnalyticScenario(value: unknown): value is AnalyticScenario {
  return typeof value === 'object' && value !== null && 'model' in value && typeof value.model === 'string' && value.model in ANALYTIC_MODELS;
}

/** y at the scenario's inputs, plus its noise for this point and replicate. */
export function evaluateAnalytic(scenario: AnalyticScenario, point: string, replicate: number): number {
  const model: AnalyticModel = ANALYTIC_MODELS[scenario.model];
  const x = Array.from({ length: model.inputs }, (_, i) => scenario.inputs[`x${i + 1}`]);
  const y = model.evaluate(x);
  return scenario.noise === 0 ? y : y + stream(scenario.seed, 'analytic-noise', point, replicate).normal(0, scenario.noise);
}

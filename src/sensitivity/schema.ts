/**
 * Sensitivity files
 * =================
 *
 * A sensitivity analysis varies factors of one base scenario (or of an
 * analytic test function, `model: ishigami`) and asks how much each moves
 * chosen outputs. Factors use the sweep file's syntax — a name, a dotted path
 * in the scenario (`*` for every list element) — with the range they are
 * sampled over (uniformly, or log-uniformly with `scale: log`). Outputs are a
 * run metric under one arm, `final_uptake[collective]`, or the paired
 * difference of two arms, `final_uptake[collective] - final_uptake[heroic]`.
 * The method is Morris screening or Sobol' indices; a robustness map over two
 * factors may be added to either.
 */
import { z } from 'zod';

import { slug } from '../scenario/fields.ts';
import { factorFields, scenarioOverrides } from '../sweep/schema.ts';
import { ANALYTIC_MODELS } from './analytic.ts';
import { outputTerms } from './outputs.ts';

const factor = z
  .strictObject({
    ...factorFields,
    range: z.tuple([z.number(), z.number()]).describe('[min, max] the factor is sampled over.'),
    scale: z.enum(['linear', 'log']).default('linear').describe('"linear": uniform over the range; "log": uniform in the logarithm (the range must be positive).'),
  })
  .refine((f) => f.range[0] < f.range[1], { error: 'range must be [min, max] with min < max', path: ['range'] })
  .refine((f) => f.scale === 'linear' || f.range[0] > 0, { error: 'a log scale needs a range of positive numbers', path: ['range'] });

const output = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a name of letters, digits, _ and -').describe('The output\'s name in indices.csv.'),
  of: z
    .string()
    .refine((text) => outputTerms(text) !== null, 'metric[arm], or metric[arm] - metric[arm]')
    .describe('A metric under an arm, `final_uptake[collective]`, or the paired difference of two, `final_uptake[collective] - final_uptake[heroic]` (the arm may be left out when there is one).'),
  label: z.string().min(1).optional().describe('Axis title in charts.'),
});

const morris = z.strictObject({
  trajectories: z.int().min(2).max(1000).describe('r: the number of one-at-a-time trajectories (each k + 1 points).'),
  levels: z.int().min(2).max(100).refine((p) => p % 2 === 0, 'an even number of levels').default(4).describe('p: grid levels per factor; the step is p / (2(p − 1)).'),
  candidates: z.int().min(2).max(10000).optional().describe('Choose the r trajectories from this many, as spread out as possible (Campolongo et al. 2007).'),
  bootstrap: z.int().min(0).max(100000).default(1000).describe('Resamples of the trajectories for the 95% interval of μ*.'),
});

const sobol = z.strictObject({
  samples: z.int().min(4).max(1 << 20).refine((n) => (n & (n - 1)) === 0, 'a power of two (Sobol\' points are balanced in blocks of 2^m)').describe('N: rows of each of A and B; the design has N(k + 2) points.'),
  estimator: z.enum(['jansen', 'saltelli']).default('jansen').describe('"jansen" (Jansen 1999) or "saltelli" (Saltelli 2002), with OpenTURNS\' normalisations.'),
  bootstrap: z.int().min(0).max(100000).default(1000).describe('Resamples of the N rows for the 95% intervals.'),
  scramble: z.boolean().default(true).describe('Scramble the Sobol\' sequence (linear matrix scrambling and digital shift).'),
});

const robustness = z.strictObject({
  factors: z.tuple([z.string(), z.string()]).describe('The two factors of the map (x, then y).'),
  levels: z.int().min(2).max(50).default(5).describe('Grid values per factor, evenly spread over its range.'),
  replicates: z.int().min(2).max(10000).optional().describe('Replicates per grid cell (default: the analysis\'s); the cells\' intervals need a few.'),
  output: z.string().describe('An output that is a difference of two arms.'),
});

export const sensitivitySchema = z
  .strictObject({
    name: slug.describe('Analysis name.'),
    description: z.string().min(1).describe('One line saying what the analysis asks.'),
    ...scenarioOverrides,
    scenario: scenarioOverrides.scenario.optional(),
    model: z.enum(Object.keys(ANALYTIC_MODELS)).optional().describe('An analytic test function to analyse instead of a scenario (validation).'),
    noise: z.number().min(0).optional().describe('With an analytic model: the standard deviation of a normal error added to each run (not common to the points).'),
    method: z.union([z.strictObject({ morris }), z.strictObject({ sobol })]).describe('{ morris: {…} } for screening, or { sobol: {…} } for first- and total-order indices.'),
    factors: z.array(factor).min(1).describe('What varies, and over which range.'),
    outputs: z.array(output).min(1).describe('What is analysed.'),
    robustness: robustness.optional().describe('A map of an arm difference over a grid of two factors, the others at the middle of their ranges.'),
  })
  .superRefine((file, context) => {
    const issue = (path: (string | number)[], message: string, input: unknown) => {
      context.addIssue({ code: 'custom', path, message, input });
    };
    if ((file.scenario === undefined) === (file.model === undefined)) issue(['scenario'], 'either a scenario or an analytic model (not both)', file.scenario);
    if (file.model !== undefined)
      for (const key of ['weeks', 'arms', 'events'] as const) if (file[key] !== undefined) issue([key], `no ${key} with an analytic model`, file[key]);
    if (file.model === undefined && file.noise !== undefined) issue(['noise'], 'no noise with a scenario (its runs have their own randomness)', file.noise);
    file.factors.forEach((f, i) => {
      if (file.factors.findIndex((g) => g.name === f.name) !== i) issue(['factors', i, 'name'], 'a name no other factor has', f.name);
    });
    file.outputs.forEach((o, i) => {
      if (file.outputs.findIndex((g) => g.name === o.name) !== i) issue(['outputs', i, 'name'], 'a name no other output has', o.name);
    });
    if (file.robustness !== undefined) {
      file.robustness.factors.forEach((name, i) => {
        if (!file.factors.some((f) => f.name === name)) issue(['robustness', 'factors', i], `one of the factors (${file.factors.map((f) => f.name).join(', ')})`, name);
      });
      if (file.robustness.factors[0] === file.robustness.factors[1]) issue(['robustness', 'factors', 1], 'a second, different factor', file.robustness.factors[1]);
      const wanted = file.robustness.output;
      const out = file.outputs.find((o) => o.name === wanted);
      if (out === undefined) issue(['robustness', 'output'], `one of the outputs (${file.outputs.map((o) => o.name).join(', ')})`, file.robustness.output);
      else if (outputTerms(out.of)?.length !== 2) issue(['robustness', 'output'], 'an output that is a difference of two arms (metric[arm] - metric[arm])', file.robustness.output);
    }
  });

export type SensitivityInput = z.input<typeof sensitivitySchema>;
export type SensitivityFile = z.output<typeof sensitivitySchema>;
export type SensitivityFactor = SensitivityFile['factors'][number];
export type SensitivityOutput = SensitivityFile['outputs'][number];
export type MorrisSettings = z.output<typeof morris>;
export type SobolSettings = z.output<typeof sobol>;
export type RobustnessSettings = z.output<typeof robustness>;

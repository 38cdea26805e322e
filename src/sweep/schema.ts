/**
 * Sweep files
 * ===========
 *
 * A sweep runs one base scenario at many design points. Each factor names a
 * number in the scenario by a dotted path (`*` for every element of a list,
 * e.g. `arms.*.parameters.hierarchySteepness`) and gives the values of a full
 * grid, or the range a Latin hypercube samples. Top-level overrides (seed,
 * weeks, replicates, arms, events) apply to the base scenario first.
 */
import { z } from 'zod';

import { oneLine, slug } from '../scenario/fields.ts';
import { armSchema } from '../scenario/schema.ts';

/** A factor's name, path and rounding: shared with sensitivity files (src/sensitivity/schema.ts). */
export const factorFields = {
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a name of letters, digits, _ and -').describe('Column name for this factor in runs.csv.'),
  path: z.string().min(1).describe('Dotted path of the number to vary in the scenario; `*` matches every element of a list.'),
  integer: z.boolean().default(false).describe('Round sampled values to whole numbers (weeks, counts).'),
};

/** The top-level overrides of the base scenario, shared with sensitivity files. */
export const scenarioOverrides = {
  scenario: z.string().min(1).describe('The base scenario: a file path relative to this file, or a bundled scenario name.'),
  seed: z.int().min(0).optional().describe('Overrides the base scenario\'s seed.'),
  weeks: z.int().min(1).optional().describe('Overrides the base scenario\'s weeks.'),
  replicates: z.int().min(1).max(10000).optional().describe('Replicates per design point; overrides the base scenario\'s.'),
  arms: z.array(armSchema).min(1).optional().describe('Overrides the base scenario\'s arms.'),
  events: z.array(z.unknown()).optional().describe('Overrides the base scenario\'s events (checked with the scenario).'),
};

const factor = z
  .strictObject({
    name: factorFields.name,
    path: factorFields.path,
    values: z.array(z.number()).min(1).optional().describe('The values of a grid design.'),
    range: z.tuple([z.number(), z.number()]).optional().describe('[min, max] sampled by a Latin hypercube design.'),
    integer: factorFields.integer,
  })
  .refine((f) => f.range === undefined || f.range[0] <= f.range[1], { error: 'range must be [min, max] with min ≤ max', path: ['range'] });

/** Design points a sweep may have: each is a validated scenario in memory before the first run. */
export const MAX_POINTS = 10_000;

export const sweepSchema = z
  .strictObject({
    name: slug.describe('Sweep name.'),
    description: oneLine.describe('One line saying what the sweep explores.'),
    ...scenarioOverrides,
    factors: z.array(factor).min(1).describe('What varies.'),
    design: z
      .union([z.literal('grid'), z.strictObject({ latinHypercube: z.strictObject({ samples: z.int().min(2).max(MAX_POINTS) }) })])
      .default('grid')
      .describe('"grid" (every combination of the factors\' values) or { latinHypercube: { samples: N } } over their ranges.'),
  })
  .superRefine((sweep, context) => {
    const grid = sweep.design === 'grid';
    const points = grid ? sweep.factors.reduce((product, f) => product * (f.values?.length ?? 1), 1) : 0;
    if (points > MAX_POINTS)
      context.addIssue({ code: 'custom', path: ['factors'], message: `a grid of at most ${MAX_POINTS.toLocaleString('en-GB')} design points`, input: undefined, params: { found: `${points.toLocaleString('en-GB')} (the product of the factors' numbers of values)` } });
    sweep.factors.forEach((f, i) => {
      if (grid && f.values === undefined)
        context.addIssue({ code: 'custom', path: ['factors', i, 'values'], message: 'a list of values (a grid design varies every factor over its values)', input: undefined });
      if (!grid && f.range === undefined)
        context.addIssue({ code: 'custom', path: ['factors', i, 'range'], message: 'a [min, max] range (a Latin hypercube samples every factor over its range)', input: undefined });
      if (sweep.factors.findIndex((g) => g.name === f.name) !== i)
        context.addIssue({ code: 'custom', path: ['factors', i, 'name'], message: 'a name no other factor has', input: f.name });
    });
  });

export type SweepInput = z.input<typeof sweepSchema>;
export type Sweep = z.output<typeof sweepSchema>;
export type Factor = Sweep['factors'][number];

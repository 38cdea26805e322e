/**
 * Scenario schema: the region
 * ===========================
 *
 * A scenario may describe a region (a deanery, an integrated care system, or
 * all of NHS England) as several trusts, each the scenario's `trust` as a
 * template scaled to its headcount, and the ties between their staff. Without
 * `region` a scenario is a region of one trust, built as it always was.
 * Trusts are listed by name and headcount, or a count of them is drawn from a
 * size distribution (src/scenario/trust-sizes.ts, NHS England's by default).
 */
import { z } from 'zod';

import { slug } from './fields.ts';
import { NHS_TRUST_SIZES } from './trust-sizes.ts';

/** More trusts than NHS England has (about 220), with room; trusts are 16-bit indices in a workforce. */
export const MAX_TRUSTS = 1_000;
/** More staff than any NHS trust employs (the largest have about 25,000). */
export const MAX_TRUST_STAFF = 100_000;
const MAX_DEGREE = 100;

const listedTrust = z.strictObject({
  name: slug.describe('Trust name, unique in the region; names its departments ("northgate/medicine-1") and its rows in the outputs.'),
  staff: z.int().min(1).max(MAX_TRUST_STAFF).describe('Headcount: the template trust\'s departments are scaled to it (at least one department of each specialty).'),
});

const headcount = z.number().min(1).max(MAX_TRUST_STAFF);

const sizes = z
  .strictObject({
    median: headcount.describe(`Median trust headcount (default ${NHS_TRUST_SIZES.median}). Assumption: with the default spread, 220 trusts hold about 1.4 million staff, NHS England's.`),
    sigma: z.number().min(0).max(3).describe(`Spread of log headcount (default ${NHS_TRUST_SIZES.sigma}). Assumption.`),
    min: headcount.describe(`Smallest trust, in staff (default ${NHS_TRUST_SIZES.min}). Assumption.`),
    max: headcount.describe(`Largest trust, in staff (default ${NHS_TRUST_SIZES.max}); the largest NHS trusts employ about 25,000. Assumption.`),
  })
  .refine(({ min, median, max }) => min <= median && median <= max, 'sizes with min ≤ median ≤ max')
  .describe('Trust headcounts drawn from a lognormal with this median and spread, kept within [min, max]; only with a count of trusts. Default NHS England\'s (src/scenario/trust-sizes.ts).');

const ties = z
  .strictObject({
    networkDegree: z
      .number()
      .min(0)
      .max(MAX_DEGREE)
      .default(0.5)
      .describe('Mean ties per person to staff of the same specialty and profession in other trusts of the region: regional clinical networks, clinically led groups working across organisational boundaries (NHS England). Informal ties. The number is an assumption.'),
    formerColleagueDegree: z
      .number()
      .min(0)
      .max(MAX_DEGREE)
      .default(0.5)
      .describe('Mean ties per person to people of the same profession in other trusts of the region whom they once worked with (staff move between a region\'s trusts, trainees rotate). Informal ties. Assumption.'),
  })
  .prefault({})
  .describe('Informal ties between the staff of different trusts.');

export const regionSchema = z
  .strictObject({
    name: slug.describe('Region name, e.g. "north-deanery"; the name of the whole region in the outputs.'),
    trusts: z
      .union([z.array(listedTrust).min(1).max(MAX_TRUSTS), z.int().min(1).max(MAX_TRUSTS)])
      .describe(`The region's trusts: a list of { name, staff }, or a count (1 to ${MAX_TRUSTS}) of trusts whose headcounts are drawn from \`sizes\` and named region-1, region-2, …`),
    sizes: sizes.optional(),
    ties,
  })
  .optional()
  .describe('A region of several trusts, each the `trust` template scaled to its headcount, with ties between their staff. Without it, the scenario is one trust.');

export type RegionSpec = NonNullable<z.output<typeof regionSchema>>;

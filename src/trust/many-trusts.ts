/**
 * Many trusts in one workforce, drawn from a size distribution
 * ============================================================
 *
 * A code-level constructor (no scenario format yet) for a region or all of
 * NHS England as one world of trust blocks: `bench/scale.bench.ts` builds the
 * national world (about 1.4 million staff in 220 trusts) and a deanery-sized
 * region with it. Each trust is the template trust (a scenario's `trust`)
 * with its departments scaled to the trust's drawn headcount, keeping the
 * template's mix of specialties, staffing and tie densities; so a person's
 * ties (about 17 arcs in the large trust) do not depend on the trust's size.
 *
 * Trust headcounts are drawn from a distribution given as data
 * (src/scenario/trust-sizes.ts: NHS England's, an assumption).
 */
import type { RandomStream } from '../random/stream.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { TrustSizes } from '../scenario/trust-sizes.ts';
import { EXECUTIVE_GRADES } from './grades.ts';
import { buildWorkforce } from './build-workforce.ts';
import type { TrustSpec } from './build-workforce.ts';
import type { Workforce } from './workforce.ts';

export { NHS_TRUST_SIZES } from '../scenario/trust-sizes.ts';

export interface ManyTrusts {
  /** The region's name; trusts are named `${name}-1`, `${name}-2`, … */
  readonly name: string;
  readonly trusts: number;
  readonly sizes: TrustSizes;
  /** The template trust: its departments give the mix of specialties, and its headcount the scale. */
  readonly template: TrustSpec;
  readonly model: ModelParameters;
  /** The region's stream: trust sizes from `sizes`, each trust from `trust`, k. */
  readonly random: RandomStream;
}

/** Headcounts of `count` trusts drawn from `sizes`. */
export function drawTrustSizes(count: number, sizes: TrustSizes, random: RandomStream): number[] {
  return Array.from({ length: count }, () => Math.round(Math.min(sizes.max, Math.max(sizes.min, sizes.median * Math.exp(sizes.sigma * random.normal(0, 1))))));
}

/** The template trust's headcount at the middle of its staffing ranges. */
export function templateHeadcount(template: TrustSpec): number {
  const perDepartment = Object.values(template.staffing).reduce((sum, [min, max]) => sum + (min + max) / 2, 0);
  return EXECUTIVE_GRADES.length + perDepartment * template.departments.reduce((sum, d) => sum + d.count, 0);
}

/** A workforce of many trusts, each the template scaled to a drawn headcount. */
export function buildManyTrusts({ name, trusts, sizes, template, model, random }: ManyTrusts): Workforce {
  const headcounts = drawTrustSizes(trusts, sizes, random.fork('sizes'));
  const scale = (headcount: number) => headcount / templateHeadcount(template);
  const specs = headcounts.map((headcount, k): TrustSpec => ({
    ...template,
    name: `${name}-${String(k + 1)}`,
    departments: template.departments.map((d) => ({ ...d, count: Math.max(1, Math.round(d.count * scale(headcount))) })),
  }));
  return buildWorkforce(specs.map((spec, k) => ({ spec, random: random.fork('trust', k + 1) })), model, name);
}

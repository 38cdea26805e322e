/**
 * Many trusts in one workforce
 * ============================
 *
 * A region, or all of NHS England, as one world of trust blocks. Each trust
 * is the template trust (a scenario's `trust`) with its departments scaled to
 * the trust's headcount, keeping the template's mix of specialties, staffing
 * and tie densities; so a person's ties within their trust (about 17 arcs in
 * the large trust) do not depend on the trust's size. Then the ties between
 * trusts (src/trust/region-ties.ts). One path for listed trusts (a scenario's
 * `region`, src/trust/build-trust.ts) and drawn ones (`buildManyTrusts`:
 * headcounts drawn from a distribution given as data, src/scenario/trust-sizes.ts;
 * `bench/scale.bench.ts` builds the national world and a deanery with it).
 */
import type { RandomStream } from '../random/stream.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import { drawTrustSizes, scaleTemplate } from '../scenario/region-trusts.ts';
import type { RegionTrust } from '../scenario/region-trusts.ts';
import type { RegionSpec } from '../scenario/region-schema.ts';
import type { TrustSizes } from '../scenario/trust-sizes.ts';
import { buildWorkforce } from './build-workforce.ts';
import type { TrustSpec } from './build-workforce.ts';
import { placeRegionTies } from './region-ties.ts';
import type { Workforce } from './workforce.ts';

export { NHS_TRUST_SIZES } from '../scenario/trust-sizes.ts';
export { drawTrustSizes, templateHeadcount } from '../scenario/region-trusts.ts';

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
  /** Ties between trusts; none when left out. */
  readonly ties?: RegionSpec['ties'];
}

/** A workforce of many trusts, each the template scaled to a drawn headcount. */
export function buildManyTrusts({ name, trusts, sizes, template, model, random, ties }: ManyTrusts): Workforce {
  const headcounts = drawTrustSizes(trusts, sizes, random.fork('sizes'));
  return buildRegionTrusts({ name, trusts: headcounts.map((staff, k) => ({ name: `${name}-${String(k + 1)}`, staff })), template, model, random, ties });
}

export interface RegionTrusts {
  readonly name: string;
  readonly trusts: readonly RegionTrust[];
  readonly template: TrustSpec;
  readonly model: ModelParameters;
  /** Each trust from `trust`, k (from 1); the ties between trusts from `between-trusts`. */
  readonly random: RandomStream;
  readonly ties?: RegionSpec['ties'];
}

/** A workforce of named trusts of given headcounts, each the template scaled, with the ties between them. */
export function buildRegionTrusts({ name, trusts, template, model, random, ties }: RegionTrusts): Workforce {
  const specs = trusts.map((trust) => scaleTemplate(template, trust.name, trust.staff));
  const workforce = buildWorkforce(specs.map((spec, k) => ({ spec, random: random.fork('trust', k + 1) })), model, name);
  if (ties !== undefined) placeRegionTies(workforce, specs, ties, random.fork('between-trusts'));
  return workforce;
}

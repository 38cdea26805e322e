/**
 * The sizes of NHS England's trusts, as data for many-trust worlds
 * ================================================================
 *
 * Trust headcounts for `buildManyTrusts` (src/trust/many-trusts.ts):
 * lognormal with this median and log-scale spread, kept within [min, max].
 * Assumption: the shape is not published as such; its median and spread are
 * set so that 220 trusts hold about 1.4 million staff, NHS England's trusts'
 * headcount, with trusts from about a thousand to a few tens of thousands of
 * staff (docs/model.md, "Many trusts").
 */

export interface TrustSizes {
  readonly median: number;
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
}

export const NHS_TRUST_SIZES: TrustSizes = { median: 5300, sigma: 0.6, min: 800, max: 30000 };

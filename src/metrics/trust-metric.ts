/**
 * The per-trust metric contract
 * =============================
 *
 * A metric measured for each trust of the world at the end of every week, and
 * for the region as a whole: `measure` fills `out[t]` for trust t and
 * `out[trusts]` for the region, NaN where undefined that week (no trainees in
 * the trust, nothing launched yet). It must not allocate: at national scale it
 * runs for 220 trusts every week. The counts most metrics need are gathered
 * once a week in one pass over the staff (`TrustTally`), so a metric is a few
 * divisions per trust.
 */
import type { MetricInfo } from '../results/types.ts';
import type { World } from '../model/world.ts';
import type { TrustTally } from './trust-tally.ts';

export interface TrustMetric extends MetricInfo {
  measure: (world: World, out: Float64Array, tally: TrustTally) => void;
}

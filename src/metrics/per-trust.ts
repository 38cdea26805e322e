/**
 * The weekly metrics of each trust
 * ================================
 *
 * Uptake, engagement, trainee leadership and ideas, for each trust of the
 * world and for the region as a whole (trusts.csv). Where a name is one of
 * the trust-wide metrics (trust-metrics.ts), it means the same thing within a
 * trust, and its region value is the trust-wide one: in a one-trust scenario,
 * the trust's row equals timeseries.csv. Uptake within a trust counts the
 * trust's own people in the initiative's scope: all of them for a
 * region-wide initiative, none for another trust's.
 */
import type { Scenario } from '../scenario/schema.ts';
import { NON_NEGATIVE, SHARE } from '../statistics/bounds.ts';
import type { TrustMetric } from './trust-metric.ts';
import type { ByTrust, TrustTally } from './trust-tally.ts';

const ENGAGEMENT_SCALE = { lower: 0, upper: 10 } as const;

/** out[t] = top[t] / bottom[t], NaN where the bottom is 0 (undefined, not zero). */
function ratio(out: Float64Array, top: ByTrust, bottom: ByTrust): void {
  for (let t = 0; t < out.length; t++) out[t] = bottom[t] === 0 ? Number.NaN : top[t] / bottom[t];
}

/** Mean over the launched scheduled initiatives with people of the trust in scope of the share adopting. */
function meanUptake(out: Float64Array, tally: TrustTally, counted: readonly ByTrust[]): void {
  for (let t = 0; t < out.length; t++) {
    let sum = 0;
    let n = 0;
    for (let k = 0; k < tally.scheduled.length; k++)
      if (tally.inScope[k][t] > 0) {
        sum += counted[k][t] / tally.inScope[k][t];
        n++;
      }
    out[t] = n === 0 ? Number.NaN : sum / n;
  }
}

export const PER_TRUST_METRICS: readonly TrustMetric[] = [
  {
    name: 'uptake_total',
    label: 'Uptake (share adopting)',
    unit: 'share of scope',
    bounds: SHARE,
    description: "Mean over the launched scheduled initiatives with any of the trust's people in scope of the share of those people adopting (committed or compliant).",
    measure: (_world, out, tally) => { meanUptake(out, tally, tally.adopted); },
  },
  {
    name: 'uptake_committed',
    label: 'Committed uptake',
    unit: 'share of scope',
    bounds: SHARE,
    description: 'As uptake_total, counting only committed adopters.',
    measure: (_world, out, tally) => { meanUptake(out, tally, tally.committed); },
  },
  {
    name: 'engagement_trainees',
    label: 'Trainee engagement',
    unit: '0–10',
    bounds: ENGAGEMENT_SCALE,
    description: "Mean engagement of the trust's doctors in training (NHS Staff Survey scale).",
    measure: (_world, out, tally) => { ratio(out, tally.engagementTrainees, tally.trainees); },
  },
  {
    name: 'engagement_others',
    label: 'Engagement of other staff',
    unit: '0–10',
    bounds: ENGAGEMENT_SCALE,
    description: "Mean engagement of the trust's other staff.",
    measure: (_world, out, tally) => {
      for (let t = 0; t < out.length; t++) {
        const others = tally.staff[t] - tally.trainees[t];
        out[t] = others === 0 ? Number.NaN : tally.engagementOthers[t] / others;
      }
    },
  },
  {
    name: 'trainees_disengaged_share',
    label: 'Trainees disengaged',
    unit: 'share of trainees',
    bounds: SHARE,
    description: "Share of the trust's trainees with engagement below `model.engagement.disengagedBelow`.",
    measure: (_world, out, tally) => { ratio(out, tally.traineesDisengaged, tally.trainees); },
  },
  {
    name: 'trainees_granted_share',
    label: 'Trainees with a granted claim',
    unit: 'share of trainees',
    bounds: SHARE,
    description: "Share of the trust's current trainees who have had at least one leadership claim granted.",
    measure: (_world, out, tally) => { ratio(out, tally.traineesGranted, tally.trainees); },
  },
  {
    name: 'trainee_leadership_share',
    label: 'Trainee leadership share',
    unit: 'share of in-degree',
    bounds: SHARE,
    description: "Share of the leadership in-degree of the trust's people held by its trainees (whoever granted it).",
    measure: (_world, out, tally) => { ratio(out, tally.inDegreeTrainees, tally.inDegree); },
  },
  ...(
    [
      ['ideas_launched', 'Ideas launched', 'ideasLaunched', 'Bottom-up ideas launched (sponsored) in the trust so far.'],
      ['ideas_succeeded', 'Ideas succeeded', 'ideasSucceeded', "Ideas launched in the trust that have reached half their scope so far."],
      ['ideas_abandoned', 'Ideas abandoned', 'ideasAbandoned', 'Ideas launched in the trust left without a lead so far.'],
    ] as const
  ).map(([name, label, field, description]): TrustMetric => ({
    name,
    label,
    unit: 'count',
    bounds: NON_NEGATIVE,
    description,
    measure: (_world, out, tally) => { out.set(tally[field]); },
  })),
  ...(
    [
      ['moved_in', 'Moved in', 'People who moved into the trust from another trust so far (the region: every move between trusts).', false, 'movers'],
      ['moved_out', 'Moved out', 'People who moved from the trust to another trust so far (the region: every move between trusts).', true, 'movers'],
      ['ideas_carried_in', 'Ideas carried in', 'Ideas proposed again in the trust by someone who brought them from another trust, so far.', false, 'ideas'],
    ] as const
  ).map(([name, label, description, outgoing, flow]): TrustMetric => ({
    name,
    label,
    unit: 'count',
    bounds: NON_NEGATIVE,
    description,
    measure: (world, out) => {
      const { trusts } = world.flows;
      const matrix = world.flows[flow];
      out.fill(0);
      for (let from = 0; from < trusts; from++)
        for (let to = 0; to < trusts; to++) {
          const count = matrix[from * trusts + to];
          out[outgoing ? from : to] += count;
          out[trusts] += count;
        }
    },
  })),
];

/** One uptake series per scheduled initiative and trust, from the week it launches. */
export function perTrustInitiativeMetrics(scenario: Pick<Scenario, 'initiatives'>): TrustMetric[] {
  return scenario.initiatives.map(({ name }, k) => ({
    name: `uptake:${name}`,
    label: `Uptake of ${name}`,
    unit: 'share of scope',
    bounds: SHARE,
    description: `Share of the trust's people in ${name}'s scope adopting (committed or compliant); undefined before launch and in trusts outside its scope.`,
    measure: (_world, out, tally) => { ratio(out, tally.adopted[k], tally.inScope[k]); },
  }));
}

/** Every per-trust metric a run of this scenario records. */
export function perTrustMetrics(scenario: Pick<Scenario, 'initiatives'>, extra: readonly TrustMetric[] = []): TrustMetric[] {
  return [...PER_TRUST_METRICS, ...perTrustInitiativeMetrics(scenario), ...extra];
}

/**
 * The trust's weekly metrics
 * ==========================
 *
 * Change uptake, trainee engagement and the leadership network, measured at
 * the end of every week. Uptake is the mean over the scenario's scheduled
 * initiatives launched so far of the share of their scope adopting; each
 * scheduled initiative also gets its own series.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Initiative } from '../model/initiative.ts';
import { uptake } from '../model/week.ts';
import type { World } from '../model/world.ts';
import { departmentLeadershipOfGranted } from './department-networks.ts';
import type { DepartmentLeadership } from './department-networks.ts';
import { leadershipCentralization, leadershipGini } from './in-degrees.ts';
import { leadershipDensity, traineeLeadershipShare } from './leadership-network.ts';
import { NON_NEGATIVE, SHARE } from '../statistics/bounds.ts';
import type { Metric } from './metric.ts';

/** The NHS Staff Survey engagement index runs from 0 to 10. */
const ENGAGEMENT_SCALE = { lower: 0, upper: 10 } as const;

/** How far Staff Survey engagement varies between trusts: the yardstick for a difference in engagement. */
const BETWEEN_TRUSTS = { value: 0.3, description: 'the spread (sd) of Staff Survey engagement between trusts (assumption: trust scores 6.7–7.3)' };

type Adoption = Parameters<typeof uptake>[2];

/** By world's list of initiatives: the scheduled ones among its first `seen`, the last of which was `last`. */
interface ScheduledSoFar {
  seen: number;
  last: Initiative | undefined;
  readonly scheduled: Initiative[];
}
const scheduledSoFar = new WeakMap<readonly Initiative[], ScheduledSoFar>();

/**
 * The scheduled initiatives launched so far, in launch order. The list only grows (launch.ts
 * appends; at national scale some 70,000 ideas by the year's end), so only the newly launched
 * are looked at; a list that shrank or changed before its end is looked through again.
 */
function scheduled(world: World): readonly Initiative[] {
  const all = world.initiatives;
  let known = scheduledSoFar.get(all);
  if (known === undefined || known.seen > all.length || (known.seen > 0 && all[known.seen - 1] !== known.last)) {
    known = { seen: 0, last: undefined, scheduled: [] };
    scheduledSoFar.set(all, known);
  }
  for (let k = known.seen; k < all.length; k++) if (all[k].origin === 'scheduled') known.scheduled.push(all[k]);
  known.seen = all.length;
  known.last = all.at(-1);
  return known.scheduled;
}

function meanUptake(world: World, states: Adoption): number | null {
  const launched = scheduled(world);
  return launched.length === 0 ? null : launched.reduce((sum, i) => sum + uptake(world, i, states), 0) / launched.length;
}

/** Mean of `values` over trainees, or over everyone else (one indexed pass over typed arrays, every week: docs/engine.md, hot paths). */
function meanOf(world: World, values: Float64Array, trainees: boolean): number | null {
  const { trainee, size } = world.agents;
  const wanted = trainees ? 1 : 0;
  let sum = 0;
  let n = 0;
  for (let slot = 0; slot < size; slot++)
    if (trainee[slot] === wanted) {
      sum += values[slot];
      n++;
    }
  return n === 0 ? null : sum / n;
}

/** Share of trainees whose value is below `cut`, or (with `below` false) at or above it; one pass, no callback per person. */
function traineeShare(world: World, values: Float64Array | Int32Array, below: boolean, cut: number): number | null {
  const { trainee, size } = world.agents;
  let n = 0;
  let yes = 0;
  for (let slot = 0; slot < size; slot++)
    if (trainee[slot] === 1) {
      n++;
      if (values[slot] < cut === below) yes++;
    }
  return n === 0 ? null : yes / n;
}

/** What the department networks were last worked out from, by world, and what they gave. */
interface WithinDepartments {
  readonly week: number;
  readonly members: World['members'];
  readonly tieCount: number;
  readonly claimsGranted: number;
  readonly hires: number;
  readonly result: DepartmentLeadership;
}
const lastWithin = new WeakMap<World, WithinDepartments>();

/**
 * The clinical departments' leadership networks (the executive, last, is not a
 * team that leads change). Both department measures read them, one after the
 * other after the week: worked out once for the two (from the people someone
 * has granted: department-networks.ts), again whenever the week, the
 * department lists, the leadership ties, the grants or the hires have moved on.
 */
function withinDepartments(world: World): DepartmentLeadership {
  const { week, members, hires } = world;
  const { tieCount } = world.grants;
  const { claimsGranted } = world.ledger;
  const last = lastWithin.get(world);
  if (last?.week === week && last.members === members && last.tieCount === tieCount && last.claimsGranted === claimsGranted && last.hires === hires) return last.result;
  const result = departmentLeadershipOfGranted(world.grants, world.agents.department, members, members.length - 1);
  lastWithin.set(world, { week, members, tieCount, claimsGranted, hires, result });
  return result;
}

export const TRUST_METRICS: readonly Metric[] = [
  ...(
    [
      ['uptake_total', 'Uptake (share adopting)', 'adopted', 'Mean over launched scheduled initiatives of the share of their scope adopting (committed or compliant).'],
      ['uptake_committed', 'Committed uptake', 'committed', 'As uptake_total, counting only committed adopters (peer-driven, which sustains).'],
      ['uptake_compliant', 'Compliant uptake', 'compliant', 'As uptake_total, counting only compliant adopters (mandated, which reverts when pressure goes).'],
      ['uptake_resisting', 'Resisting', 'resisting', 'As uptake_total, counting those resisting the change (alienated followers who have not adopted).'],
    ] as const
  ).map(([name, label, states, description]): Metric => ({
    name,
    label,
    unit: 'share of scope',
    bounds: SHARE,
    description,
    measure: (world) => meanUptake(world, states),
  })),
  {
    name: 'engagement_trainees',
    label: 'Trainee engagement',
    unit: '0–10',
    bounds: ENGAGEMENT_SCALE,
    practicalSpread: BETWEEN_TRUSTS,
    description: 'Mean engagement of doctors in training (NHS Staff Survey scale).',
    measure: (world) => meanOf(world, world.agents.engagement, true),
  },
  {
    name: 'engagement_others',
    label: 'Engagement of other staff',
    unit: '0–10',
    bounds: ENGAGEMENT_SCALE,
    practicalSpread: BETWEEN_TRUSTS,
    description: 'Mean engagement of everyone else.',
    measure: (world) => meanOf(world, world.agents.engagement, false),
  },
  {
    name: 'trainees_disengaged_share',
    label: 'Trainees disengaged',
    unit: 'share of trainees',
    bounds: SHARE,
    description: 'Share of trainees with engagement below `model.engagement.disengagedBelow` (5 by default; assumption).',
    measure: (world) => {
      return traineeShare(world, world.agents.engagement, true, world.model.parameters.engagement.disengagedBelow);
    },
  },
  {
    name: 'trainees_granted_share',
    label: 'Trainees with a granted claim',
    unit: 'share of trainees',
    bounds: SHARE,
    description: 'Share of current trainees who have had at least one leadership claim granted.',
    // Whole counts: more than none is at least one.
    measure: (world) => traineeShare(world, world.agents.grantedClaims, false, 1),
  },
  {
    name: 'leadership_density',
    bounds: SHARE,
    label: 'Leadership density',
    description: 'Carson et al. (2007): distinct granter → claimer ties over N(N − 1).',
    measure: (world) => leadershipDensity(world.grants.tieCount, world.agents.size),
  },
  {
    name: 'leadership_centralization',
    bounds: SHARE,
    label: 'Leadership centralization',
    description: 'Freeman in-degree centralization of the leadership network (Mayo et al. 2003).',
    measure: (world) => leadershipCentralization(world.grants),
  },
  {
    name: 'leadership_density_department',
    bounds: SHARE,
    label: 'Leadership density within departments',
    description: 'Mean over clinical departments of the density of leadership ties among their members (Carson et al. 2007, at team scale).',
    measure: (world) => withinDepartments(world).density,
  },
  {
    name: 'leadership_centralization_department',
    bounds: SHARE,
    label: 'Leadership centralization within departments',
    description: 'Mean over clinical departments of the Freeman in-degree centralization of leadership ties among their members (Mayo et al. 2003, at team scale).',
    measure: (world) => withinDepartments(world).centralization,
  },
  {
    name: 'leadership_gini',
    bounds: SHARE,
    label: 'Gini of leadership in-degree',
    description: 'Inequality of leadership in-degree (0 even, 1 one leader); undefined while nobody has been granted.',
    measure: (world) => leadershipGini(world.grants),
  },
  {
    name: 'trainee_leadership_share',
    label: 'Trainee leadership share',
    unit: 'share of in-degree',
    bounds: SHARE,
    description: 'Share of all leadership in-degree held by trainees.',
    measure: (world) => traineeLeadershipShare(world.grants.inDegree, world.agents.trainee),
  },
  ...(
    [
      ['initiatives_launched', 'Initiatives launched', 'launched', 'Scheduled initiatives and sponsored ideas launched so far.'],
      ['initiatives_succeeded', 'Initiatives succeeded', 'succeeded', 'Initiatives that have reached half their scope so far.'],
      ['initiatives_abandoned', 'Initiatives abandoned', 'abandoned', 'Initiatives left without a lead so far.'],
      ['ideas_lost_at_rotation', 'Ideas lost at rotation', 'ideasLostAtRotation', 'Ideas abandoned because their lead rotated out, so far.'],
      ['idea_leads_rotated_out', 'Idea leads rotated out', 'ideaLeadsRotatedOut', 'Times a lead of an active idea rotated out of its department, so far (handed over, kept by co-leads, or lost).'],
    ] as const
  ).map(([name, label, field, description]): Metric => ({
    name,
    label,
    unit: 'count',
    bounds: NON_NEGATIVE,
    description,
    measure: (world) => world.ledger[field],
  })),
];

/** One uptake series per scheduled initiative, from the week it launches. */
export function initiativeMetrics(scenario: Scenario): Metric[] {
  return scenario.initiatives.map(({ name }) => ({
    name: `uptake:${name}`,
    label: `Uptake of ${name}`,
    unit: 'share of scope',
    bounds: SHARE,
    description: `Share of ${name}'s scope adopting (committed or compliant).`,
    measure: (world) => {
      const initiative = scheduled(world).find((i) => i.name === name);
      return initiative === undefined ? null : uptake(world, initiative);
    },
  }));
}

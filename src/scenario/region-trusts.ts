/**
 * The trusts of a region
 * ======================
 *
 * What a scenario's `region` resolves to before anything is built: each
 * trust's name, headcount and departments (the `trust` template's, scaled to
 * the headcount). Drawn headcounts come from the scenario's seed alone
 * (stream `region`, `sizes`), not from a replicate's, so every replicate and
 * arm runs on the same region, and `leadsim validate` can check the names of
 * its departments.
 */
import { stream } from '../random/stream.ts';
import type { RandomStream } from '../random/stream.ts';
import { departmentNames } from './departments.ts';
import { EXECUTIVE_GRADES } from './grades.ts';
import type { Scenario } from './schema.ts';
import { NHS_TRUST_SIZES } from './trust-sizes.ts';
import type { TrustSizes } from './trust-sizes.ts';

type TrustSpec = Scenario['trust'];

/** Headcounts of `count` trusts drawn from `sizes`. */
export function drawTrustSizes(count: number, sizes: TrustSizes, random: RandomStream): number[] {
  return Array.from({ length: count }, () => Math.round(Math.min(sizes.max, Math.max(sizes.min, sizes.median * Math.exp(sizes.sigma * random.normal(0, 1))))));
}

/** The template trust's headcount at the middle of its staffing ranges. */
export function templateHeadcount(template: TrustSpec): number {
  const perDepartment = Object.values(template.staffing).reduce((sum, [min, max]) => sum + (min + max) / 2, 0);
  return EXECUTIVE_GRADES.length + perDepartment * template.departments.reduce((sum, d) => sum + d.count, 0);
}

/** The template with its departments scaled to a headcount (at least one of each specialty), under a new name. */
export function scaleTemplate(template: TrustSpec, name: string, staff: number): TrustSpec {
  const scale = staff / templateHeadcount(template);
  return { ...template, name, departments: template.departments.map((d) => ({ ...d, count: Math.max(1, Math.round(d.count * scale)) })) };
}

/** Name and headcount of each trust of a region. */
export interface RegionTrust {
  readonly name: string;
  readonly staff: number;
}

/** The region's trusts as listed, or drawn from its sizes with the scenario's seed. */
export function regionTrustSizes({ region, seed }: Pick<Scenario, 'region' | 'seed'>): RegionTrust[] {
  if (region === undefined) return [];
  if (typeof region.trusts !== 'number') return region.trusts;
  const staff = drawTrustSizes(region.trusts, region.sizes ?? NHS_TRUST_SIZES, stream(seed, 'region', 'sizes'));
  return staff.map((s, k) => ({ name: `${region.name}-${String(k + 1)}`, staff: s }));
}

/** Each trust of the scenario as built: the region's trusts (the template scaled), or the one trust. */
export function scenarioTrusts(scenario: Pick<Scenario, 'region' | 'seed' | 'trust'>): TrustSpec[] {
  if (scenario.region === undefined) return [scenario.trust];
  return regionTrustSizes(scenario).map(({ name, staff }) => scaleTemplate(scenario.trust, name, staff));
}

/** Department names as built: one trust's own, or `trust/department` when there are several trusts. */
export function scenarioDepartments(trusts: readonly TrustSpec[]): string[] {
  if (trusts.length === 1) return departmentNames(trusts[0].departments);
  return trusts.flatMap((trust) => departmentNames(trust.departments).map((department) => `${trust.name}/${department}`));
}

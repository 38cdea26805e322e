/**
 * How big a scenario's runs are
 * =============================
 *
 * Worked out from the scenario alone, before any work, so `leadsim validate`
 * can report it and refuse what cannot fit or would take absurdly long:
 * the trust's headcount (expected, from the middle of each staffing range,
 * and at most, from the top), its ties, the peak memory of `leadsim run` and
 * the work, in person-weeks.
 *
 * The memory model is measured (bench, docs/scenarios.md): about 1 KiB per
 * person and 0.65 KiB per tie for the trust and a run's world together,
 * taken here with a margin (2 KiB and 1 KiB), plus 64 bytes per weekly
 * metric value kept for the results. A run on the project's two-core VM
 * takes about 5 µs per person-week. A region is the sum of its trusts (drawn
 * ones drawn from the seed, as they will be built) and the ties between them;
 * its bound is the memory one (about 230,000 staff at the flagship's density
 * of ties), with a region of at most 2 million staff and 65,534 departments.
 */
import type { z } from 'zod';

import { scenarioTrusts } from './region-trusts.ts';
import type { Scenario } from './schema.ts';

/** Executives: chief executive, medical director, chief nurse. */
const EXECUTIVES = 3;
/** Metrics every run records, besides one uptake series per initiative (src/metrics/trust-metrics.ts). */
const TRUST_METRICS = 8;

const PERSON_BYTES = 2048;
const TIE_BYTES = 1024;
const VALUE_BYTES = 64;

export const LIMITS = {
  /** More than any NHS trust employs (the largest have about 25,000 staff). */
  staff: 100_000,
  departments: 2_000,
  /** A region's staff: NHS England's trusts employ about 1.4 million. */
  regionStaff: 2_000_000,
  /** A region's departments: the workforce's 16-bit department index, less the executive. */
  regionDepartments: 65_534,
  /** What a default Node heap holds on most machines. */
  memoryBytes: 2 * 1024 ** 3,
  /** About 14 hours on the project's VM, at 5 µs a person-week. */
  personWeeks: 1e10,
} as const;

export interface ScenarioSize {
  departments: number;
  /** Headcount from the middle of each staffing range. */
  staff: number;
  /** Headcount with every range at its top. */
  maxStaff: number;
  /** Ties at most: formal, team and informal. */
  ties: number;
  /** Estimated peak memory of `leadsim run`, in bytes. */
  memoryBytes: number;
  /** People × weeks × runs, at the top of the staffing ranges. */
  personWeeks: number;
}

type Sized = Pick<Scenario, 'trust' | 'region' | 'seed' | 'weeks' | 'replicates' | 'arms' | 'initiatives'>;

export function scenarioSize(scenario: Sized): ScenarioSize {
  const { trust, region, weeks, replicates, arms, initiatives } = scenario;
  const ranges = Object.values(trust.staffing);
  const perDepartment = (pick: (range: readonly [number, number]) => number) => ranges.reduce((sum, range) => sum + pick(range), 0);
  const largest = perDepartment(([, max]) => max);
  const middle = perDepartment(([min, max]) => (min + max) / 2);
  // A team is a ring lattice of teamDegree (at most the team less one), or a clique when that is under 2.
  const k = Math.min(trust.ties.teamDegree, largest - 1 - ((largest - 1) % 2));
  const teamTiesPerDepartment = k < 2 ? (largest * (largest - 1)) / 2 : (largest * k) / 2;
  let departments = 0;
  let staff = 0;
  let maxStaff = 0;
  let ties = 0;
  // Every trust of a region has the template's staffing and ties, at its own number of departments.
  for (const built of scenarioTrusts(scenario)) {
    const count = built.departments.reduce((sum, d) => sum + d.count, 0);
    const most = EXECUTIVES + count * largest;
    departments += count;
    staff += EXECUTIVES + count * middle;
    maxStaff += most;
    ties += most + count * teamTiesPerDepartment + EXECUTIVES + Math.round((most * trust.ties.informalDegree) / 2);
  }
  if (region !== undefined) ties += Math.round((maxStaff * (region.ties.networkDegree + region.ties.formerColleagueDegree)) / 2);
  const runs = replicates * arms.length;
  const values = runs * weeks * (TRUST_METRICS + initiatives.length);
  return {
    departments,
    staff: Math.round(staff),
    maxStaff,
    ties,
    memoryBytes: maxStaff * PERSON_BYTES + ties * TIE_BYTES + values * VALUE_BYTES,
    personWeeks: maxStaff * weeks * runs,
  };
}

/** Adds an issue for each limit the scenario exceeds; returns whether it is within them all. */
export function checkSize(scenario: Scenario, ctx: z.RefinementCtx): boolean {
  const size = scenarioSize(scenario);
  const report = (path: (string | number)[], expected: string, found: string) => {
    ctx.addIssue({ code: 'custom', path, message: expected, input: undefined, params: { found } });
  };
  let within = true;
  const n = (x: number) => x.toLocaleString('en-GB');
  if (scenario.region !== undefined) {
    if (size.departments > LIMITS.regionDepartments) {
      report(['region', 'trusts'], `a region of at most ${n(LIMITS.regionDepartments)} departments in all`, `${n(size.departments)} departments (the template's, scaled to each trust)`);
      within = false;
    }
    if (size.maxStaff > LIMITS.regionStaff) {
      report(['region', 'trusts'], `a region of at most ${n(LIMITS.regionStaff)} staff`, `up to ${n(size.maxStaff)} staff (staffing ranges at their top)`);
      within = false;
    }
  } else {
    if (size.departments > LIMITS.departments) {
      report(['trust', 'departments'], `at most ${n(LIMITS.departments)} departments in all`, `${n(size.departments)} departments`);
      within = false;
    }
    if (size.maxStaff > LIMITS.staff) {
      report(['trust'], `a trust of at most ${n(LIMITS.staff)} staff`, `up to ${n(size.maxStaff)} staff (${n(size.departments)} departments, staffing ranges at their top)`);
      within = false;
    }
  }
  if (size.memoryBytes > LIMITS.memoryBytes)
    report([], `runs that fit in ${formatBytes(LIMITS.memoryBytes)} (staff, ties, and weeks × replicates × arms of results)`, `an estimated ${formatBytes(size.memoryBytes)}`);
  if (size.personWeeks > LIMITS.personWeeks)
    report(['replicates'], `at most ${LIMITS.personWeeks.toExponential(0)} person-weeks (staff × weeks × replicates × arms; about 14 hours on a two-core VM)`, `${size.personWeeks.toExponential(1)} person-weeks`);
  return within && size.memoryBytes <= LIMITS.memoryBytes && size.personWeeks <= LIMITS.personWeeks;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toPrecision(3)} GiB`;
  return `${Math.max(1, Math.round(bytes / 1024 ** 2)).toLocaleString('en-GB')} MiB`;
}

/** "about 630 staff (at most 700) in 8 departments, up to 3,900 ties, estimated peak memory 12 MiB" */
export function describeSize(size: ScenarioSize): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `about ${n(size.staff)} staff (at most ${n(size.maxStaff)}), up to ${n(size.ties)} ties, estimated peak memory ${formatBytes(size.memoryBytes)}`;
}


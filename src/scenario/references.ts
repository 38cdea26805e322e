/**
 * Cross-field checks
 * ==================
 *
 * What one field cannot check alone: unique names, weeks inside the run,
 * department names that exist. Runs on the parsed scenario (defaults filled),
 * after every field is valid on its own.
 */
import type { z } from 'zod';

import { departmentNames } from './departments.ts';
import { scenarioDepartments, scenarioTrusts } from './region-trusts.ts';
import type { Scenario } from './schema.ts';

type Path = (string | number)[];

export function checkReferences(scenario: Scenario, ctx: z.RefinementCtx): void {
  // A custom issue carries what was expected as its message and the names a typo may have meant.
  const report = (path: Path, expected: string, found: unknown, candidates: readonly string[] = []) => {
    ctx.addIssue({ code: 'custom', path, message: expected, input: found, params: { candidates } });
  };

  // "trust" and "region" are scopes, and "executive" the executive team's department.
  const taken = new Set<string>(['trust', 'region', 'executive']);
  scenario.trust.departments.forEach((department, i) => {
    // A specialty must be new, and so must the names of its departments ("medicine-1" twice is ambiguous).
    const names = [department.specialty, ...departmentNames([department])];
    const clash = names.find((name) => taken.has(name));
    if (clash)
      report(
        ['trust', 'departments', i, 'specialty'],
        `a specialty not already used, nor its department names, nor "trust", "region" or "executive" (${JSON.stringify(clash)} is)`,
        department.specialty,
      );
    names.forEach((name) => taken.add(name));
  });
  unique(scenario.arms, ['arms'], report);
  unique(scenario.initiatives, ['initiatives'], report);
  if (scenario.region !== undefined && typeof scenario.region.trusts !== 'number') unique(scenario.region.trusts, ['region', 'trusts'], report);
  if (scenario.region?.sizes !== undefined && typeof scenario.region.trusts !== 'number')
    report(['region', 'sizes'], 'no sizes: trusts listed with their staff (sizes are for a count of trusts)', scenario.region.sizes);

  // The trusts as built (drawn ones from the seed), and their departments' names.
  const built = scenarioTrusts(scenario);
  const several = built.length > 1;
  const departments = scenarioDepartments(built);
  // Trusts have names to refer to only in a region.
  const trusts = scenario.region === undefined ? [] : built.map((trust) => trust.name);
  const trustNamed = (path: Path, name: string | undefined, why: string) => {
    if (name === undefined) return;
    if (trusts.length === 0) report(path, `no trust name: ${why} (a scenario without a region has one trust)`, name);
    else if (!trusts.includes(name)) report(path, `a trust of the region (${listed(trusts)})`, name, trusts);
  };
  const scopes = several ? ['region', 'trust', ...departments] : ['trust', 'region', ...departments];

  const inRun = (path: Path, week: number) => {
    // A run of fewer than one week is reported on `weeks` itself; "0 to -6" would say nothing.
    if (scenario.weeks >= 1 && week >= scenario.weeks) report(path, `a week before the end of the run (0 to ${scenario.weeks - 1})`, week);
  };
  scenario.initiatives.forEach(({ week, scope, trust, trusts: launchers }, i) => {
    inRun(['initiatives', i, 'week'], week);
    if (!scopes.includes(scope)) report(['initiatives', i, 'scope'], `"trust", "region" or a department (${listed(departments)})`, scope, scopes);
    if (scope === 'trust' && several && trust === undefined)
      report(['initiatives', i, 'trust'], `the trust whose chief executive launches it: the region has several (${listed(trusts)})`, trust, trusts);
    if (scope !== 'trust' && trust !== undefined) report(['initiatives', i, 'trust'], 'no trust: only scope "trust" names one (a department names its trust)', trust);
    else trustNamed(['initiatives', i, 'trust'], trust, 'the scope is the trust');
    if (scope !== 'region' && launchers !== undefined) report(['initiatives', i, 'trusts'], 'no trusts: only scope "region" names the trusts launching it', launchers);
    else launchers?.forEach((name, k) => { trustNamed(['initiatives', i, 'trusts', k], name, 'the region is the trust'); });
    if (launchers !== undefined && new Set(launchers).size < launchers.length) report(['initiatives', i, 'trusts'], 'each trust once', launchers);
  });
  scenario.events.forEach((event, i) => {
    inRun(['events', i, 'week'], event.week);
    if (event.type !== 'departure') return;
    const path = ['events', i, 'department'];
    if (event.role !== 'clinical-director' && event.department !== undefined)
      report(path, 'no department: only a clinical-director departure names one', event.department);
    else if (event.role === 'clinical-director' && !departments.includes(event.department ?? ''))
      report(path, `the department whose clinical director leaves (${listed(departments)})`, event.department, departments);
    const trustPath = ['events', i, 'trust'];
    if (event.role === 'clinical-director' && event.trust !== undefined) report(trustPath, 'no trust: a clinical director\'s department names its trust', event.trust);
    else if (event.role !== 'clinical-director' && several && event.trust === undefined)
      report(trustPath, `the trust whose ${event.role} leaves: the region has several (${listed(trusts)})`, event.trust, trusts);
    else trustNamed(trustPath, event.trust, 'the trust is the scenario\'s one');
  });
}

/** Names for a message: all of a trust's, the first few of a region's. */
function listed(names: readonly string[]): string {
  const shown = 12;
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')}, … (${names.length.toLocaleString('en-GB')} in all)`;
}

function unique(items: readonly { name: string }[], path: Path, report: (path: Path, expected: string, found: unknown) => void): void {
  const seen = new Set<string>();
  items.forEach(({ name }, i) => {
    if (seen.has(name)) report([...path, i, 'name'], 'a name not already used', name);
    seen.add(name);
  });
}

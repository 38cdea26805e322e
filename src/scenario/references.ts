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
import type { Scenario } from './schema.ts';

type Path = (string | number)[];

export function checkReferences(scenario: Scenario, ctx: z.RefinementCtx): void {
  // A custom issue carries what was expected as its message and the names a typo may have meant.
  const report = (path: Path, expected: string, found: unknown, candidates: readonly string[] = []) => {
    ctx.addIssue({ code: 'custom', path, message: expected, input: found, params: { candidates } });
  };

  const departments = departmentNames(scenario.trust.departments);
  // "trust" is the trust-wide scope and "executive" the executive team's department.
  const taken = new Set<string>(['trust', 'executive']);
  scenario.trust.departments.forEach((department, i) => {
    // A specialty must be new, and so must the names of its departments ("medicine-1" twice is ambiguous).
    const names = [department.specialty, ...departmentNames([department])];
    const clash = names.find((name) => taken.has(name));
    if (clash)
      report(
        ['trust', 'departments', i, 'specialty'],
        `a specialty not already used, nor its department names, nor "trust" or "executive" (${JSON.stringify(clash)} is)`,
        department.specialty,
      );
    names.forEach((name) => taken.add(name));
  });
  unique(scenario.arms, ['arms'], report);
  unique(scenario.initiatives, ['initiatives'], report);

  const inRun = (path: Path, week: number) => {
    // A run of fewer than one week is reported on `weeks` itself; "0 to -6" would say nothing.
    if (scenario.weeks >= 1 && week >= scenario.weeks) report(path, `a week before the end of the run (0 to ${scenario.weeks - 1})`, week);
  };
  scenario.initiatives.forEach(({ week, scope }, i) => {
    inRun(['initiatives', i, 'week'], week);
    if (scope !== 'trust' && !departments.includes(scope))
      report(['initiatives', i, 'scope'], `"trust" or a department (${departments.join(', ')})`, scope, ['trust', ...departments]);
  });
  scenario.events.forEach((event, i) => {
    inRun(['events', i, 'week'], event.week);
    if (event.type !== 'departure') return;
    const path = ['events', i, 'department'];
    if (event.role !== 'clinical-director' && event.department !== undefined)
      report(path, 'no department: only a clinical-director departure names one', event.department);
    else if (event.role === 'clinical-director' && !departments.includes(event.department ?? ''))
      report(path, `the department whose clinical director leaves (${departments.join(', ')})`, event.department, departments);
  });
}

function unique(items: readonly { name: string }[], path: Path, report: (path: Path, expected: string, found: unknown) => void): void {
  const seen = new Set<string>();
  items.forEach(({ name }, i) => {
    if (seen.has(name)) report([...path, i, 'name'], 'a name not already used', name);
    seen.add(name);
  });
}

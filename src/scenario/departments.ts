/**
 * Department names
 * ================
 *
 * A trust has `count` departments of each specialty, named `medicine-1`,
 * `medicine-2`, … or just `emergency` when there is one. Initiatives and
 * events refer to departments by these names.
 */

export interface DepartmentSpec {
  specialty: string;
  count: number;
}

export function departmentNames(departments: readonly DepartmentSpec[]): string[] {
  return departments.flatMap(({ specialty, count }) =>
    count === 1 ? [specialty] : Array.from({ length: count }, (_, k) => `${specialty}-${k + 1}`),
  );
}

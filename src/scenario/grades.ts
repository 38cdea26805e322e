/**
 * Grade keys
 * ==========
 *
 * The staff grades a scenario can name, from medical student to chief
 * executive. Only the keys live here; what each grade is like (authority,
 * expertise, rotation) belongs to the trust model.
 */

export const GRADES = [
  'medicalStudent',
  'fy1',
  'fy2',
  'coreTrainee',
  'registrar',
  'consultant',
  'clinicalDirector',
  'staffNurse',
  'seniorNurse',
  'wardManager',
  'ahp',
  'medicalDirector',
  'chiefNurse',
  'chiefExecutive',
] as const;

export type Grade = (typeof GRADES)[number];

/** The trust-wide executives (not per department). */
export const EXECUTIVE_GRADES = ['chiefExecutive', 'medicalDirector', 'chiefNurse'] as const satisfies readonly Grade[];

/** Doctors in training, the cohort a leadership programme targets by default. */
export const TRAINEE_GRADES = ['medicalStudent', 'fy1', 'fy2', 'coreTrainee', 'registrar'] as const satisfies readonly Grade[];

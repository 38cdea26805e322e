/**
 * Grades
 * ======
 *
 * What a grade is: its profession, whether it is a doctor in training, which
 * rotation cadence it follows and which turnover group it leaves by. Its
 * numbers (authority, mean expertise and leader identity) are model
 * parameters, `model.grades` in a scenario (src/scenario/model-schema.ts).
 */
import type { Grade } from '../scenario/grades.ts';

export type Profession = 'medicine' | 'nursing' | 'ahp' | 'management';
export type Rotation = 'foundation' | 'core' | 'registrar' | null;

export interface GradeInfo {
  readonly label: string;
  readonly profession: Profession;
  readonly trainee: boolean;
  readonly rotation: Rotation;
  /** Annual leaver rate group in the scenario's `trust.turnover`; trainees leave by rotating. */
  readonly turnover: 'nurses' | 'doctors' | 'ahp' | 'executive' | null;
}

const trainee = (label: string, rotation: Rotation): GradeInfo => ({ label, profession: 'medicine', trainee: true, rotation, turnover: null });
const staff = (label: string, profession: Profession, turnover: GradeInfo['turnover']): GradeInfo => ({
  label, profession, trainee: false, rotation: null, turnover,
});

export const GRADE_INFO = {
  medicalStudent: trainee('Medical student', 'foundation'),
  fy1: trainee('Foundation year 1', 'foundation'),
  fy2: trainee('Foundation year 2', 'foundation'),
  coreTrainee: trainee('Core trainee', 'core'),
  registrar: trainee('Registrar', 'registrar'),
  consultant: staff('Consultant', 'medicine', 'doctors'),
  clinicalDirector: staff('Clinical director', 'medicine', 'doctors'),
  staffNurse: staff('Staff nurse', 'nursing', 'nurses'),
  seniorNurse: staff('Senior nurse', 'nursing', 'nurses'),
  wardManager: staff('Ward manager', 'nursing', 'nurses'),
  ahp: staff('Allied health professional', 'ahp', 'ahp'),
  medicalDirector: staff('Medical director', 'medicine', 'executive'),
  chiefNurse: staff('Chief nurse', 'nursing', 'executive'),
  chiefExecutive: staff('Chief executive', 'management', 'executive'),
} as const satisfies Record<Grade, GradeInfo>;

/** Department grades in the order a department's staff are laid out (firms, then wards, then therapists). */
export const DEPARTMENT_GRADES = [
  'clinicalDirector', 'consultant', 'registrar', 'coreTrainee', 'fy2', 'fy1', 'medicalStudent',
  'wardManager', 'seniorNurse', 'staffNurse', 'ahp',
] as const satisfies readonly Grade[];

export { EXECUTIVE_GRADES } from '../scenario/grades.ts';

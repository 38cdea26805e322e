/**
 * Grades
 * ======
 *
 * What a grade brings to an agent at the start: profession, formal authority,
 * mean expertise and mean leader identity, whether it is a doctor in training,
 * and which rotation cadence it follows. Authority is an ordinal reading of the
 * NHS grade structure on [0, 1] (assumption); trainees start with low leader
 * identity because their ideas of leadership are mostly individualist and
 * hierarchical (Gordon et al. 2015).
 */
import type { Grade } from '../scenario/grades.ts';

export type Profession = 'medicine' | 'nursing' | 'ahp' | 'management';
export type Rotation = 'foundation' | 'core' | 'registrar' | null;

export interface GradeInfo {
  readonly label: string;
  readonly profession: Profession;
  readonly authority: number;
  readonly expertise: number;
  readonly leaderIdentity: number;
  readonly trainee: boolean;
  readonly rotation: Rotation;
  /** Annual leaver rate group in the scenario's `trust.turnover`; trainees leave by rotating. */
  readonly turnover: 'nurses' | 'doctors' | 'ahp' | 'executive' | null;
}

const trainee = (label: string, authority: number, expertise: number, leaderIdentity: number, rotation: Rotation): GradeInfo => ({
  label, profession: 'medicine', authority, expertise, leaderIdentity, trainee: true, rotation, turnover: null,
});
const staff = (
  label: string, profession: Profession, authority: number, expertise: number, leaderIdentity: number, turnover: GradeInfo['turnover'],
): GradeInfo => ({ label, profession, authority, expertise, leaderIdentity, trainee: false, rotation: null, turnover });

export const GRADE_INFO = {
  medicalStudent: trainee('Medical student', 0.05, 0.1, 0.1, 'foundation'),
  fy1: trainee('Foundation year 1', 0.15, 0.25, 0.15, 'foundation'),
  fy2: trainee('Foundation year 2', 0.2, 0.3, 0.2, 'foundation'),
  coreTrainee: trainee('Core trainee', 0.3, 0.4, 0.25, 'core'),
  registrar: trainee('Registrar', 0.45, 0.6, 0.35, 'registrar'),
  consultant: staff('Consultant', 'medicine', 0.7, 0.8, 0.55, 'doctors'),
  clinicalDirector: staff('Clinical director', 'medicine', 0.8, 0.85, 0.7, 'doctors'),
  staffNurse: staff('Staff nurse', 'nursing', 0.2, 0.4, 0.2, 'nurses'),
  seniorNurse: staff('Senior nurse', 'nursing', 0.35, 0.6, 0.35, 'nurses'),
  wardManager: staff('Ward manager', 'nursing', 0.55, 0.7, 0.55, 'nurses'),
  ahp: staff('Allied health professional', 'ahp', 0.3, 0.6, 0.3, 'ahp'),
  medicalDirector: staff('Medical director', 'medicine', 0.95, 0.85, 0.8, 'executive'),
  chiefNurse: staff('Chief nurse', 'nursing', 0.95, 0.8, 0.8, 'executive'),
  chiefExecutive: staff('Chief executive', 'management', 1, 0.7, 0.85, 'executive'),
} as const satisfies Record<Grade, GradeInfo>;

/** Department grades in the order a department's staff are laid out (firms, then wards, then therapists). */
export const DEPARTMENT_GRADES = [
  'clinicalDirector', 'consultant', 'registrar', 'coreTrainee', 'fy2', 'fy1', 'medicalStudent',
  'wardManager', 'seniorNurse', 'staffNurse', 'ahp',
] as const satisfies readonly Grade[];

export const EXECUTIVE_GRADES = ['chiefExecutive', 'medicalDirector', 'chiefNurse'] as const satisfies readonly Grade[];

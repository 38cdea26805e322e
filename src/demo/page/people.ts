/**
 * People, in the room's words
 * ===========================
 *
 * Grade names, the grade bands the network marks, and followership types as
 * the hover card says them.
 */
import { heroic } from '../../leadership/index.ts';
import { GRADES } from '../../scenario/grades.ts';
import { GRADE_INFO } from '../../trust/grades.ts';
import { FOLLOWERSHIP_TYPES } from '../../trust/types.ts';

export function gradeLabel(grade: number): string {
  return GRADE_INFO[GRADES[grade]].label;
}

/** Consultants, ward managers, directors and executives: the people heroic rules let lead. */
export function isSenior(authority: number): boolean {
  return authority >= heroic.parameters.leadAuthority.default;
}

const FOLLOWERSHIP: Record<(typeof FOLLOWERSHIP_TYPES)[number], string> = {
  exemplary: 'exemplary (thinks critically, gets involved)',
  alienated: 'alienated (critical, stays out)',
  conformist: 'conformist (does as told)',
  passive: 'passive (waits to be told)',
  pragmatist: 'pragmatist (goes with the majority)',
};

export function followershipLabel(index: number): string {
  return FOLLOWERSHIP[FOLLOWERSHIP_TYPES[index]];
}

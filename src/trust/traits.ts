/**
 * Individual traits
 * =================
 *
 * Draws one person's traits for a grade (grade means, spreads and cut points
 * are the scenario's `model.grades`, `model.traits` and `model.thresholds`). Kelley's two axes are Beta(2, 2) (the median of three
 * uniforms), cut into low, middle and high to give his five followership styles.
 */
import type { RandomStream } from '../random/stream.ts';
import type { Grade } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import { GRADE_INFO } from './grades.ts';
import type { Clinician, Followership } from './types.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';

export function drawClinician(
  grade: Grade,
  department: string,
  label: string,
  engagement: Scenario['trust']['engagement'],
  model: ModelParameters,
  random: RandomStream,
): Clinician {
  const info = GRADE_INFO[grade];
  const means = model.grades[grade];
  const { traits, thresholds } = model;
  const criticalThinking = beta22(random);
  const activeEngagement = beta22(random);
  const baselineEngagement = clip(random.normal(engagement.baseline, engagement.sd), 0, 10);
  return {
    label,
    grade,
    profession: info.profession,
    department,
    trainee: info.trainee,
    authority: means.authority,
    expertise: clip(random.normal(means.expertise, traits.sd), 0, 1),
    criticalThinking,
    activeEngagement,
    followership: followershipStyle(criticalThinking, activeEngagement, traits),
    leaderIdentity: clip(random.normal(means.leaderIdentity, traits.sd), 0, 1),
    voice: criticalThinking * traits.voiceFromCriticalThinking,
    engagement: baselineEngagement,
    baselineEngagement,
    threshold: clip(random.normal(thresholds.mean, thresholds.sd), thresholds.min, thresholds.max),
    grantedClaims: 0,
  };
}

/** Kelley (1988): independent critical thinking × active engagement. */
export function followershipStyle(criticalThinking: number, activeEngagement: number, cuts: { readonly low: number; readonly high: number }): Followership {
  const level = (x: number) => (x >= cuts.high ? 'high' : x < cuts.low ? 'low' : 'middle');
  const ict = level(criticalThinking);
  const ae = level(activeEngagement);
  if (ict === 'middle' || ae === 'middle') return 'pragmatist';
  if (ict === 'high') return ae === 'high' ? 'exemplary' : 'alienated';
  return ae === 'high' ? 'conformist' : 'passive';
}

function beta22(random: RandomStream): number {
  const a = random.next();
  const b = random.next();
  const c = random.next();
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

export function clip(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

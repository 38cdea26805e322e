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

/** One person's drawn traits (engagement starts at its baseline). */
export interface Traits {
  expertise: number;
  criticalThinking: number;
  activeEngagement: number;
  followership: Followership;
  leaderIdentity: number;
  baselineEngagement: number;
  threshold: number;
}

/**
 * Draws one person's traits for a grade into `into` (reused by the typed-array
 * build: a person there is a row, not an object). The order of the draws is
 * the stream's contract: the same stream gives the same people.
 */
export function drawTraits(
  grade: Grade,
  engagement: Scenario['trust']['engagement'],
  model: ModelParameters,
  random: RandomStream,
  into: Traits = { expertise: 0, criticalThinking: 0, activeEngagement: 0, followership: 'pragmatist', leaderIdentity: 0, baselineEngagement: 0, threshold: 0 },
): Traits {
  const means = model.grades[grade];
  const { traits, thresholds } = model;
  into.criticalThinking = beta22(random);
  into.activeEngagement = beta22(random);
  into.baselineEngagement = clip(random.normal(engagement.baseline, engagement.sd), 0, 10);
  into.expertise = clip(random.normal(means.expertise, traits.sd), 0, 1);
  into.followership = followershipStyle(into.criticalThinking, into.activeEngagement, traits);
  into.leaderIdentity = clip(random.normal(means.leaderIdentity, traits.sd), 0, 1);
  into.threshold = clip(random.normal(thresholds.mean, thresholds.sd), thresholds.min, thresholds.max);
  return into;
}

/** A person's voice: how far they speak up, from their critical thinking. */
export function voiceOf(criticalThinking: number, model: ModelParameters): number {
  return criticalThinking * model.traits.voiceFromCriticalThinking;
}

export function drawClinician(
  grade: Grade,
  department: string,
  label: string,
  engagement: Scenario['trust']['engagement'],
  model: ModelParameters,
  random: RandomStream,
): Clinician {
  const info = GRADE_INFO[grade];
  const drawn = drawTraits(grade, engagement, model, random);
  return {
    label,
    grade,
    profession: info.profession,
    department,
    trainee: info.trainee,
    authority: model.grades[grade].authority,
    expertise: drawn.expertise,
    criticalThinking: drawn.criticalThinking,
    activeEngagement: drawn.activeEngagement,
    followership: drawn.followership,
    leaderIdentity: drawn.leaderIdentity,
    voice: voiceOf(drawn.criticalThinking, model),
    engagement: drawn.baselineEngagement,
    baselineEngagement: drawn.baselineEngagement,
    threshold: drawn.threshold,
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

/**
 * Scenario schema: the model's constants
 * ======================================
 *
 * Every number the trust model reads that is not a fact about the trust
 * (trust.*) or a leadership rule (arms[].parameters): behavioural
 * coefficients, the grade table, trait distributions, tie strengths, the
 * spread and its time scales. The defaults are the model's calibration; each
 * description gives its source or says it is an assumption (docs/model.md
 * §7.12 is generated from these). Every leaf is a number, so a sweep or a
 * sensitivity analysis can vary any of them by its path, e.g.
 * `model.spread.compliantInfluence`.
 */
import { z } from 'zod';

import { GRADES } from './grades.ts';
import type { Grade } from './grades.ts';

/** A number in [min, max] with its default and a description ending in its source. */
function between(min: number, max: number, value: number, description: string) {
  return z.number().min(min).max(max).default(value).describe(description);
}

function whole(min: number, max: number, value: number, description: string) {
  return z.int().min(min).max(max).default(value).describe(description);
}

/** A [min, max] pair written as a mapping, so each end has a path of its own. */
function range(low: number, high: number, bounds: [number, number], what: string) {
  return z
    .strictObject({
      min: between(bounds[0], bounds[1], low, `Lowest ${what}.`),
      max: between(bounds[0], bounds[1], high, `Highest ${what}.`),
    })
    .refine(({ min, max }) => min <= max, 'min ≤ max')
    .prefault({});
}

function section<T extends z.ZodRawShape>(shape: T, description: string) {
  // Every field has a default, so an absent section is an empty one (which TypeScript cannot see through the generic).
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above: zod's input type of a generic shape is opaque to TypeScript
  return z.strictObject(shape).prefault({} as never).describe(description);
}

/** Grade means: authority (no noise), expertise and leader identity (individuals spread around them). */
const GRADE_MEANS: Readonly<Record<Grade, readonly [authority: number, expertise: number, leaderIdentity: number]>> = {
  medicalStudent: [0.05, 0.1, 0.1],
  fy1: [0.15, 0.25, 0.15],
  fy2: [0.2, 0.3, 0.2],
  coreTrainee: [0.3, 0.4, 0.25],
  registrar: [0.45, 0.6, 0.35],
  consultant: [0.7, 0.8, 0.55],
  clinicalDirector: [0.8, 0.85, 0.7],
  staffNurse: [0.2, 0.4, 0.2],
  seniorNurse: [0.35, 0.6, 0.35],
  wardManager: [0.55, 0.7, 0.55],
  ahp: [0.3, 0.6, 0.3],
  medicalDirector: [0.95, 0.85, 0.8],
  chiefNurse: [0.95, 0.8, 0.8],
  chiefExecutive: [1, 0.7, 0.85],
};

function grade(name: Grade) {
  const [authority, expertise, leaderIdentity] = GRADE_MEANS[name];
  return section(
    {
      authority: between(0, 1, authority, 'Formal authority, the same for everyone of the grade: an ordinal reading of the NHS grade structure. Assumption.'),
      expertise: between(0, 1, expertise, 'Mean expertise of the grade. Assumption.'),
      leaderIdentity: between(
        0,
        1,
        leaderIdentity,
        'Mean leader identity of the grade; low for trainees, whose ideas of leadership are mostly individualist and hierarchical (Gordon et al. 2015). Values assumption.',
      ),
    },
    `The ${name} grade at the start of a career in the trust.`,
  );
}

const grades = z
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- Object.fromEntries types its keys as string; there is one entry for each grade
  .strictObject(Object.fromEntries(GRADES.map((name) => [name, grade(name)])) as Record<Grade, ReturnType<typeof grade>>)
  .prefault({})
  .describe('Authority, mean expertise and mean leader identity by grade.');

const thresholds = section(
  {
    mean: between(0, 1, 0.3, 'Mean base adoption threshold φ (Granovetter 1978; Watts 2002 used normal thresholds). Value assumption.'),
    sd: between(0, 1, 0.1, 'Spread of φ between people. Assumption.'),
    min: between(0, 1, 0.02, 'φ is clipped to at least this. Assumption.'),
    max: between(0, 1, 0.95, 'φ is clipped to at most this. Assumption.'),
  },
  'Base adoption thresholds φ ~ Normal(mean, sd), clipped to [min, max].',
).refine(({ min, max }) => min <= max, 'min ≤ max');

const traits = section(
  {
    sd: between(0, 1, 0.1, 'Spread of expertise and leader identity around the grade means (Normal, clipped to [0, 1]). Assumption.'),
    low: between(0, 1, 0.4, "Kelley's (1988) axes (Beta(2, 2)) count as low below this. Assumption."),
    high: between(0, 1, 0.6, "Kelley's axes count as high from this. Assumption."),
    voiceFromCriticalThinking: between(0, 1, 0.5, 'Voice starts at this share of critical thinking. Assumption.'),
  },
  'Individual traits drawn at hiring.',
).refine(({ low, high }) => low <= high, 'low ≤ high');

const ideas = section(
  {
    complexity: range(0.2, 0.8, [0, 1], 'complexity of a bottom-up idea (uniform). Assumption').describe('Complexity of bottom-up ideas, uniform on [min, max]. Assumption.'),
    advantage: range(0, 0.4, [-1, 1], 'relative advantage of a bottom-up idea (uniform). Assumption').describe('Relative advantage of bottom-up ideas, uniform on [min, max]. Assumption.'),
  },
  "Bottom-up ideas' attributes.",
);

const ties = section(
  {
    formal: between(0, 10, 1, 'Strength of a formal (supervision) tie. Assumption.'),
    team: between(0, 10, 1, 'Strength of a team tie. Assumption.'),
    informal: between(0, 10, 0.5, 'Strength of an informal tie: weaker than team ties (Granovetter 1973). Value assumption.'),
    formerFloor: between(0, 1, 1 / 16, 'A former team tie fading below this share of its strength drops to 0 at once and is deleted at the next rebuild. Assumption.'),
    leadership: between(0, 10, 0.5, "Influence weight added to a granter's tie to the claimer per granted claim. Assumption."),
  },
  'Tie strengths by layer (their half-life after a rotation is trust.rotations.tieHalfLifeWeeks).',
);

const logistic = 'Coefficient of the logistic form of the research notes §2; value assumption.';

const claim = section(
  {
    // Down to −50, where σ is below 1e-19: a configuration without claims (the neutral model of test/validation/).
    intercept: between(-50, 20, -4, `Intercept. ${logistic}`),
    leaderIdentity: between(-20, 20, 3, `Weight of leader identity (DeRue & Ashford 2010). ${logistic}`),
    activeEngagement: between(-20, 20, 1.5, `Weight of Kelley's active engagement. ${logistic}`),
    voice: between(-20, 20, 1, `Weight of voice. ${logistic}`),
  },
  'Chance of claiming a share of the lead of a change one has committed to: σ(intercept + leaderIdentity·LI + activeEngagement·AE + voice·V).',
);

const grant = section(
  {
    intercept: between(-20, 20, -0.5, `Intercept. ${logistic}`),
    expertise: between(-20, 20, 2, `Weight of the claimer's expertise. ${logistic}`),
    tie: between(-20, 20, 1, `Weight of the tie strength between granter and claimer. ${logistic}`),
    gradeGap: between(0, 50, 6, `Weight of the granter's authority above the claimer's, times the rule set's hierarchy steepness λ. ${logistic}`),
    asked: whole(1, 50, 3, 'Colleagues asked to grant a claim; it stands when more than half grant (Cao et al. 2020: a change passes with over half in support). Number assumption.'),
  },
  'Chance that a colleague grants a claim: σ(intercept + expertise·x + tie·t − λ·gradeGap·gap) (DeRue & Ashford 2010).',
);

const identity = section(
  {
    granted: between(-1, 1, 0.05, 'Change of the claimer\'s leader identity when a claim is granted (DeRue & Ashford 2010; Marchiondo et al. 2015). Value assumption.'),
    refused: between(-1, 1, -0.03, 'Change of the claimer\'s leader identity when a claim is refused (DeRue & Ashford 2010). Value assumption.'),
  },
  'Leader identity learnt from claims.',
);

const engagementChange = 'on the 0–10 scale; direction from West & Dawson 2012 and the seed article, value assumption.';

const engagement = section(
  {
    granted: between(-10, 10, 0.3, `Engagement change of a claimer whose claim is granted, ${engagementChange}`),
    refused: between(-10, 10, -0.2, `Engagement change of a claimer whose claim is refused, ${engagementChange}`),
    voice: between(-10, 10, 0.2, `Engagement change of a follower who negotiates a change, ${engagementChange}`),
    imposed: between(-10, 10, -0.2, `Engagement change of a follower on whom a change is imposed, ${engagementChange}`),
    disengagedBelow: between(0, 10, 5, 'Engagement below which a trainee counts as disengaged (a measure only). Assumption.'),
  },
  'Engagement changes (trust.engagement sets the baseline and the drift back to it).',
);

const spread = section(
  {
    external: between(
      0,
      1,
      0.03 / 52,
      'Weekly chance of adopting from outside the network before relative advantage scales it, p·(1 + advantage): the Bass innovation coefficient p ≈ 0.03 per period (research notes §5), read as per year. Assumption.',
    ),
    compliantInfluence: between(
      0,
      1,
      0.5,
      "Weight of a compliant colleague, relative to a committed one, in the share that commits others: 0 if compliance is public conformity without private acceptance (Kelman 1958), 1 if any visible adoption counts (behavioural contagion). Assumption: midway; results are sensitive to it.",
    ),
    complexity: section(
      {
        simple: between(0, 10, 0.5, 'Threshold multiplier of a change of complexity 0. Assumption.'),
        complex: between(0, 10, 1.5, 'Threshold multiplier of a change of complexity 1 (linear between): complex changes need more reinforcement (Centola & Macy 2007). Value assumption.'),
      },
      'Threshold multiplier by complexity, linear between its two ends.',
    ),
    mandateWeeks: whole(0, 1040, 26, "Weeks a sponsor's mandate presses after launch. Assumption."),
    reversion: between(
      0,
      1,
      0.05,
      'Weekly chance that compliance without commitment lapses once the mandate has ended (Greenhalgh et al. 2004: mandated, superficial adoption reverts when pressure is withdrawn). Value assumption.',
    ),
    negotiation: between(0, 1, 0.8, "Multiplier of a colleague's threshold per negotiation they hear: negotiation adapts the change locally (Rogers' re-invention). Assumption."),
    activeWeeks: whole(1, 1040, 52, 'Weeks an initiative is actively led and spread before it closes. Assumption: improvement projects run for about a year.'),
    success: between(0, 1, 0.5, 'Share of the scope adopting at which an initiative counts as succeeded (time to 50%). Assumption.'),
    nearlyAll: between(0, 1, 0.9, 'Share of the scope for "time to 90%".'),
  },
  'Spread of an initiative.',
);

const response = (style: string, response: string, threshold: number, mandate: number) =>
  section(
    {
      threshold: between(0, 10, threshold, `Multiplier of the ${style} follower's threshold. Assumption.`),
      mandate: between(0, 10, mandate, `Multiplier of the chance that a mandate makes the ${style} follower comply. Assumption.`),
    },
    `${style[0].toUpperCase()}${style.slice(1)} followers ${response} (Kelley 1988; the seed article's triad).`,
  );

const responses = section(
  {
    exemplary: response('exemplary', 'support a change (and may negotiate it)', 0.8, 0.4),
    conformist: response('conformist', 'obey', 1, 1),
    passive: response('passive', 'defer', 1.2, 0.8),
    alienated: response('alienated', 'resist: they count as resisting until they adopt', 1.5, 0.1),
    pragmatist: section(
      {
        majority: between(0, 1, 0.5, "The pragmatist's threshold for any change, whatever their own φ: they follow the local majority. Assumption."),
        mandate: between(0, 10, 0.6, 'Multiplier of the chance that a mandate makes the pragmatist comply. Assumption.'),
      },
      'Pragmatist followers follow the local majority (Kelley 1988).',
    ),
  },
  'How each followership style answers a change.',
);

export const modelSchema = z
  .strictObject({
    grades,
    thresholds,
    traits,
    ideas,
    ties,
    claim,
    grant,
    identity,
    engagement,
    spread,
    responses,
    departureWindow: whole(1, 1040, 12, 'Weeks after a departure over which the uptake drop is measured. Assumption.'),
  })
  .prefault({})
  .describe("The model's constants: every default is today's calibration, and most are assumptions (docs/model.md §7.12).");

/** The model's constants with every default filled in. */
export type ModelParameters = z.output<typeof modelSchema>;

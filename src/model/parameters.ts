/**
 * Model constants
 * ===============
 *
 * Every number the model uses that a scenario does not set, in one place, with
 * its source. "Assumption" marks a value chosen for plausibility, to be
 * calibrated; docs/model.md lists them all. Rule-set parameters live with the
 * rule sets (src/leadership/).
 */

/** Base adoption threshold φ ~ Normal, clipped (Granovetter 1978; Watts 2002 used normal thresholds). Assumption: mean 0.3, sd 0.1. */
export const THRESHOLD = { mean: 0.3, sd: 0.1, min: 0.02, max: 0.95 } as const;

/**
 * Individual spread around the grade means of expertise and leader identity (sd,
 * clipped to [0, 1]); Kelley's axes cut into low / middle / high at these points;
 * voice starts at this share of critical thinking. Assumption.
 */
export const TRAITS = { sd: 0.1, low: 0.4, high: 0.6, voiceFromCriticalThinking: 0.5 } as const;

/** Bottom-up ideas: complexity and relative advantage uniform over these ranges. Assumption. */
export const IDEA = { complexity: [0.2, 0.8], advantage: [0, 0.4] } as const;

/** Tie strength by layer; informal ties are weaker (Granovetter 1973). Assumption. */
export const TIE_STRENGTH = { formal: 1, team: 1, informal: 0.5 } as const;

/** Former team ties decay until this fraction of their strength, then are dropped at the next rebuild. Assumption. */
export const FORMER_TIE_FLOOR = 1 / 16;

/**
 * Claiming (DeRue & Ashford 2010; logistic form from the grounding notes, §2):
 * P(claim) = σ(intercept + leaderIdentity·LI + activeEngagement·AE + voice·V). Coefficients: assumption.
 */
export const CLAIM = { intercept: -4, leaderIdentity: 3, activeEngagement: 1.5, voice: 1 } as const;

/**
 * Granting: P(grant) = σ(intercept + expertise·x + tie·t − λ·gradeGap·gap), gap = the
 * granter's authority above the claimer's. A claim stands when a majority of `asked`
 * colleagues grant it (Cao et al. 2020: a change passes with over half in support).
 * Coefficients: assumption.
 */
export const GRANT = { intercept: -0.5, expertise: 2, tie: 1, gradeGap: 6, asked: 3 } as const;

/** Leader identity after a granted or refused claim (DeRue & Ashford 2010; Marchiondo et al. 2015). Assumption. */
export const IDENTITY = { granted: 0.05, refused: -0.03 } as const;

/** Engagement changes on the 0–10 scale. Assumption; directions from West & Dawson 2012 and the seed article. */
export const ENGAGEMENT = { granted: 0.3, refused: -0.2, voice: 0.2, imposed: -0.2, disengagedBelow: 5 } as const;

/** Extra influence weight of a leader on each colleague who granted them. Assumption. */
export const LEADERSHIP_INFLUENCE = 0.5;

export const SPREAD = {
  /**
   * Weekly external (dissemination) term before relative advantage scales it: p = base·(1 + advantage).
   * Bass p ≈ 0.03 per period (grounding notes §5), read as per year: 0.03 / 52 a week.
   */
  external: 0.03 / 52,
  /**
   * Weight of a compliant colleague, relative to a committed one, in the share that
   * commits others. Compliance is public conformity without private acceptance
   * (Kelman 1958), which argues for 0; behavioural contagion counts any visible
   * adoption, which argues for 1. Assumption: midway.
   */
  compliantInfluence: 0.5,
  /** Threshold multiplier at complexity 0 and 1 (linear between): complex changes need more reinforcement (Centola & Macy 2007). Assumption. */
  complexity: [0.5, 1.5],
  /** Weeks a sponsor's mandate presses after launch. Assumption. */
  mandateWeeks: 26,
  /** Weekly chance that compliance without commitment reverts once pressure ends (Greenhalgh et al. 2004: mandated change decays). Assumption. */
  reversion: 0.05,
  /** Negotiation adapts the change locally: neighbours' thresholds scale by this (Rogers' re-invention). Assumption. */
  negotiation: 0.8,
  /**
   * Weeks an initiative is actively led and spread; after that no one new adopts it, and
   * compliance left without a mandate still reverts. Assumption: improvement projects run
   * for about a year.
   */
  activeWeeks: 52,
  /** Share of the scope adopting at which an initiative counts as succeeded (time to 50%). Assumption. */
  success: 0.5,
  /** Share of the scope for "time to 90%". */
  nearlyAll: 0.9,
} as const;

/**
 * Followership responses (Kelley 1988; the seed article's triad): how a style
 * answers an initiative. `threshold` scales the adoption threshold; `mandate` scales
 * the weekly chance of complying under a mandate. Assumption.
 * Alienated followers resist: they are counted as resisting until they adopt.
 */
export const RESPONSE = {
  exemplary: { response: 'support', threshold: 0.8, mandate: 0.4 },
  conformist: { response: 'obey', threshold: 1, mandate: 1 },
  passive: { response: 'defer', threshold: 1.2, mandate: 0.8 },
  alienated: { response: 'resist', threshold: 1.5, mandate: 0.1 },
  // Pragmatists follow the local majority: their threshold becomes one half.
  pragmatist: { response: 'follow the majority', majority: 0.5, mandate: 0.6 },
} as const;

/** Weeks after a departure over which the uptake drop is measured. Assumption. */
export const DEPARTURE_WINDOW = 12;

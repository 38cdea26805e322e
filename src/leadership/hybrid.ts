/**
 * Hybrid leadership: the continuum between heroic and collective
 * ==============================================================
 *
 * Six continuous parameters place a trust anywhere between a steep hierarchy
 * where a few seniors initiate and push change, and collective leadership where
 * anyone may claim, peers grant, and ownership is shared (West et al. 2014).
 * `heroic` and `collective` are presets of this rule set; the defaults here
 * sit midway between them.
 */
import { defineRuleSet } from './rule-set.ts';
import type { ParameterNames, ParameterValues } from './rule-set.ts';

export const hybrid = defineRuleSet({
  name: 'hybrid',
  description: 'Any point between heroic and collective leadership, set by six parameters.',
  parameters: {
    hierarchySteepness: {
      default: 0.55, min: 0, max: 1,
      description: 'λ: weight of the grade gap when a colleague decides whether to grant a claim (1 heroic, near 0 collective).',
    },
    leadAuthority: {
      default: 0.25, min: 0, max: 1,
      description: 'Formal authority needed to lead without escalating up the formal chain (0: anyone may lead).',
    },
    authorityInfluence: {
      default: 0.5, min: 0, max: 1,
      description: 'Share of a person\'s influence that comes from formal authority rather than expertise.',
    },
    mandateStrength: {
      default: 0.055, min: 0, max: 1,
      description: 'Weekly chance that a fully senior sponsor\'s mandate makes an obedient follower comply.',
    },
    sharedOwnership: {
      default: 0.45, min: 0, max: 1,
      description: 'Chance that a project is handed over when its lead rotates or leaves, rather than orphaned.',
    },
    voice: {
      default: 0.35, min: 0, max: 1,
      description: 'Chance that a follower\'s voice is heard when they negotiate a change.',
    },
  },
  create(agents, p, model) {
    const { authority, expertise } = agents;
    // P(grant) = σ(intercept + expertise·x + tie·t − λ·gradeGap·gap): the model's logistic form, its coefficients from the scenario.
    const { grant } = model;
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    return {
      mayLead: (i) => authority[i] >= p.leadAuthority,
      grantProbability: (claimer, granter, tie) =>
        sigmoid(
          grant.intercept +
            grant.expertise * expertise[claimer] +
            grant.tie * tie -
            p.hierarchySteepness * grant.gradeGap * Math.max(0, authority[granter] - authority[claimer]),
        ),
      influence: (j) => (1 - p.authorityInfluence) * expertise[j] + p.authorityInfluence * authority[j],
      // Mandates carry the sponsor's authority over the follower's.
      mandate: (sponsor, i) => p.mandateStrength * Math.max(0, authority[sponsor] - authority[i]),
      handover: () => p.sharedOwnership,
      // A follower's own voice (0–1) scales the chance from a third of `voice` to all of it.
      voice: (i) => (p.voice * (0.5 + agents.voice[i])) / 1.5,
    };
  },
});

/** The hybrid rule set's parameter values (heroic and collective take the same). */
export type HybridParameters = ParameterValues<ParameterNames<typeof hybrid>>;

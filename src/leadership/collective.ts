/**
 * Collective leadership
 * =====================
 *
 * Leaders at every level (West et al. 2014): anyone may claim, colleagues grant
 * by expertise and tie strength with the grade gap weighted near zero,
 * influence follows expertise, mandates are rare, ownership is shared so
 * projects survive rotations, and voice is heard.
 */
import { hybrid } from './hybrid.ts';
import { preset } from './preset.ts';

export const collective = preset(hybrid, 'collective', 'Anyone may claim leadership; peers grant; ownership is shared.', {
  hierarchySteepness: 0.1,
  leadAuthority: 0,
  authorityInfluence: 0.2,
  mandateStrength: 0.01,
  sharedOwnership: 0.8,
  voice: 0.6,
});

/**
 * Heroic leadership
 * =================
 *
 * Authority and initiative vested in a few seniors (Till & McKimm): only
 * consultants, ward managers and above lead; a junior's claim climbs the formal
 * chain and each hop grants it less the further apart the grades are; influence
 * follows authority; seniors mandate; a project leaves with its lead.
 */
import { hybrid } from './hybrid.ts';
import { preset } from './preset.ts';

export const heroic = preset(hybrid, 'heroic', 'Seniors initiate and mandate; juniors\' ideas climb a steep hierarchy.', {
  hierarchySteepness: 1,
  leadAuthority: 0.5,
  authorityInfluence: 0.8,
  mandateStrength: 0.1,
  sharedOwnership: 0.1,
  voice: 0.1,
});

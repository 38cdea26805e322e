/**
 * Colours
 * =======
 *
 * Okabe & Ito's palette, distinguishable with every common colour-vision
 * deficiency and saturated enough for a washed-out projector. Blue (committed)
 * against orange (compliant) is the contrast the argument turns on.
 */
import type { ViewState } from '../shared/view.ts';

export const STATE_COLOURS: Record<ViewState, string> = {
  unaware: '#9a9a9a',
  compliant: '#e69f00',
  committed: '#0072b2',
  resisting: '#d55e00',
  'out of scope': '#e4e4e4',
};

/** What each state means, in the room's words. */
export const STATE_MEANINGS: Record<ViewState, string> = {
  unaware: 'not yet adopted',
  compliant: 'complying (told to)',
  committed: 'committed (convinced)',
  resisting: 'resisting',
  'out of scope': 'not affected by this change',
};

/** Left and right arm in the charts: the first two of the one arm palette (black, bluish green), as in the CLI's charts. */
export { ARM_COLOURS } from '../../exporters/charts/arm-palette.ts';

export const TIE_COLOUR = 'rgba(40, 40, 40, 0.4)';

/**
 * Colours
 * =======
 *
 * Okabe & Ito's palette, distinguishable with every common colour-vision
 * deficiency and saturated enough for a washed-out projector. Blue (committed)
 * against orange (compliant) is the contrast the argument turns on.
 */
import type { ViewState } from '../snapshot.ts';

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

/** Left and right arm in the charts: black and bluish green, told apart by dash as well. */
export const ARM_COLOURS = ['#111111', '#009e73'] as const;

export const TIE_COLOUR = 'rgba(40, 40, 40, 0.4)';

/**
 * Chart style
 * ===========
 *
 * Charts are shown on projectors in teaching rooms and board meetings: large
 * type, thick lines, a white background, and arms told apart by colour *and*
 * dash pattern so they survive colour-blindness, washed-out projectors and
 * greyscale printing. Colours are Okabe & Ito's colour-blind-safe palette,
 * given to arms in the order of `arms` (yellow last: faint on white).
 */
import { version } from 'vega-lite';
import type { Config } from 'vega-lite';

/** The schema URL of the installed vega-lite major version. */
export const VEGA_LITE_SCHEMA = `https://vega.github.io/schema/vega-lite/v${version.split('.')[0]}.json`;

export const ARM_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

export const ARM_DASHES: number[][] = [[1, 0], [10, 4], [3, 3], [12, 4, 3, 4], [6, 3], [1, 3], [16, 4], [8, 2, 2, 2]];

export const PANEL = { width: 340, height: 230 } as const;

/** DejaVu Sans is what the PNG renderer finds on the build machines; sans-serif elsewhere. */
export const FONT = 'DejaVu Sans, sans-serif';

export const CHART_CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 16,
  title: { fontSize: 22, subtitleFontSize: 15, subtitleColor: '#444', anchor: 'start', offset: 14 },
  axis: { labelFontSize: 14, titleFontSize: 15, titleFontWeight: 'normal', gridColor: '#e4e4e4' },
  header: { labelFontSize: 16, titleFontSize: 16 },
  // Full opacity: the merged legend would otherwise take the faint fill of the CI band.
  legend: { labelFontSize: 15, titleFontSize: 15, symbolStrokeWidth: 3, symbolSize: 500, symbolType: 'stroke', symbolOpacity: 1, orient: 'bottom' },
  concat: { spacing: 36 },
  view: { stroke: '#bbb' },
};

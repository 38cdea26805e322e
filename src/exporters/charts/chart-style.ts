/**
 * Chart style
 * ===========
 *
 * Charts are shown on projectors in teaching rooms and board meetings: large
 * type, thick lines, a white background, and arms told apart by colour *and*
 * dash pattern so they survive colour-blindness, washed-out projectors and
 * greyscale printing: the one arm palette (arm-palette.ts).
 */
import { version } from 'vega-lite';
import type { Config } from 'vega-lite';

/** The schema URL of the installed vega-lite major version. */
export const VEGA_LITE_SCHEMA = `https://vega.github.io/schema/vega-lite/v${version.split('.')[0]}.json`;

export { ARM_COLOURS, ARM_DASHES } from './arm-palette.ts';

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

/**
 * Chart files
 * ===========
 *
 * Each chart as three files: its Vega-Lite spec (`.vl.json`, for reuse), and
 * the SVG and PNG rendered from it headlessly.
 */
import type { ChartSpec } from './charts.ts';
import { jsonText } from '../files/numbers.ts';
import { renderPng, renderSvg } from './render.ts';

export async function chartFiles(charts: readonly ChartSpec[]): Promise<[path: string, content: string | Uint8Array][]> {
  const files: [string, string | Uint8Array][] = [];
  for (const chart of charts) {
    const svg = await renderSvg(chart.spec);
    files.push([`charts/${chart.name}.vl.json`, jsonText(chart.spec)], [`charts/${chart.name}.svg`, svg], [`charts/${chart.name}.png`, renderPng(svg)]);
  }
  return files;
}

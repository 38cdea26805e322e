/**
 * Rendering charts
 * ================
 *
 * Vega-Lite spec → Vega → SVG (headless view, no canvas needed) → PNG with
 * resvg, all in-process and offline. PNGs get a white background (slides
 * are often not white) and are drawn at 2× so they stay crisp when a
 * projector scales them up. Text is drawn with system fonts, DejaVu Sans
 * first: the same font Vega's layout assumed.
 */
import { Resvg } from '@resvg/resvg-js';
import { View, parse } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

export interface PngOptions {
  /** Pixels per SVG unit; 2 by default. */
  scale?: number;
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize(); // release the view's timers and listeners
  }
}

export function renderPng(svg: string, { scale = 2 }: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}

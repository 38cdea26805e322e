/**
 * Charts in the report
 * ====================
 *
 * Charts are embedded as inline SVG rendered here from their Vega-Lite specs,
 * never as the specs themselves or links to files: the report is one file
 * that opens offline. A spec that would fetch anything (data or images by
 * `url`, links by `href`) is refused before rendering, so rendering never
 * touches the network and the SVG links nowhere.
 */
import type { TopLevelSpec } from 'vega-lite';

import type { ChartSpec } from '../exporters/charts/charts.ts';
import { renderSvg } from '../exporters/charts/render.ts';
import { messageOf } from '../errors.ts';
import { ReportError } from './errors.ts';
import { html, trusted } from './html.ts';
import type { Html } from './html.ts';
import { isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';

/** The Vega-Lite specs a folder's manifest lists (charts/*.vl.json), in its order. */
export function folderCharts(folder: ResultsFolder): { path: string; chart: ChartSpec }[] {
  const files = Array.isArray(folder.manifest.files) ? folder.manifest.files : [];
  return files
    .map((file) => (isRecord(file) && typeof file.path === 'string' ? file.path : ''))
    .filter((path) => path.endsWith('.vl.json'))
    .flatMap((path) => {
      const spec = folder.readJson(path);
      if (spec === null) return []; // listed but since removed: nothing to show
      if (!isRecord(spec)) throw new ReportError(`${path} is not a Vega-Lite spec (a JSON object).`);
      const name = path.replace(/^.*\//, '').replace(/\.vl\.json$/, '');
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- a spec read from a file is known only to be a JSON object; vega-lite checks it against its schema when chartFigure renders it
      return [{ path, chart: { name, title: titleOf(spec) ?? name, spec: spec as unknown as TopLevelSpec } }];
    });
}

/** A figure with the chart as inline SVG, labelled with its title; `source` names the spec's file. */
export async function chartFigure(chart: ChartSpec, source?: string): Promise<Html> {
  const where = source ?? chart.name;
  refuseLoads(chart.spec, where);
  let svg: string;
  try {
    svg = await renderSvg(chart.spec);
  } catch (error) {
    throw new ReportError(`the chart ${where} could not be rendered (${messageOf(error)}). It should be a Vega-Lite spec as leadsim writes them.`);
  }
  // Vega's SVG opens with "<svg ": a role and label let screen readers announce the chart.
  const labelled = html`<svg role="img" aria-label="${chart.title}" `.text + svg.replace(/^<svg /, '');
  return html`<figure>${trusted(labelled)}${source ? html`<figcaption>${source}</figcaption>` : ''}</figure>`;
}

function refuseLoads(value: unknown, source: string): void {
  if (Array.isArray(value)) {
    for (const item of value) refuseLoads(item, source);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'values') continue; // inline data: its fields are data, not instructions
    if (key === 'url' || key === 'href')
      throw new ReportError(`the chart ${source} has a \`${key}\`, which would load or link to something outside the report. Report charts should carry their data inline, as leadsim writes them.`);
    refuseLoads(item, source);
  }
}

function titleOf(spec: Record<string, unknown>): string | null {
  const { title } = spec;
  if (typeof title === 'string') return title;
  return isRecord(title) && typeof title.text === 'string' ? title.text : null;
}

import { describe, expect, it } from 'vitest';

import { chartData, engagementChart, renderPng, renderSvg, uptakeChart } from '../../src/exporters/index.ts';
import { tinyResults } from './fixtures.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const chart = uptakeChart(chartData(tinyResults()))!;

describe('rendering', () => {
  it('draws the chart to SVG with its titles and a white background', async () => {
    const svg = await renderSvg(chart.spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Uptake of the change over time');
    expect(svg).toContain('Uptake (share of staff adopting)');
    expect(svg).toContain('Share of scope');
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="white"\/>/);
  });

  it('gives the same SVG and PNG bytes every time, whatever was rendered before', async () => {
    // Vega numbers some SVG ids (clip paths) from a process-wide counter: specs must avoid them.
    const a = await renderSvg(chart.spec);
    await renderSvg(engagementChart(chartData(tinyResults()))!.spec);
    const b = await renderSvg(chart.spec);
    expect(a).toBe(b);
    expect(Buffer.from(renderPng(a)).equals(Buffer.from(renderPng(b)))).toBe(true);
  });

  it('rasterises to a PNG at twice the SVG size by default', async () => {
    const svg = await renderSvg(chart.spec);
    const [, width, height] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!.map(Number);
    for (const scale of [2, 1]) {
      const png = Buffer.from(renderPng(svg, scale === 2 ? {} : { scale }));
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      // IHDR: width and height, big-endian, right after the signature and chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * scale, height * scale]);
    }
  });
});

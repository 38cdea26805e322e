/**
 * The workshop page on a projector's screen
 * =========================================
 *
 * At 1280×720 (a common projector) and 1024×768 the whole comparison, both
 * networks and both charts, fits one screen without scrolling; nothing runs
 * off the side; department labels do not overlap; the "Press Play" hint
 * goes once the page plays. Screenshots go to out/demo-test/screenshots/.
 * Needs Debian's chromium (skipped, with a message, where it is absent).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { serveFolder } from '../../src/demo/server/serve.ts';
import type { Served } from '../../src/demo/server/serve.ts';
import { CHROMIUM, FLAGS, buildProbedPage } from './demo-page.ts';
const OUT = resolve('out/demo-test');
const SHOTS = join(OUT, 'screenshots');
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

const present = existsSync(CHROMIUM);
if (!present) console.warn(`test/demo/viewport.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does).`);

interface Box { x: number; y: number; width: number; height: number }

describe.skipIf(!present)('the workshop page at projector sizes', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serveFolder(await buildProbedPage(join(OUT, 'viewport-site')));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(size: (typeof SIZES)[number]): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    await page.goto(served.url);
    await page.waitForFunction(() => (window.leadsimDemo?.sessions() ?? 0) > 0);
    // Both charts drawn.
    await page.waitForFunction(() => document.querySelectorAll('#chart-uptake svg, #chart-uptake canvas, #chart-engagement svg, #chart-engagement canvas').length >= 2);
    return page;
  }

  it.each(SIZES)('$width×$height: both networks and both charts on one screen, nothing overflowing', async (size) => {
    const page = await open(size);
    try {
      await page.screenshot({ path: join(SHOTS, `viewport-${size.width}x${size.height}.png`) });
      const { scroll, boxes, overflowing } = await page.evaluate(() => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const width = document.documentElement.clientWidth;
        // Off the side and not cut short by a box that clips it (a figure line ending in "…").
        const clipped = (e: Element) => {
          for (let a = e.parentElement; a !== null && a !== document.body; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 0.5) return true;
          return false;
        };
        const overflowing = [...document.querySelectorAll('body *')]
          .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`);
        return {
          scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
          boxes: ['#panel-left .network', '#panel-right .network', '#chart-uptake', '#chart-engagement'].map((s) => [s, box(s)] as const),
          overflowing,
        };
      });
      expect(scroll, 'the page scrolls').toEqual({ width: size.width, height: size.height });
      expect(overflowing).toEqual([]);
      for (const [selector, b] of boxes as (readonly [string, Box])[]) {
        expect(b.height, `${selector} has no height`).toBeGreaterThan(100);
        expect(b.y, selector).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height, `${selector} runs below the screen`).toBeLessThanOrEqual(size.height);
        expect(b.x + b.width, `${selector} runs off the side`).toBeLessThanOrEqual(size.width);
      }
      // The run controls take at most two rows.
      const controls = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('.controls:not(.what-if) > *')].map((e) => Math.round(e.getBoundingClientRect().top));
        return new Set(tops.map((t) => Math.round(t / 10))).size;
      });
      expect(controls).toBeLessThanOrEqual(2);
    } finally {
      await page.close();
    }
  });

  it.each(SIZES)('$width×$height: department labels do not overlap', async (size) => {
    const page = await open(size);
    try {
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('.network')].flatMap((network) => {
          const labels = [...network.querySelectorAll('.cluster-labels span')].filter((s) => s.getClientRects().length > 0);
          const rects = labels.map((s) => [s.textContent, s.getBoundingClientRect()] as const);
          const pairs: string[] = [];
          rects.forEach(([a, r], i) =>
            rects.slice(i + 1).forEach(([b, q]) => {
              if (r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom) pairs.push(`${a} / ${b}`);
            }),
          );
          return pairs;
        }),
      );
      expect(overlaps).toEqual([]);
      expect(await page.locator('.cluster-labels span').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('the "Press Play" hint goes once the page plays', async () => {
    const page = await open(SIZES[0]);
    try {
      await expect.poll(() => page.locator('#news').textContent()).toContain('Press Play');
      await page.keyboard.press(' ');
      await page.waitForFunction(() => window.leadsimDemo!.weeksDone() >= 2);
      expect(await page.locator('#news').textContent()).not.toContain('Press Play');
      await page.screenshot({ path: join(SHOTS, 'viewport-1280x720-playing.png') });
    } finally {
      await page.close();
    }
  });
});

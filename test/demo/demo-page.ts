/**
 * The workshop page in headless Chromium, for tests and benchmarks
 * ================================================================
 *
 * Builds the page with its probe (probe.ts: the shipped page plus
 * `window.leadsimDemo`) into a folder, serves it on localhost and opens it in
 * Debian's Chromium (software WebGL); collects the page's errors, its console
 * errors and failed requests. Used by test/demo/browser.test.ts (what the
 * page does), test/demo/viewport.test.ts (how it fits a projector) and
 * bench/demo.bench.ts (how fast it does it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { buildDemo } from '../../src/demo/server/build.ts';
import { serveFolder } from '../../src/demo/server/serve.ts';
import type { Served } from '../../src/demo/server/serve.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const PROBE = fileURLToPath(new URL('probe.ts', import.meta.url));

/** The page as it ships, with the probe the tests read; into `folder`. */
export function buildProbedPage(folder: string): Promise<string> {
  return buildDemo(folder, { pageEntry: PROBE });
}

export interface DemoPage {
  page: Page;
  url: string;
  /** Uncaught errors, console errors and failed requests, as they happened. */
  problems: string[];
  close(): Promise<void>;
}

/** Builds the page into `folder` and opens it (not yet navigated) in a 1920×1080 window. */
export async function openDemo(folder: string): Promise<DemoPage> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  let served: Served | undefined;
  let browser: Browser | undefined;
  try {
    served = await serveFolder(await buildProbedPage(folder));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const [server, chrome] = [served, browser];
    return { page, url: served.url, problems, close: async () => { await chrome.close(); await server.close(); } };
  } catch (error) {
    await browser?.close();
    await served?.close();
    throw error;
  }
}

export async function weekIs(page: Page, week: number): Promise<void> {
  await page.waitForFunction((w) => window.leadsimDemo?.weeksDone() === w, week);
}

/** The page as a facilitator opens it (the room's settings back to the scenario's), on this preset. */
export async function freshSession({ page, url }: DemoPage, preset = 'flagship'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window.leadsimDemo?.sessions() ?? 0) > 0);
  if (preset !== (await page.locator('#preset').inputValue())) {
    await page.selectOption('#preset', preset);
    await page.waitForFunction(() => (window.leadsimDemo?.sessions() ?? 0) > 1);
  }
  await weekIs(page, 0);
}

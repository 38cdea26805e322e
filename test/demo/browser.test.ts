/**
 * The workshop page in headless Chromium
 * ======================================
 *
 * Builds the page, serves it on localhost and drives it as a facilitator
 * would: play, step, a slider, "senior leader leaves", a click on a
 * clinician, downloads. The numbers of an untouched run are checked against
 * the real `leadsim run` command, and the page, its console and its requests
 * must raise no error. Screenshots go to out/demo-test/screenshots. How fast
 * the page plays is measured by `npm run bench:demo` (bench/demo.bench.ts),
 * not here: a loaded machine must not fail a test.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSession } from '../../src/demo/worker/session.ts';
import { defaultSettings } from '../../src/demo/shared/settings.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { LEADSIM_VERSION } from '../../src/run/run-scenario.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { openDemo, weekIs as pageWeekIs, freshSession as pageFreshSession } from './demo-page.ts';
import type { DemoPage } from './demo-page.ts';

const OUT = resolve('out/demo-test');
const SHOTS = join(OUT, 'screenshots');
/** The week whose numbers are compared with the CLI. */
const N = 20;

let demo: DemoPage;
let page: Page;
let cliRows: string[];

/** `leadsim run flagship --replicates 1`, the command a researcher would type. */
async function cliTimeseries(): Promise<string[]> {
  const out = join(OUT, 'cli-flagship');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', 'flagship', '--replicates', '1', '--no-charts', '--out', out]);
  return readFileSync(join(out, 'timeseries.csv'), 'utf8').trimEnd().split('\n');
}

const weekIs = (week: number) => pageWeekIs(page, week);
const freshSession = (preset = 'flagship') => pageFreshSession(demo, preset);

async function stepTo(week: number): Promise<void> {
  for (let w = await page.evaluate(() => window.leadsimDemo!.weeksDone()); w < week; w++) {
    await page.keyboard.press('ArrowRight');
    await weekIs(w + 1);
  }
}

async function downloadCsv(): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  return readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
}

/** CLI rows for the two panels' arms up to (not including) `week`. */
function cliUpTo(week: number, arms = ['heroic', 'collective']): string[] {
  const [header, ...rows] = cliRows;
  return [header, ...rows.filter((row) => arms.includes(row.split(',')[0]) && Number(row.split(',')[2]) < week)];
}

const armRows = (rows: string[], arm: string) => rows.filter((row) => row.startsWith(`${arm},`));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [opened, rows] = await Promise.all([openDemo(join(OUT, 'site')), cliTimeseries()]);
  [demo, page, cliRows] = [opened, opened.page, rows];
  // Building the page and running the CLI take a while on a busy machine.
}, 120_000);

afterAll(async () => {
  await demo?.close();
});

describe('the workshop page in Chromium', () => {
  it('plays: the week counter and both charts advance', async () => {
    await freshSession();
    const uptake = page.locator('#chart-uptake');
    const engagement = page.locator('#chart-engagement');
    const before = [await uptake.screenshot(), await engagement.screenshot()];
    await page.selectOption('#speed', '10');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.leadsimDemo!.weeksDone() >= 12);
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('#play').textContent()).toContain('Play');
    const week = await page.evaluate(() => window.leadsimDemo!.weeksDone());
    await expect.poll(() => page.locator('#week').textContent()).toBe(`Week ${week}`);
    expect(Buffer.compare(before[0], await uptake.screenshot())).not.toBe(0);
    expect(Buffer.compare(before[1], await engagement.screenshot())).not.toBe(0);
    expect(await page.locator('#panel-left .figures').textContent()).toMatch(/^Adopted \d+%/);
  });

  it(`shows at week ${N} exactly the numbers leadsim run gives`, async () => {
    await freshSession();
    await stepTo(N);
    expect(await downloadCsv()).toEqual(cliUpTo(N));
  });

  it('a slider re-runs the panels with the new value: only that arm changes', async () => {
    await freshSession();
    await stepTo(N);
    const before = await page.evaluate(() => window.leadsimDemo!.sessions());
    await page.locator('#panel-left input[aria-label="Hierarchy steepness"]').fill('0');
    await page.waitForFunction((n) => window.leadsimDemo!.sessions() > n, before);
    await weekIs(N);
    const rows = await downloadCsv();
    const cli = cliUpTo(N);
    // Common random numbers: the collective arm is untouched by heroic's steepness.
    expect(armRows(rows, 'collective')).toEqual(armRows(cli, 'collective'));
    expect(armRows(rows, 'heroic')).toHaveLength(armRows(cli, 'heroic').length);
    expect(armRows(rows, 'heroic')).not.toEqual(armRows(cli, 'heroic'));
    expect(await page.locator('#panel-left output').first().textContent()).toBe('0.00');
    // The run before the change stays in the chart, dashed.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="uptake-svg"]')]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/stroke-dasharray="6,5"/);
    await page.screenshot({ path: join(SHOTS, 'after-slider.png') });
  });

  it('"senior leader leaves" happens in the next week in both arms, through the model', async () => {
    await freshSession();
    await stepTo(10);
    await page.click('#leader-leaves');
    await stepTo(11);
    const news = await page.locator('#news').textContent();
    expect(news).toMatch(/Week 11, heroic: The chief executive left/);
    expect(news).toMatch(/Week 11, collective: The chief executive left/);
    await stepTo(N);
    const rows = await downloadCsv();
    const untouched = cliUpTo(N);
    // The same up to the week before, different after.
    expect(rows.filter((row) => Number(row.split(',')[2]) < 10)).toEqual(untouched.filter((row) => Number(row.split(',')[2]) < 10));
    expect(rows).not.toEqual(untouched);
  });

  it('hovering a clinician shows who they are; clicking has them propose an idea', async () => {
    await freshSession();
    await stepTo(10);
    // The same trust in Node: the first foundation-year-1 doctor.
    const flagship = loadScenario('scenarios/flagship.yaml', { ruleSets: RULE_SETS });
    const { picture } = createSession(flagship, defaultSettings(flagship), { leadsimVersion: LEADSIM_VERSION });
    const fy1 = picture.grade.findIndex((_g, slot) => picture.trainee[slot] === 1 && picture.authority[slot] === 0.15);
    const at = await page.evaluate((slot) => window.leadsimDemo!.personOnScreen(1, slot), fy1);
    await page.mouse.move(at.x, at.y);
    const card = page.locator('.hover-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/Foundation year 1 · doctor in training.*Department.*Engagement\d+\.\d \/ 10.*Follower type/);
    await page.mouse.click(at.x, at.y);
    await stepTo(11);
    const news = await page.locator('#news').textContent();
    expect(news).toMatch(/heroic: Foundation year 1 in \S+ proposed an idea and went up the formal chain/);
    expect(news).toMatch(/collective: Foundation year 1 in \S+ proposed an idea and asked colleagues/);
  });

  it('downloads the charts as SVG and PNG', async () => {
    for (const [button, pattern] of [
      ['uptake-svg', /^<svg/],
      ['engagement-png', /^\x89PNG/],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${button}"]`)]);
      expect(readFileSync((await download.path())!, 'latin1')).toMatch(pattern);
    }
  });

  it.each(['flagship', 'large-trust'])('plays %s in both panels; screenshots them', async (preset) => {
    await freshSession(preset);
    await page.evaluate(() => window.leadsimDemo!.resetStats());
    await page.selectOption('#speed', '10');
    await page.keyboard.press(' ');
    // Past the first launch (week 4 in both presets), so that the panels have an uptake to show.
    await page.waitForFunction(() => window.leadsimDemo!.weeksDone() >= 12, undefined, { timeout: 90_000 });
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('#play').textContent(), { timeout: 10_000 }).toMatch(/Play|Finished/);
    // The networks were drawn, week by week (how fast: npm run bench:demo).
    expect((await page.evaluate(() => window.leadsimDemo!.stats())).frameMs.frames).toBeGreaterThan(0);
    for (const panel of ['#panel-left', '#panel-right']) expect(await page.locator(`${panel} .figures`).textContent()).toMatch(/^Adopted \d+%/);
    await page.screenshot({ path: join(SHOTS, `${preset}.png`) });
    await page.locator('#panel-left').screenshot({ path: join(SHOTS, `${preset}-left.png`) });
    await page.locator('#panel-right').screenshot({ path: join(SHOTS, `${preset}-right.png`) });
  });

  it('raised no error in the page or its console, and every request succeeded (the favicon too)', () => {
    expect(demo.problems).toEqual([]);
  });
});

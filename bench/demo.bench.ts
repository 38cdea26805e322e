/**
 * Workshop page benchmark
 * =======================
 *
 * How fast and smooth the browser demo plays, in Debian's headless Chromium
 * (software WebGL, as on the project's machines): for the flagship and the
 * large trust, three windows of six seconds' play at 10 weeks a second each,
 * the page opened afresh for every window. Per window: weeks reached, the
 * weeks per second the worker simulates (both arms, from each week's own run
 * time), the main-thread time to draw a panel's week (median and worst), the
 * main thread's long tasks (PerformanceObserver `longtask`) and how long the
 * pause key takes to answer. Figures to stdout and out/demo-bench/, progress
 * to stderr; exit status 1 when a window misses a target (docs/workshop.md
 * says why one task of up to 150 ms is let pass).
 *
 *   npm run bench:demo
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { PerfStats } from '../src/demo/page/perf.ts';
import { freshSession, openDemo } from '../test/demo/demo-page.ts';
import { progress } from './measure.ts';

const TARGETS = { weeksReached: 10, workerWeeksPerSecond: 5, longestTaskMs: 150, tasksOver100Ms: 1, pauseAnsweredMs: 2_000 };
const PRESETS = ['flagship', 'large-trust'];
const WINDOWS = 3;
const OUT = resolve('out/demo-bench');

interface Window {
  preset: string;
  weeksReached: number;
  workerWeeksPerSecond: number | null;
  frameMsMedian: number | null;
  frameMsMax: number | null;
  framesDrawn: number;
  longestTaskMs: number;
  longTasksOver100ms: number;
  pauseAnsweredMs: number;
}

mkdirSync(OUT, { recursive: true });
const demo = await openDemo(join(OUT, 'site'));
const { page } = demo;
const windows: Window[] = [];
try {
  for (const preset of PRESETS)
    for (let round = 1; round <= WINDOWS; round++) {
      progress(`${preset}, window ${round} of ${WINDOWS}`);
      await freshSession(demo, preset);
      await page.selectOption('#speed', '10');
      await page.evaluate(() => window.leadsimDemo!.resetStats());
      await page.keyboard.press(' ');
      await page.waitForTimeout(6_000);
      const asked = Date.now();
      await page.keyboard.press(' ');
      await page.waitForFunction(() => /Play|Finished/.test(document.querySelector('#play')?.textContent ?? ''), undefined, { polling: 5 });
      const pauseAnsweredMs = Date.now() - asked;
      const stats: PerfStats = await page.evaluate(() => window.leadsimDemo!.stats());
      windows.push({
        preset,
        weeksReached: await page.evaluate(() => window.leadsimDemo!.weeksDone()),
        workerWeeksPerSecond: stats.workerWeeksPerSecond,
        frameMsMedian: stats.frameMs.median,
        frameMsMax: stats.frameMs.max,
        framesDrawn: stats.frameMs.frames,
        longestTaskMs: Math.max(0, ...stats.longTasksMs),
        longTasksOver100ms: stats.longTasksMs.filter((ms) => ms > 100).length,
        pauseAnsweredMs,
      });
    }
} finally {
  await demo.close();
}

const misses = windows.flatMap((w) => {
  const where = `${w.preset}: `;
  return [
    w.weeksReached > TARGETS.weeksReached ? [] : [`${where}${w.weeksReached} weeks in six seconds (target: over ${TARGETS.weeksReached})`],
    (w.workerWeeksPerSecond ?? 0) > TARGETS.workerWeeksPerSecond ? [] : [`${where}the worker ran ${w.workerWeeksPerSecond} weeks/s (target: over ${TARGETS.workerWeeksPerSecond})`],
    w.longestTaskMs <= TARGETS.longestTaskMs ? [] : [`${where}a main-thread task of ${w.longestTaskMs} ms (target: at most ${TARGETS.longestTaskMs})`],
    w.longTasksOver100ms <= TARGETS.tasksOver100Ms ? [] : [`${where}${w.longTasksOver100ms} tasks over 100 ms (target: at most ${TARGETS.tasksOver100Ms})`],
    w.pauseAnsweredMs <= TARGETS.pauseAnsweredMs ? [] : [`${where}the pause key answered in ${w.pauseAnsweredMs} ms (target: at most ${TARGETS.pauseAnsweredMs})`],
  ].flat();
});
if (demo.problems.length > 0) misses.push(...demo.problems);

writeFileSync(join(OUT, 'speed.json'), `${JSON.stringify({ targets: TARGETS, windows }, null, 2)}\n`);
const round1 = (x: number | null) => (x === null ? '–' : x.toFixed(0));
console.log('preset        weeks  worker weeks/s  frame ms (median/worst)  longest task ms  tasks > 100 ms  pause answered ms');
for (const w of windows)
  console.log(
    `${w.preset.padEnd(12)}  ${String(w.weeksReached).padStart(5)}  ${round1(w.workerWeeksPerSecond).padStart(14)}  ${`${round1(w.frameMsMedian)} / ${round1(w.frameMsMax)}`.padStart(23)}  ${round1(w.longestTaskMs).padStart(15)}  ${String(w.longTasksOver100ms).padStart(14)}  ${String(w.pauseAnsweredMs).padStart(17)}`,
  );
console.log(`targets: ${JSON.stringify(TARGETS)}; figures in ${join(OUT, 'speed.json')}`);
if (misses.length > 0) {
  console.log(`missed:\n  ${misses.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('all targets met');

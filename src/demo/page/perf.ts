/**
 * How fast, how smooth
 * ====================
 *
 * Weeks simulated per second in the worker (from each week's own run time)
 * and as they reach the page, the page's time to draw a panel's new week, and
 * the main thread's long tasks (> 50 ms, PerformanceObserver). Shown in
 * the footer; the browser tests and bench:demo read `stats()` through their
 * own entry (test/demo/probe.ts).
 */
export interface PerfStats {
  /** Weeks per second the worker could run, from the last 20 weeks' run times. */
  workerWeeksPerSecond: number | null;
  /** Weeks per second arriving at the page over the last two seconds. */
  arrivingWeeksPerSecond: number;
  /**
   * Main-thread time to draw one panel's new week, milliseconds, median and
   * worst since the last reset: the graph update and sigma's drawing, plus
   * the animation frame that shows it, its paint and commit included (where
   * WebGL runs in software, the commit waits to read the canvases back).
   */
  frameMs: { median: number | null; max: number | null; frames: number };
  /** Main-thread tasks over 50 ms since the last reset, milliseconds. */
  longTasksMs: number[];
}

export class Perf {
  private stepMs: number[] = [];
  private arrivals: number[] = [];
  private frames: number[] = [];
  private longTasks: number[] = [];

  constructor(private readonly output: HTMLElement) {
    if (PerformanceObserver.supportedEntryTypes.includes('longtask'))
      new PerformanceObserver((list) => this.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  }

  reset(): void {
    this.stepMs = [];
    this.arrivals = [];
    this.frames = [];
    this.longTasks = [];
  }

  week(stepMs: number): void {
    this.stepMs = [...this.stepMs.slice(-19), stepMs];
    this.arrivals.push(performance.now());
  }

  frame(ms: number): void {
    this.frames.push(ms);
  }

  stats(): PerfStats {
    const now = performance.now();
    this.arrivals = this.arrivals.filter((t) => now - t < 2000);
    const mean = this.stepMs.reduce((a, b) => a + b, 0) / this.stepMs.length;
    const sorted = [...this.frames].sort((a, b) => a - b);
    return {
      workerWeeksPerSecond: this.stepMs.length === 0 ? null : 1000 / mean,
      arrivingWeeksPerSecond: this.arrivals.length / 2,
      frameMs: { median: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null, max: sorted.at(-1) ?? null, frames: sorted.length },
      longTasksMs: [...this.longTasks],
    };
  }

  show(): void {
    const { workerWeeksPerSecond, frameMs } = this.stats();
    if (workerWeeksPerSecond === null) return;
    this.output.textContent = `simulating up to ${workerWeeksPerSecond.toFixed(0)} weeks/s · drawing a panel in ${frameMs.median?.toFixed(0) ?? '–'} ms`;
  }
}

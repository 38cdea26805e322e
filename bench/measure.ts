/**
 * Timing and memory helpers for the benchmarks.
 */

/**
 * Times each call separately, taking the contenders in turn, until each has
 * run for at least `budgetSeconds`; a contender that is done drops out of the
 * turn. Fast contenders thus alternate call by call and share whatever load
 * the machine has at that moment. Returns the seconds of every call.
 */
export function timeInterleaved<K extends string>(calls: Record<K, () => void>, budgetSeconds: number): Record<K, number[]> {
  const names = Object.keys(calls) as K[];
  const seconds = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const spent = (name: K) => seconds[name].reduce((sum, s) => sum + s, 0);
  let pending = names;
  while (pending.length > 0) {
    for (const name of pending) {
      const start = performance.now();
      calls[name]();
      seconds[name].push((performance.now() - start) / 1000);
    }
    pending = pending.filter((name) => spent(name) < budgetSeconds);
  }
  return seconds;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Live JavaScript memory: heap objects plus typed-array storage, after a full collection. */
export function liveBytes(): number {
  const collect = globalThis.gc;
  if (collect === undefined) throw new Error('Memory figures need global.gc: run with `node --expose-gc --import tsx …` (npm run bench does).');
  // Dead ArrayBuffers are released by a concurrent sweeper, so one collection
  // may not show them gone: collect until the figure stops falling.
  let bytes = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    collect();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    if (heapUsed + arrayBuffers >= bytes) break;
    bytes = heapUsed + arrayBuffers;
  }
  return bytes;
}

/** Progress, stamped with seconds since the process started, goes to stderr so stdout holds only results. */
export function progress(message: string): void {
  process.stderr.write(`[${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

/**
 * Worker modules on threads
 * =========================
 *
 * The sweep, sensitivity and pattern runners run their tasks on worker
 * threads. A worker module sits beside the code that starts it: `worker.js`
 * when leadsim runs as the package's compiled JavaScript (dist/), `worker.ts`
 * from a checkout's sources, which the thread loads through tsx however the
 * main thread was started.
 */

/** The worker module `name` beside the module whose `import.meta.url` is `caller`. */
export function workerBeside(caller: string, name = 'worker'): URL {
  return new URL(`./${name}.${caller.endsWith('.js') ? 'js' : 'ts'}`, caller);
}

/** Node options a worker thread needs to load `worker`. */
export function workerExecArgv(worker: URL): string[] {
  return worker.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [];
}

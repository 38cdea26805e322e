/**
 * A worker module beside its caller
 * =================================
 *
 * Worker pools load their worker by file URL. Run from the sources (tsx,
 * vitest) the worker is `worker.ts`; compiled to JavaScript (the notebooks'
 * build, notebooks/setup.mjs) only `worker.js` exists. So the worker's
 * extension follows the calling module's.
 */
export function workerModule(caller: string, name: string): URL {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(caller).pathname)?.[0] ?? '.ts';
  return new URL(`./${name}${extension}`, caller);
}

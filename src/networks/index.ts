export { complete } from './complete.ts';
export { erdosRenyi } from './erdos-renyi.ts';
export type { ErdosRenyiOptions } from './erdos-renyi.ts';
export { smallWorldTies, wattsStrogatz } from './watts-strogatz.ts';
export type { WattsStrogatzOptions } from './watts-strogatz.ts';

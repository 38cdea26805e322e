/**
 * leadsim — agent-based simulation of leadership in healthcare organisations.
 */
export * from './engine/index.ts';
export * from './networks/index.ts';
export { stream } from './random/stream.ts';
export type { RandomStream, StreamPathPart } from './random/stream.ts';
export { LeadsimError, InvalidGraphError, InvalidOptionError } from './errors.ts';

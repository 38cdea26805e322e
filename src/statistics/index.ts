export { describeSample } from './describe-sample.ts';
export type { SampleDescription } from './describe-sample.ts';
export { tInterval } from './interval.ts';
export type { Interval } from './interval.ts';
export { mean, presentValues, standardDeviation } from './sample.ts';
export type { Sample } from './sample.ts';

export { evaluatePatterns } from './evaluate.ts';
export type { PatternOptions, PatternReport } from './evaluate.ts';
export { patterns, variants } from './catalogue.ts';
export { verdictOf } from './pattern.ts';
export type { Pattern, PatternResult, ReplicateRuns, Variant, Verdict } from './pattern.ts';
export { formatPatternTable, patternsChart, patternsCsv } from './outputs.ts';

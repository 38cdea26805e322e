/**
 * `npm run docs:patterns`: the flagship's pattern table in docs/model.md §1
 * =========================================================================
 *
 * Runs the patterns on the bundled flagship and writes the table between the
 * markers; test/validation/patterns.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { MODEL_DOCUMENT } from '../scenario/model-table.ts';
import { bundledScenario } from '../scenario/bundled.ts';
import { evaluatePatterns } from './evaluate.ts';
import { withPatternTable } from './outputs.ts';

const report = await evaluatePatterns(bundledScenario('flagship'), {
  onRun: (done, total) => process.stderr.write(`\rruns ${done}/${total}`),
});
process.stderr.write('\n');
writeFileSync(MODEL_DOCUMENT, withPatternTable(readFileSync(MODEL_DOCUMENT, 'utf8'), report));
process.stdout.write(`wrote the flagship's patterns in ${MODEL_DOCUMENT}\n`);

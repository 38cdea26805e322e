/**
 * The flagship's patterns (docs/model.md §1): the table there is what the model gives
 * =====================================================================================
 *
 * Runs every pattern on the bundled flagship (10 replicates, 80 runs) and checks
 * that docs/model.md records exactly these estimates, intervals and verdicts, and
 * says why for each pattern that does not hold or is inconclusive. A change to the
 * model that moves a verdict fails here until the documentation says so
 * (`npm run docs:patterns`).
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { evaluatePatterns } from '../../src/patterns/evaluate.ts';
import { PATTERN_TABLE_MARKERS, withPatternTable } from '../../src/patterns/outputs.ts';
import { bundledScenario } from '../../src/scenario/bundled.ts';
import { MODEL_DOCUMENT } from '../../src/scenario/model-table.ts';

describe('patterns on the flagship', () => {
  it('are as docs/model.md §1 records them, with a reason for each that does not hold', async () => {
    const report = await evaluatePatterns(bundledScenario('flagship'), { workers: 2 });
    const docs = readFileSync(MODEL_DOCUMENT, 'utf8');
    expect(docs, 'docs/model.md §1 differs from the model: run `npm run docs:patterns` and explain any verdict that moved').toBe(withPatternTable(docs, report));

    const reasons = docs.slice(docs.indexOf(PATTERN_TABLE_MARKERS[1]), docs.indexOf('### 2.'));
    const unexplained = report.results.filter((r) => r.verdict !== 'holds' && !reasons.includes(`\`${r.pattern.id}\``)).map((r) => r.pattern.id);
    expect(unexplained).toEqual([]);
    expect(report.results.map((r) => r.verdict)).toContain('holds');
  });
});

/**
 * A sensitivity analysis of a scenario (not an analytic function): arm differences as outputs,
 * Morris indices, the robustness grid with its own replicates, and the report's sections.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { readCsv } from '../../src/results/csv-read.ts';
import { writeReport } from '../../src/report/index.ts';
import { planSensitivity } from '../../src/sensitivity/load.ts';
import { runSensitivity } from '../../src/sensitivity/run-sensitivity.ts';
import { sensitivitySchema } from '../../src/sensitivity/schema.ts';

describe('a sensitivity analysis of the flagship', () => {
  it('screens two factors for an arm difference and maps its sign over a grid', async () => {
    const spec = sensitivitySchema.parse({
      name: 'flagship-small',
      description: 'test',
      scenario: 'flagship',
      weeks: 32,
      replicates: 1,
      arms: [{ name: 'heroic', rules: 'heroic' }, { name: 'collective', rules: 'collective' }],
      method: { morris: { trajectories: 2 } },
      factors: [
        { name: 'complexity', path: 'initiatives.*.complexity', range: [0.2, 0.9] },
        { name: 'collectiveVoice', path: 'arms.1.parameters.voice', range: [0.3, 0.9] },
      ],
      outputs: [
        { name: 'uptake_difference', of: 'final_uptake[collective] - final_uptake[heroic]' },
        { name: 'heroic_uptake', of: 'final_uptake[heroic]' },
      ],
      robustness: { factors: ['complexity', 'collectiveVoice'], levels: 2, replicates: 2, output: 'uptake_difference' },
    });
    const plan = planSensitivity(spec, join(process.cwd(), 'test.yaml'));
    const out = mkdtempSync(join(tmpdir(), 'leadsim-sensitivity-scenario-'));
    const outcome = await runSensitivity(plan, { out, workers: 2 });
    // Design: 2 trajectories × 3 points × 1 replicate; grid: 4 cells × 2 replicates.
    expect(outcome.tasksTotal).toBe(6 + 8);

    const runs = readCsv(readFileSync(join(out, 'runs.csv'), 'utf8'), 'runs.csv').rows;
    const value = (point: string, arm: string, replicate: number) => Number(runs.find((r) => r.point === point && r.arm === arm && r.replicate === String(replicate))!.final_uptake);
    const indices = readCsv(readFileSync(join(out, 'indices.csv'), 'utf8'), 'indices.csv').rows;
    // The output is the paired difference, point by point.
    const mean = indices.find((r) => r.output === 'uptake_difference' && r.index === 'mean')!;
    const points = ['p00001', 'p00002', 'p00003', 'p00004', 'p00005', 'p00006'];
    expect(Number(mean.estimate)).toBeCloseTo(points.reduce((sum, p) => sum + value(p, 'collective', 1) - value(p, 'heroic', 1), 0) / 6, 12);
    expect(indices.find((r) => r.output === 'uptake_difference' && r.index === 'noise_share')!.estimate).toBe('');
    expect(indices.filter((r) => r.index === 'mu_star').map((r) => `${r.output}/${r.factor}`)).toEqual([
      'uptake_difference/complexity', 'uptake_difference/collectiveVoice', 'heroic_uptake/complexity', 'heroic_uptake/collectiveVoice',
    ]);
    // The heroic arm has no voice parameter to vary: its uptake does not move with collectiveVoice.
    expect(Number(indices.find((r) => r.output === 'heroic_uptake' && r.factor === 'collectiveVoice' && r.index === 'mu_star')!.estimate)).toBe(0);

    const grid = readCsv(readFileSync(join(out, 'robustness.csv'), 'utf8'), 'robustness.csv');
    expect(grid.columns).toEqual(['complexity', 'collectiveVoice', 'output', 'n', 'mean_difference', 'ci95_low', 'ci95_high', 'spans_zero']);
    expect(grid.rows.map((r) => [r.complexity, r.collectiveVoice, r.n])).toEqual([['0.2', '0.3', '2'], ['0.2', '0.9', '2'], ['0.9', '0.3', '2'], ['0.9', '0.9', '2']]);
    for (const r of grid.rows) expect(r.spans_zero).toBe(String(Number(r.ci95_low) <= 0 && Number(r.ci95_high) >= 0));

    expect(readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.vl.json')).sort()).toEqual(['morris-heroic_uptake.vl.json', 'morris-uptake_difference.vl.json', 'robustness.vl.json']);
    const html = readFileSync(await writeReport(out), 'utf8');
    for (const title of ['Morris screening', 'Robustness map', 'Charts', 'Definition', 'Provenance']) expect(html).toContain(`<h2>${title}</h2>`);
  }, 300_000);
});

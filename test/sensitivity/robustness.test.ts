/**
 * The robustness map's intervals keep to the range of the difference they describe: with two
 * replicates a t interval of a difference of shares reaches far past [−1, 1].
 */
import { describe, expect, it } from 'vitest';

import type { SweepRow } from '../../src/results/sweep-rows.ts';
import { analyseSensitivity } from '../../src/sensitivity/analyse.ts';
import { planSensitivity } from '../../src/sensitivity/load.ts';
import { sensitivitySchema } from '../../src/sensitivity/schema.ts';
import { mean, standardDeviation, tInterval } from '../../src/statistics/index.ts';

const spec = sensitivitySchema.parse({
  name: 'grid',
  description: 'test',
  scenario: 'flagship',
  replicates: 2,
  arms: [{ name: 'heroic', rules: 'heroic' }, { name: 'collective', rules: 'collective' }],
  method: { morris: { trajectories: 2 } },
  factors: [
    { name: 'complexity', path: 'initiatives.*.complexity', range: [0.2, 0.9] },
    { name: 'collectiveVoice', path: 'arms.1.parameters.voice', range: [0.3, 0.9] },
  ],
  outputs: [
    { name: 'uptake_difference', of: 'final_uptake[collective] - final_uptake[heroic]' },
    { name: 'engagement_difference', of: 'final:engagement_trainees[collective] - final:engagement_trainees[heroic]' },
  ],
  robustness: { factors: ['complexity', 'collectiveVoice'], levels: 2, output: 'uptake_difference' },
});

describe('the robustness map', () => {
  it('gives each cell an interval inside [−1, 1] for a difference of shares, near the bound too', () => {
    const plan = planSensitivity(spec, 'grid.yaml');
    // Heroic takes everyone in one replicate and few in the other; collective takes no one.
    const heroic = [0.95, 0.1];
    const rows: SweepRow[] = plan.points.flatMap(({ point, factors, scenario }) =>
      Array.from({ length: scenario.replicates }, (_, r) => [
        { point, factors, arm: 'heroic', replicate: r + 1, values: { final_uptake: heroic[r], 'final:engagement_trainees': 6.9 } },
        { point, factors, arm: 'collective', replicate: r + 1, values: { final_uptake: 0, 'final:engagement_trainees': 7 } },
      ]).flat(),
    );
    const differences = heroic.map((h) => 0 - h);
    const t = tInterval(mean(differences), standardDeviation(differences, mean(differences)), 2);
    expect(t[0]).toBeLessThan(-1);

    const cells = analyseSensitivity(plan, rows).robustness!;
    expect(cells).toHaveLength(4);
    for (const cell of cells) {
      expect(cell.mean).toBeCloseTo(-0.525, 12);
      expect(cell.ci95![0]).toBeGreaterThan(-1);
      expect(cell.ci95![1]).toBeLessThan(1);
      expect(cell.ci95![0]).toBeLessThan(cell.mean!);
      expect(cell.spansZero).toBe(cell.ci95![1] >= 0);
    }
  });
});

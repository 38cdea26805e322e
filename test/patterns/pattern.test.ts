import { describe, expect, it } from 'vitest';

import { patterns } from '../../src/patterns/catalogue.ts';
import { evaluatePatterns } from '../../src/patterns/evaluate.ts';
import { verdictOf } from '../../src/patterns/pattern.ts';
import { bundledScenario } from '../../src/scenario/index.ts';

describe('verdictOf', () => {
  it.each([
    ['above', 0, [0.1, 0.3], 'holds'],
    ['above', 0, [-0.3, -0.1], 'does not hold'],
    ['above', 0, [-0.1, 0.3], 'inconclusive'],
    // No effect in any replicate: the predicted side is excluded.
    ['above', 0, [0, 0], 'does not hold'],
    ['below', 0, [0, 0], 'does not hold'],
    ['below', 0, [-0.3, -0.1], 'holds'],
    ['below', 0, [0.1, 0.3], 'does not hold'],
    ['below', 0, [-0.1, 0.3], 'inconclusive'],
    // Against a reference other than 0.
    ['above', 0.1, [0.001, 0.03], 'does not hold'],
    ['above', 0.1, [0.05, 0.2], 'inconclusive'],
    ['above', 0.1, [0.11, 0.2], 'holds'],
  ] as const)('%s %s with interval %j: %s', (expect_, reference, ci, verdict) => {
    expect(verdictOf(expect_, reference, ci)).toBe(verdict);
  });

  it('is inconclusive without an interval', () => {
    expect(verdictOf('above', 0, null)).toBe('inconclusive');
  });
});

describe('evaluatePatterns', () => {
  it('refuses a scenario without a heroic and a collective arm, before running anything', async () => {
    const flagship = bundledScenario('flagship');
    const heroicOnly = { ...flagship, arms: flagship.arms.filter((arm) => arm.rules === 'heroic') };
    await expect(evaluatePatterns(heroicOnly, { workers: 1 })).rejects.toThrow(
      /patterns: scenario "flagship" has no arm with rules "collective"; the patterns compare heroic and collective arms\./,
    );
  });
});

describe('pattern intervals', () => {
  it('declare the range of each statistic: differences of shares in [−1, 1], of their differences in [−2, 2], engagement differences in [−10, 10], a count difference none', () => {
    const bounds = Object.fromEntries(patterns(bundledScenario('flagship')).map((p) => [p.id, p.bounds]));
    expect(bounds['collective-implements-change']).toEqual({ lower: -1, upper: 1 });
    expect(bounds['mandate-partly-compliant']).toEqual({ lower: 0, upper: 1 });
    expect(bounds['senior-departure-fragility']).toEqual({ lower: -2, upper: 2 });
    expect(bounds['leadership-more-equal']).toEqual({ lower: -1, upper: 1 });
    expect(bounds['trainees-more-engaged']).toEqual({ lower: -10, upper: 10 });
    expect(bounds['trainees-lead-more']).toBeUndefined();
  });

  it('stay inside that range with two replicates, where the t interval reached past it', async () => {
    // Two replicates: t(0.975, 1) = 12.7, so the t interval of a difference of shares went to [−1.96, 1.65].
    const report = await evaluatePatterns(bundledScenario('flagship'), { replicates: 2, workers: 2 });
    const outside = report.results
      .filter((r) => r.ci !== null && r.pattern.bounds !== undefined)
      .filter((r) => r.ci![0] < (r.pattern.bounds!.lower ?? -Infinity) || r.ci![1] > (r.pattern.bounds!.upper ?? Infinity))
      .map((r) => `${r.pattern.id} ${r.estimate} [${r.ci!.join(', ')}]`);
    expect(outside).toEqual([]);
    const uptake = report.results.find((r) => r.pattern.id === 'collective-implements-change')!;
    expect(uptake.ci![0]).toBeGreaterThan(-1);
    expect(uptake.ci![1]).toBeLessThan(1);
  }, 120_000);
});

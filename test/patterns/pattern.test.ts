import { describe, expect, it } from 'vitest';

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

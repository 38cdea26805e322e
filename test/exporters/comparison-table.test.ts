import { describe, expect, it } from 'vitest';

import { formatComparisonTable, formatDifference } from '../../src/exporters/index.ts';
import { syntheticResults, tinyResults } from './fixtures.ts';

describe('formatComparisonTable', () => {
  it('shows each arm against the baseline: difference [95% CI] d=…, "≈ 0" where the CI includes 0', () => {
    const lines = formatComparisonTable(tinyResults()).split('\n');
    expect(lines[0]).toMatch(/^metric\s+collective − heroic$/);
    expect(lines[2]).toMatch(/^Final uptake\s+0 \[-3\.18, 3\.18\] d=0\s+≈ 0$/);
    expect(lines[3]).toMatch(/^Uptake \(share of staff adopting\) \(week 1\)\s+0 \[-3\.18, 3\.18\] d=0\s+≈ 0$/);
    expect(lines[4]).toMatch(/^Trainee engagement \(week 1\)\s+0\.500 \(n=1\)$/); // one pair: no interval, no verdict
    expect(lines[6]).toContain('arm − heroic over replicates paired under common random numbers');
    expect(lines).toHaveLength(8);
  });

  it('has a block per non-baseline arm with the key measures present, and marks only indistinguishable ones', () => {
    const results = syntheticResults({ replicates: 6 });
    // Differences from heroic: collective 41, 42, 40, 41, 42, 40 (mean 41, sd √0.8); hybrid ±0.5 (mean 0, sd √0.3).
    const shift = { heroic: () => 0, collective: (r: number) => 40 + (r % 3), 'hybrid-middle': (r: number) => (r % 2 ? 0.5 : -0.5) };
    for (const run of results.runs) run.summary.claims_granted = 10 * run.replicate + shift[run.arm as keyof typeof shift](run.replicate);
    const text = formatComparisonTable(results);
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0].split('\n')[0]).toMatch(/collective − heroic$/);
    expect(blocks[1].split('\n')[0]).toMatch(/hybrid-middle − heroic$/);
    const labels = blocks[0].split('\n').slice(2).map((line) => line.split(/\s{2,}/)[0]);
    expect(labels).toEqual([
      'final_uptake', 'claims_granted', 'All adopting (week 26)', 'Committed (week 26)', 'Trainees (week 26)',
      'trainees_disengaged_share (week 26)', 'Centralization (week 26)', 'Trainees among leaders (week 26)',
    ]);
    // Half-widths t(0.975, 5)·sd/√6 = 2.5706 · 0.894 / 2.449 = 0.939 and 2.5706 · 0.548 / 2.449 = 0.575.
    expect(blocks[0]).toMatch(/\nclaims_granted\s+41\.0 \[40\.1, 41\.9\] d=45\.8\n/);
    expect(blocks[1]).toMatch(/\nclaims_granted\s+0 \[-0\.575, 0\.575\] d=0\s+≈ 0\n/);
    expect(text.match(/≈ 0/g)).toHaveLength(2); // the hybrid claims row, and the legend
  });

  it('says so when there is nothing to compare', () => {
    const results = tinyResults();
    results.arms = ['heroic'];
    results.runs = results.runs.filter((run) => run.arm === 'heroic');
    expect(formatComparisonTable(results)).toBe('One arm (heroic): nothing to compare.');
  });
});

describe('formatDifference', () => {
  it('reads "difference [low, high] d=…", counts missing pairs, and "n/a" for none', () => {
    expect(formatDifference({ n: 10, mean_difference: -0.3187, ci95_low: -0.4521, ci95_high: -0.1873, effect_size: -1.7123 }, 10)).toBe('-0.319 [-0.452, -0.187] d=-1.71');
    expect(formatDifference({ n: 8, mean_difference: 2, ci95_low: 2, ci95_high: 2, effect_size: null }, 10)).toBe('2.00 [2.00, 2.00] (n=8)');
    expect(formatDifference({ n: 0, mean_difference: null, ci95_low: null, ci95_high: null, effect_size: null }, 10)).toBe('n/a');
  });
});

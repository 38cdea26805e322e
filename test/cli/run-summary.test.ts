/**
 * What `leadsim run` says of the world it built: a trust, or a region's trusts
 * and all their departments.
 */
import { describe, expect, it } from 'vitest';

import { trustSize } from '../../src/cli/run-summary.ts';
import { parseScenario } from '../../src/scenario/index.ts';

describe('the run summary\'s size line', () => {
  it('counts one trust\'s departments', () => {
    const scenario = parseScenario({ name: 'one', description: 'one trust' }, 'test');
    expect(trustSize(scenario, [600, 640])).toEqual({ staff: { mean: 620, min: 600, max: 640 }, departments: 8, trusts: 1, region: null });
  });

  it('counts a region\'s trusts and the departments of all of them', () => {
    const scenario = parseScenario(
      { name: 'two', description: 'a region', region: { name: 'north', trusts: [{ name: 'a', staff: 1300 }, { name: 'b', staff: 650 }] } },
      'test',
    );
    const size = trustSize(scenario, [1950]);
    expect(size.trusts).toBe(2);
    expect(size.region).toBe('north');
    // Each trust is the template (8 departments for about 630 staff) scaled to its headcount.
    expect(size.departments).toBeGreaterThan(8 + 8);
  });
});

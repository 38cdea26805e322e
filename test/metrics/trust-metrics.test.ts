import { describe, expect, it } from 'vitest';

import { TRUST_METRICS, initiativeMetrics } from '../../src/metrics/trust-metrics.ts';
import { uptake } from '../../src/model/week.ts';
import { week } from '../../src/model/week.ts';
import { SCHEDULED, launchScheduled, threeTrusts } from './helpers.ts';

const UPTAKE = [
  ['uptake_total', 'adopted'],
  ['uptake_committed', 'committed'],
  ['uptake_compliant', 'compliant'],
  ['uptake_resisting', 'resisting'],
] as const;

describe('the trust metrics', () => {
  it('uptake is the mean over the scheduled initiatives launched so far, however many ideas are launched among them', () => {
    const world = threeTrusts('collective');
    let launched = 0;
    for (world.week = 0; world.week < 20; world.week++) {
      week(world, [{ week: 3, run: launchScheduled }]);
      for (const [name, states] of UPTAKE) {
        // Plain: every initiative looked through again.
        const scheduled = world.initiatives.filter((i) => i.origin === 'scheduled');
        const plain = scheduled.length === 0 ? null : scheduled.reduce((sum, i) => sum + uptake(world, i, states), 0) / scheduled.length;
        expect(TRUST_METRICS.find((m) => m.name === name)?.measure(world)).toBe(plain);
      }
      for (const metric of initiativeMetrics(world.scenario)) {
        const name = metric.name.slice('uptake:'.length);
        const initiative = world.initiatives.find((i) => i.origin === 'scheduled' && i.name === name);
        expect(metric.measure(world)).toBe(initiative === undefined ? null : uptake(world, initiative));
      }
      launched = world.initiatives.length;
    }
    // Ideas launched before and after the scheduled ones.
    expect(world.initiatives.findIndex((i) => i.origin === 'scheduled')).toBeGreaterThan(0);
    expect(world.initiatives.at(-1)?.origin).toBe('idea');
    expect(launched).toBeGreaterThan(3);
    expect(initiativeMetrics(world.scenario).map((m) => m.name)).toEqual(SCHEDULED.map((name) => `uptake:${name}`));
  });
});

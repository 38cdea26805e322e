/**
 * One arm's run of a bundled scenario, for the trust-model benchmarks
 * (bench/model.bench.ts times it; bench/model-memory-child.ts weighs it).
 */
import { fileURLToPath } from 'node:url';

import { RULE_SETS, resolveRules } from '../src/leadership/index.ts';
import type { Metric } from '../src/metrics/metric.ts';
import { TRUST_METRICS, initiativeMetrics } from '../src/metrics/trust-metrics.ts';
import { week } from '../src/model/week.ts';
import { createWorld } from '../src/model/world.ts';
import type { World } from '../src/model/world.ts';
import { stream } from '../src/random/stream.ts';
import { loadScenario } from '../src/scenario/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { buildTrustWorkforce } from '../src/trust/build-trust.ts';

export function bundledScenario(name: string): Scenario {
  return loadScenario(fileURLToPath(new URL(`../scenarios/${name}.yaml`, import.meta.url)));
}

export interface ArmRun {
  createWorld(): World;
  /** One simulated week as the benchmarks count it: the week's processes and every weekly metric. */
  week(world: World): void;
}

/** One arm's run: its trust built, its world not yet (so the trust can be left out of the world's memory). */
export function armRun(scenario: Scenario, armName: string): ArmRun {
  const arm = scenario.arms.find((a) => a.name === armName)!;
  const rules = resolveRules(arm, RULE_SETS);
  const trust = buildTrustWorkforce(scenario.trust, stream(scenario.seed, 'replicate', 1, 'trust'), scenario.model);
  const metrics: Metric[] = [...TRUST_METRICS, ...initiativeMetrics(scenario)];
  return {
    createWorld: () => createWorld(scenario, trust, rules.create, stream(scenario.seed, 'replicate', 1)),
    week: (world) => {
      week(world);
      for (const metric of metrics) metric.measure(world);
    },
  };
}

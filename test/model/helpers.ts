import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { ScenarioInput } from '../../src/scenario/index.ts';
import { buildTrustWorkforce } from '../../src/trust/build-trust.ts';

/** A world for the default trust (8 departments, about 630 staff) under a bundled rule set. */
export function worldFor(rules: keyof typeof RULE_SETS, scenario: Partial<ScenarioInput> = {}, seed = 1): World {
  const parsed = parseScenario({ name: 'test', description: 'test world', ...scenario });
  const resolved = resolveRules({ name: rules, rules, parameters: {} }, RULE_SETS);
  return createWorld(parsed, buildTrustWorkforce(parsed.trust, stream(seed, 'trust'), parsed.model), resolved.create, stream(seed, 'run'));
}

/** Slots of a grade. */
export function slotsOf(world: World, grade: string): number[] {
  return world.agents.keys.map((_, slot) => slot).filter((slot) => world.graph.getNodeAttribute(world.agents.keys[slot], 'grade') === grade);
}

import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { week } from '../../src/model/week.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { ScenarioInput } from '../../src/scenario/index.ts';
import { buildManyTrusts } from '../../src/trust/many-trusts.ts';

/** A small region: `trusts` trusts of a few hundred staff each, built from the scenario's trust as template. */
export function regionWorld(trusts: number, scenario: Partial<ScenarioInput> = {}, seed = 7, rules: keyof typeof RULE_SETS = 'collective'): World {
  const parsed = parseScenario({ name: 'region', description: 'a small region', ...scenario });
  const resolved = resolveRules({ name: rules, rules, parameters: {} }, RULE_SETS);
  const sizes = { median: 350, sigma: 0.4, min: 250, max: 600 };
  const workforce = buildManyTrusts({ name: 'trust', trusts, sizes, template: parsed.trust, model: parsed.model, random: stream(seed, 'region') });
  return createWorld(parsed, workforce, resolved.create, stream(seed, 'run'));
}

/** Run weeks [from, to) as a run does. */
export function runWeeks(world: World, from: number, to: number): void {
  for (let w = from; w < to; w++) {
    world.week = w;
    week(world);
  }
}

/** Slots whose grade is `grade`. */
export function slotsOfGrade(world: World, grade: number): number[] {
  const slots: number[] = [];
  for (let slot = 0; slot < world.agents.size; slot++) if (world.agents.grade[slot] === grade) slots.push(slot);
  return slots;
}

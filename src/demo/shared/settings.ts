/**
 * The room's settings
 * ===================
 *
 *   bundled scenario + what the room chose ─► the scenario both panels run
 *
 * Every control maps onto a real scenario field or rule-set parameter: the
 * seed, which two arms are shown, each arm's hierarchy steepness and voice
 * (src/leadership/hybrid.ts), the complexity of the scheduled initiatives
 * and the foundation rotation length (src/scenario/schema.ts,
 * trust-schema.ts). The page sets them; the worker runs them. The result is
 * validated by the project's own schema, so the page can never run a
 * scenario the CLI would refuse.
 */
import { RULE_SETS, resolveRules } from '../../leadership/index.ts';
import { parseScenario } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { mapPair } from './pair.ts';
import type { Pair } from './pair.ts';

/** The rule-set parameters the room may move, per arm: the two a room argues about. */
export const ARM_KNOBS = ['hierarchySteepness', 'voice'] as const;
export type ArmKnob = (typeof ARM_KNOBS)[number];

export interface ArmChoice {
  /** An arm of the scenario. */
  name: string;
  /** Values for the knobs the arm's rule set has. */
  parameters: Partial<Record<ArmKnob, number>>;
}

export interface RoomSettings {
  seed: number;
  /** Left and right panel. */
  arms: Pair<ArmChoice>;
  /** Complexity of every scheduled initiative, or null to keep each one's own. */
  complexity: number | null;
  /** Foundation doctors' (and students') rotation interval, weeks. */
  foundationWeeks: number;
}

/** The demo shows replicate 1, as `leadsim run` numbers its first. */
export const DEMO_REPLICATE = 1;

/** The arm's knobs at the values its rule set resolves to (its preset, with the scenario's overrides). */
export function armChoice(scenario: Scenario, name: string): ArmChoice {
  const arm = armNamed(scenario, name);
  const { parameters } = resolveRules(arm, RULE_SETS);
  return { name, parameters: Object.fromEntries(ARM_KNOBS.filter((knob) => knob in parameters).map((knob) => [knob, parameters[knob]])) };
}

/** The scenario as written: its seed, its first two arms, its own complexities and rotations. */
export function defaultSettings(scenario: Scenario): RoomSettings {
  if (scenario.arms.length < 2) throw new RangeError(`scenario "${scenario.name}" has one arm; the demo compares two`);
  return {
    seed: scenario.seed,
    arms: [armChoice(scenario, scenario.arms[0].name), armChoice(scenario, scenario.arms[1].name)],
    complexity: null,
    foundationWeeks: scenario.trust.rotations.foundationWeeks,
  };
}

/** The scenario the two panels run: one replicate, the two chosen arms (distinct), the room's values; validated like a file. */
export function roomScenario(scenario: Scenario, settings: RoomSettings): Scenario {
  const arms = mapPair(settings.arms, (choice) => {
    const arm = armNamed(scenario, choice.name);
    return { ...arm, parameters: { ...arm.parameters, ...choice.parameters } };
  });
  return parseScenario(
    {
      ...scenario,
      seed: settings.seed,
      replicates: DEMO_REPLICATE,
      arms,
      trust: { ...scenario.trust, rotations: { ...scenario.trust.rotations, foundationWeeks: settings.foundationWeeks } },
      initiatives: scenario.initiatives.map((initiative) =>
        settings.complexity === null ? initiative : { ...initiative, complexity: settings.complexity },
      ),
    },
    `${scenario.name} with the room's settings`,
    { ruleSets: RULE_SETS },
  );
}

export function armNamed(scenario: Scenario, name: string): Scenario['arms'][number] {
  const arm = scenario.arms.find((a) => a.name === name);
  if (arm === undefined) throw new RangeError(`scenario "${scenario.name}" has no arm "${name}" (it has ${scenario.arms.map((a) => a.name).join(', ')})`);
  return arm;
}

/** A small world of three trusts, with scheduled initiatives of each kind of scope launched by hand. */
import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { launch } from '../../src/model/launch.ts';
import { GRADES } from '../../src/scenario/grades.ts';
import { REGION, trustScope } from '../../src/model/vocabulary.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { buildManyTrusts } from '../../src/trust/many-trusts.ts';

/** Names of the scheduled initiatives: region-wide, the second trust's, a department of the third. */
export const SCHEDULED = ['regional', 'second-trust', 'third-department'] as const;

export function threeTrusts(rules: 'heroic' | 'collective' = 'collective'): World {
  // Scheduled past the weeks stepped, so only the hand launches below happen; the names give the metrics.
  const scenario = parseScenario({
    name: 'three-trusts',
    description: 'three trusts',
    weeks: 60,
    initiatives: SCHEDULED.map((name) => ({ name, week: 59, scope: 'trust' })),
  });
  const template = parseScenario({ name: 't', description: 'd', trust: { departments: [{ specialty: 'medicine', count: 2 }, { specialty: 'surgery', count: 1 }] } }).trust;
  const workforce = buildManyTrusts({ name: 'trust', trusts: 3, sizes: { median: 300, sigma: 0.3, min: 150, max: 500 }, template, model: scenario.model, random: stream(3, 'region') });
  const resolved = resolveRules({ name: rules, rules, parameters: {} }, RULE_SETS);
  return createWorld(scenario, workforce, resolved.create, stream(3, 'run'));
}

/** The trust's chief executive (each trust has one). */
export function chiefExecutive(world: World, trust: number): number {
  const ceo = GRADES.indexOf('chiefExecutive');
  for (let slot = 0; slot < world.agents.size; slot++) if (world.agents.trust[slot] === trust && world.agents.grade[slot] === ceo) return slot;
  throw new Error(`trust ${trust} has no chief executive`);
}

export function launchScheduled(world: World): void {
  const first = chiefExecutive(world, 0);
  const second = chiefExecutive(world, 1);
  const department = world.trusts[2].firstDepartment;
  const lead = world.members[department][0];
  const common = { origin: 'scheduled', complexity: 0.5, advantage: 0 } as const;
  launch(world, { ...common, name: SCHEDULED[0], originGrade: 'chiefExecutive', scope: REGION, sponsor: first, leads: [first] });
  launch(world, { ...common, name: SCHEDULED[1], originGrade: 'chiefExecutive', scope: trustScope(1), sponsor: second, leads: [second] });
  launch(world, { ...common, name: SCHEDULED[2], originGrade: 'consultant', scope: department, sponsor: lead, leads: [lead] });
}

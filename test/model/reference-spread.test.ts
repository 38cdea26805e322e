/**
 * The optimised spread against the plain reference, on every bundled scenario
 * ===========================================================================
 *
 * For each bundled scenario (replicate 0, every arm) two worlds are built from
 * the same trust and streams and stepped side by side: one spreads with
 * src/model/spread.ts (change-driven: people whose neighbourhood has not moved
 * are not weighed up again), the other with the reference of
 * ./reference-spread.ts (everyone, from scratch, every week). After each week
 * every initiative's per-slot state, status, leads and negotiations, the
 * ledger, engagement, leader identity and the contact weights must be
 * identical. In the optimised world the contact rows' invariants
 * (./contact-invariants.ts) are checked right after each rotation's rebuild
 * (by a hook, which runs after the week's structural changes) and at the end
 * of every week (after turnover, fading ties and grants). The large trust
 * runs 26 of its 52 weeks (its launches, the foundation changeover at week 17
 * and half a year of ideas), to keep the file's time down. The region
 * (about 76,000 staff) runs as a region of the same trusts and scopes at
 * 400 staff each (5,600 in all), for 20 weeks (its launches and the first
 * changeover), with its ties between trusts. Two negative
 * controls show the comparison and the invariants can fail.
 */
import { describe, expect, it } from 'vitest';

import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { ADOPTION_STATES } from '../../src/model/vocabulary.ts';
import type { Initiative } from '../../src/model/initiative.ts';
import { rotatingGrades } from '../../src/model/rotation.ts';
import { spread } from '../../src/model/spread.ts';
import { week } from '../../src/model/week.ts';
import type { SpreadInitiative } from '../../src/model/week.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { replicateTrust } from '../../src/run/create-run.ts';
import { listBundledScenarios, loadScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { contactInvariantViolations } from './contact-invariants.ts';
import { referenceSpread } from './reference-spread.ts';

/** Weeks run per scenario: all of them but the large trust's (see the header). */
const WEEKS: Record<string, number> = { 'large-trust': 26, region: 20 };

/** Where two worlds' states differ (at most a few lines). */
function differences(a: World, b: World): string[] {
  const found: string[] = [];
  const differ = (what: string, x: unknown, y: unknown) => found.length < 5 && found.push(`week ${a.week}, ${what}: optimised ${String(x)}, reference ${String(y)}`);
  if (a.initiatives.length !== b.initiatives.length) differ('initiatives', a.initiatives.length, b.initiatives.length);
  a.initiatives.forEach((x, k) => {
    const y: Initiative | undefined = b.initiatives[k];
    if (y === undefined) return;
    const where = `initiative ${x.name}`;
    if (x.name !== y.name) differ(`${where}: name`, x.name, y.name);
    if (x.status !== y.status) differ(`${where}: status`, x.status, y.status);
    if (x.sponsor !== y.sponsor) differ(`${where}: sponsor`, x.sponsor, y.sponsor);
    const slot = x.state.findIndex((state, i) => state !== y.state[i]);
    if (slot >= 0) differ(`${where}: slot ${slot}`, ADOPTION_STATES[x.state[slot]], ADOPTION_STATES[y.state[slot]]);
    if ([...x.leads].join() !== [...y.leads].join()) differ(`${where}: leads`, [...x.leads], [...y.leads]);
    if (JSON.stringify([...x.negotiated]) !== JSON.stringify([...y.negotiated])) differ(`${where}: negotiations`, x.negotiated.size, y.negotiated.size);
    if (x.reached50 !== y.reached50 || x.reached90 !== y.reached90) differ(`${where}: weeks to 50%/90%`, [x.reached50, x.reached90], [y.reached50, y.reached90]);
  });
  if (JSON.stringify(a.ledger) !== JSON.stringify(b.ledger)) differ('ledger', JSON.stringify(a.ledger), JSON.stringify(b.ledger));
  if (a.agents.keys.join() !== b.agents.keys.join()) differ('staff', a.agents.size, b.agents.size);
  for (const field of ['engagement', 'leaderIdentity'] as const) {
    const slot = a.agents[field].findIndex((value, i) => value !== b.agents[field][i]);
    if (slot >= 0) differ(`${field} of slot ${slot}`, a.agents[field][slot], b.agents[field][slot]);
  }
  const arc = a.contacts.influence.findIndex((value, e) => value !== b.contacts.influence[e]);
  if (a.contacts.influence.length !== b.contacts.influence.length || arc >= 0) differ(`contact weight of arc ${arc}`, a.contacts.influence[arc], b.contacts.influence[arc]);
  return found;
}

interface Comparison {
  weeks: number;
  differences: string[];
  violations: string[];
  /** Weekly spreads that moved someone, summed over initiatives: the comparison is not of idle worlds. */
  changes: number;
  rotations: number;
}

/** Steps the two worlds side by side until they differ, the rows break, or `weeks` have run. */
function compare(scenario: Scenario, armName: string, weeks: number, optimisedSpread: SpreadInitiative = spread): Comparison {
  const arm = scenario.arms.find((a) => a.name === armName)!;
  const rules = resolveRules(arm, RULE_SETS);
  const trust = replicateTrust(scenario, 0);
  // As createRun builds a replicate's world.
  const build = () => createWorld(scenario, trust, rules.create, stream(scenario.seed, 'replicate', 0));
  const optimised = build();
  const reference = build();
  const violations: string[] = [];
  let changes = 0;
  let rotations = 0;
  for (let w = 0; w < weeks; w++) {
    optimised.week = reference.week = w;
    const before = optimised.initiatives.map((initiative) => initiative.state.slice());
    // Right after a rotation's rebuild (hooks run after the week's structural changes), and at the end of every week.
    const rotation = rotatingGrades(optimised).length > 0;
    if (rotation) rotations++;
    week(optimised, rotation ? [{ week: w, run: (world) => violations.push(...contactInvariantViolations(world)) }] : [], optimisedSpread);
    week(reference, [], referenceSpread);
    violations.push(...contactInvariantViolations(optimised));
    changes += optimised.initiatives.filter((initiative, k) => before[k] === undefined || initiative.state.some((s, i) => s !== before[k][i])).length;
    const found = differences(optimised, reference);
    if (found.length > 0 || violations.length > 0) return { weeks: w + 1, differences: found, violations, changes, rotations };
  }
  return { weeks, differences: [], violations, changes, rotations };
}

const bundled = listBundledScenarios().map(({ name, file }) => ({ name, scenario: smaller(loadScenario(file, { ruleSets: RULE_SETS })) }));

/** A region's trusts at 400 staff each (the same names, scopes and ties); any other scenario as it is. */
function smaller(scenario: Scenario): Scenario {
  const { region } = scenario;
  if (region === undefined || typeof region.trusts === 'number') return scenario;
  return { ...scenario, region: { ...region, trusts: region.trusts.map(({ name }) => ({ name, staff: 400 })) } };
}

describe('the optimised spread against the plain reference', () => {
  it.each(bundled.flatMap(({ name, scenario }) => scenario.arms.map((arm) => ({ name, arm: arm.name, scenario }))))(
    '$name, $arm: identical states every week, contact invariants hold',
    ({ name, arm, scenario }) => {
      const weeks = Math.min(scenario.weeks, WEEKS[name] ?? scenario.weeks);
      const result = compare(scenario, arm, weeks);
      expect(result.differences).toEqual([]);
      expect(result.violations).toEqual([]);
      expect(result.weeks).toBe(weeks);
      // Not idle worlds: initiatives moved in many weeks.
      expect(result.changes).toBeGreaterThan(weeks / 2);
      expect(result.rotations).toBeGreaterThan(0);
      if (process.env.LEADSIM_REPORT) console.log('[reference spread]', name, arm, result);
    },
  );

  it('can fail: a skip rule that forgets changes to ties across departments gives different states', () => {
    const flagship = bundled.find(({ name }) => name === 'flagship')!.scenario;
    // Trust-wide initiatives then miss weights that moved on ties to other departments (grants, fading former ties).
    const forgetful: SpreadInitiative = (world, initiative) => {
      world.contacts.changedAcrossWeek.fill(-1);
      spread(world, initiative);
    };
    const result = compare(flagship, 'heroic', flagship.weeks, forgetful);
    expect(result.violations).toEqual([]);
    expect(result.differences.length).toBeGreaterThan(0);
  });

  it('can fail: a rebuild that stamps only the slots that moved, not their colleagues, gives different states', () => {
    const flagship = bundled.find(({ name }) => name === 'flagship')!.scenario;
    // At a changeover the rows tied to a trainee who moved post see a colleague in another department
    // (or a new one): stamping the movers alone would leave those colleagues unweighed.
    const stamped = new Map<World, number>();
    const forgetful: SpreadInitiative = (world, initiative) => {
      if (rotatingGrades(world).length > 0 && stamped.get(world) !== world.week) {
        stamped.set(world, world.week);
        const { changedWeek, changedAcrossWeek, offsets } = world.contacts;
        // The trainees keep their stamps (the movers are among them); everyone else's go.
        for (let i = 0; i < world.agents.size; i++)
          if (world.agents.trainee[i] === 0 && changedWeek[i] === world.week - 1 && offsets[i + 1] > offsets[i]) {
            changedWeek[i] = -1;
            changedAcrossWeek[i] = -1;
          }
      }
      spread(world, initiative);
    };
    const result = compare(flagship, 'collective', flagship.weeks, forgetful);
    expect(result.violations).toEqual([]);
    expect(result.differences.length).toBeGreaterThan(0);
  });

  it('can fail: a row sum left behind by one grant breaks the invariants', () => {
    const flagship = bundled.find(({ name }) => name === 'flagship')!.scenario;
    const world = createWorld(flagship, replicateTrust(flagship, 0), resolveRules(flagship.arms[0], RULE_SETS).create, stream(flagship.seed, 'replicate', 0));
    expect(contactInvariantViolations(world)).toEqual([]);
    world.contacts.influenceSum[7] += world.model.ties.perGrant;
    expect(contactInvariantViolations(world)).toEqual([expect.stringMatching(/^week 0: row 7: influenceSum/)]);
  });
});

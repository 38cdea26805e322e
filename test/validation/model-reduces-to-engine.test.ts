/**
 * The trust model reduced to the validated engine
 * ===============================================
 *
 * A differential test. Under a neutral configuration, written as scenario data
 * (no claims: `model.claim.intercept` −50; no ideas; no mandate:
 * `model.spread.mandateWeeks` 0; no external adoption; every adopter counts
 * fully: `model.spread.compliantInfluence` 1; rotations beyond the run; no
 * turnover; initiatives active for the whole run) and a neutral rule set
 * defined here (nobody may lead, grants 0, mandate 0, hand-over 0, voice 0, so
 * nobody negotiates), one scheduled initiative's spread in the model must give,
 * week by week, exactly the adopters of the engine's synchronous
 * `fractionalThreshold` (docs/engine.md), whose published results are checked
 * by the other files of this folder (Watts 2002, Centola & Macy 2007).
 *
 * The engine's graph is built from the model's compiled contact rows: each arc
 * e of row i (i sees its colleague j = neighbours[e]) becomes a directed edge
 * j → i of weight influence[e] in a multigraph. The engine sums parallel edges,
 * as the model sums parallel arcs (a formal and a team tie between the same
 * pair, say), and the edges are added row by row in row order, so the engine's
 * in-row of i lists the same weights in the same order as the model's row:
 * both the adopting weight s and the row total W_i are the same floating-point
 * sums, and the rules `s ≥ atLeast(φ_i · W_i)`, W_i > 0, are the same rule to
 * the last bit. For a department's initiative the graph is the department's
 * induced subgraph (the model counts only colleagues in scope). Thresholds are
 * the model's own for that initiative (`thresholdOf`); the initial adopters are
 * its leads. Each world runs four initiatives launched the same week: a
 * scheduled trust-wide one (the chief executive its one lead) and a department
 * one (its clinical director), and the same two seeded with a person drawn at
 * random and their colleagues in scope. In the neutral configuration they
 * cannot touch one another (no negotiation, no grants, a stream each). Simple
 * and complex changes, three seeds, and two weightings (everyone's influence 1,
 * so weights are tie strengths; and influence by authority, so weights differ
 * by colleague). A negative control raises one threshold in the engine.
 *
 * What it establishes: with claims, mandates, negotiation, structural change
 * and the external term switched off, the model's peer spread is the validated
 * weighted linear threshold model. What it does not: that those mechanisms,
 * when on, are right; they have no published benchmark.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { compileGraph, fractionalThreshold, simulate } from '../../src/engine/index.ts';
import type { CompiledGraph } from '../../src/engine/index.ts';
import type { Leadership } from '../../src/leadership/rule-set.ts';
import type { AgentTable } from '../../src/model/agents.ts';
import { colleagues } from '../../src/model/contacts.ts';
import type { Initiative } from '../../src/model/initiative.ts';
import { launch, thresholdOf } from '../../src/model/launch.ts';
import { COMMITTED, COMPLIANT, gradeOf } from '../../src/model/vocabulary.ts';
import { week } from '../../src/model/week.ts';
import type { WeekHook } from '../../src/model/week.ts';
import { createWorld } from '../../src/model/world.ts';
import type { World } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { buildTrustWorkforce } from '../../src/trust/build-trust.ts';

const WEEKS = 60;
const LAUNCH = 2;
const NEVER = 10_000;

type Weighting = 'equal' | 'authority';

/** Nobody leads or grants, nobody mandates or is heard; each person's adoption weighs 1, or by authority. */
function neutralRules(weighting: Weighting) {
  return (agents: AgentTable): Leadership => ({
    mayLead: () => false,
    grantProbability: () => 0,
    influence: (j) => (weighting === 'equal' ? 1 : 0.2 + agents.authority[j]),
    mandate: () => 0,
    handover: () => 0,
    voice: () => 0,
  });
}

interface Case {
  seed: number;
  complexity: number;
  weighting: Weighting;
}

const DEPARTMENT = 'emergency';

/**
 * The neutral configuration: every process but peer spread switched off from
 * the scenario. Two scheduled changes (trust-wide from the chief executive,
 * and the department's from its clinical director: one lead each).
 */
function neutralWorld({ seed, complexity, weighting }: Case): World {
  const scenario = parseScenario({
    name: 'neutral',
    description: 'the model reduced to the engine',
    seed,
    weeks: WEEKS,
    trust: {
      rotations: { foundationWeeks: NEVER, coreWeeks: NEVER, registrarWeeks: NEVER },
      turnover: { nurses: 0, doctors: 0, ahp: 0, executive: 0 },
    },
    ideas: { rate: 0 },
    initiatives: [
      { name: 'scheduled-trust', week: LAUNCH, scope: 'trust', complexity, advantage: 0 },
      { name: 'scheduled-department', week: LAUNCH, scope: DEPARTMENT, complexity, advantage: 0 },
    ],
    model: { claim: { intercept: -50 }, spread: { external: 0, mandateWeeks: 0, compliantInfluence: 1, activeWeeks: WEEKS } },
  });
  return createWorld(scenario, buildTrustWorkforce(scenario.trust, stream(seed, 'trust'), scenario.model), neutralRules(weighting), stream(seed, 'run'));
}

/**
 * Two more changes launched at the same week, each seeded with a person drawn
 * at random in its scope and their colleagues in scope (Centola & Macy's
 * neighbourhood seed): a single lead's change often goes nowhere.
 */
function seededLaunches(seed: number): WeekHook {
  return {
    week: LAUNCH,
    run(world) {
      const draw = stream(seed, 'test', 'seeds');
      for (const scope of [-1, world.departments.indexOf(DEPARTMENT)]) {
        const members = scope < 0 ? world.everyone : world.members[scope];
        const lead = members[draw.int(members.length)];
        const inScope = colleagues(world.contacts, lead).filter((j) => scope < 0 || world.agents.department[j] === scope);
        const name = scope < 0 ? 'seeded-trust' : 'seeded-department';
        launch(world, { name, origin: 'idea', originGrade: gradeOf(world.agents, lead), scope, complexity: world.scenario.initiatives[0].complexity, advantage: 0, sponsor: lead, leads: [lead, ...inScope] });
      }
    },
  };
}

/** The engine's weighted graph of the initiative's scope, from the model's rows (see the header). */
function engineGraph(world: World, members: readonly number[]): CompiledGraph {
  const { offsets, neighbours, influence } = world.contacts;
  const inScope = new Set(members);
  const graph = new MultiDirectedGraph();
  for (const i of members) graph.addNode(world.agents.keys[i]);
  for (const i of members)
    for (let e = offsets[i]; e < offsets[i + 1]; e++)
      if (inScope.has(neighbours[e])) graph.addEdge(world.agents.keys[neighbours[e]], world.agents.keys[i], { weight: influence[e] });
  return compileGraph(graph);
}

interface Reduction {
  name: string;
  /** Adoption step of each member in scope (0: a lead, −1: never), by the model (week − launch + 1) and by the engine. */
  model: Map<string, number>;
  engine: Map<string, number>;
  /** Adopters after each step, by the engine. */
  adopters: number[];
  /** Everything the neutral configuration promises held in the model's run (empty if so). */
  broken: string[];
}

/** A change to the engine's side of one comparison: its thresholds, in the scope's order, given the model's adoption steps. */
type Perturbation = (phi: Float64Array, model: Map<string, number>, graph: CompiledGraph) => void;

/** Runs the neutral world and each of its four initiatives through the engine. */
function reduce(spec: Case, perturb?: Perturbation): Reduction[] {
  const world = neutralWorld(spec);
  const hooks = [seededLaunches(spec.seed)];
  const steps = new Map<Initiative, Map<string, number>>();
  const broken: string[] = [];
  let rows: Float64Array | undefined;
  for (world.week = 0; world.week < WEEKS; world.week++) {
    week(world, hooks);
    if (world.week < LAUNCH) continue;
    rows ??= Float64Array.from(world.contacts.influence);
    for (const initiative of world.initiatives) {
      if (!steps.has(initiative)) steps.set(initiative, new Map([...initiative.leads].map((key) => [key, 0])));
      const adopted = steps.get(initiative)!;
      for (let slot = 0; slot < world.agents.size; slot++) {
        const key = world.agents.keys[slot];
        const state = initiative.state[slot];
        // Commitment is for good here, and nothing but peer influence moves anyone.
        if (adopted.has(key) && state !== COMMITTED) broken.push(`${initiative.name}: ${key} uncommitted in week ${world.week}`);
        else if (state === COMMITTED && !adopted.has(key)) adopted.set(key, world.week - LAUNCH + 1);
        if (state === COMPLIANT) broken.push(`${initiative.name}: ${key} compliant`);
      }
    }
  }
  // The reduction held for this run: nothing but spread happened.
  const { ledger } = world;
  if (ledger.claimsGranted + ledger.claimsRefused > 0) broken.push(`claims: ${ledger.claimsGranted} granted, ${ledger.claimsRefused} refused`);
  if (ledger.launched !== 4) broken.push(`${ledger.launched} launches`);
  if (!world.contacts.influence.every((x, e) => x === rows![e])) broken.push('the contact weights changed');

  return world.initiatives.map((initiative) => {
    if (initiative.negotiated.size > 0) broken.push(`${initiative.name}: negotiated`);
    if (initiative.status !== 'active') broken.push(`${initiative.name}: ${initiative.status}`);
    const members = initiative.scope < 0 ? world.everyone : world.members[initiative.scope];
    const graph = engineGraph(world, members);
    const phi = Float64Array.from(members, (slot) => thresholdOf(world, initiative, slot));
    const adopted = steps.get(initiative)!;
    const model = new Map(members.map((slot) => [world.agents.keys[slot], adopted.get(world.agents.keys[slot]) ?? -1]));
    perturb?.(phi, model, graph);
    const result = simulate(graph, fractionalThreshold({ threshold: phi }), { initialAdopters: initiative.leads, maxSteps: WEEKS - LAUNCH });
    const engine = new Map(result.keys.map((key, i) => [key, result.adoptionStep[i]]));
    return { name: initiative.name, model, engine, adopters: result.adopters, broken };
  });
}

const CASES: Case[] = [1, 2, 3].flatMap((seed) => [0, 1].map((complexity): Case => ({ seed, complexity, weighting: seed === 3 ? 'authority' : 'equal' })));

describe('the model reduced to the engine', () => {
  const spreads: number[] = [];

  it.each(CASES)('seed $seed, complexity $complexity, influence $weighting: the same adopters week by week', (spec) => {
    const reductions = reduce(spec);
    expect(reductions.map((r) => r.name)).toEqual(['seeded-trust', 'seeded-department', 'scheduled-trust', 'scheduled-department']);
    for (const { name, model, engine, adopters, broken } of reductions) {
      expect(broken, name).toEqual([]);
      expect(model, name).toEqual(engine);
      // Week by week: the model's committed count after week LAUNCH + t − 1 is the engine's after step t.
      const weekly = adopters.map((_, t) => [...model.values()].filter((step) => step >= 0 && step <= t).length);
      expect(weekly, name).toEqual(adopters);
      spreads.push(adopters.at(-1)! - adopters[0]);
      if (process.env.LEADSIM_REPORT) console.log('[model → engine]', spec, name, 'leads', adopters[0], 'adopters', adopters.at(-1), 'steps', adopters.length - 1);
    }
  });

  it('compared real spreads, not only launches that went nowhere', () => {
    expect(spreads).toHaveLength(4 * CASES.length);
    expect(spreads.filter((n) => n >= 10).length).toBeGreaterThanOrEqual(CASES.length);
  });

  it('can fail: one threshold raised to 1 in the engine gives different adopters', () => {
    let perturbed: string | undefined;
    const [reduction] = reduce(CASES[0], (phi, model, graph) => {
      if (perturbed !== undefined) return;
      // Someone the model commits in its first spread who sees a colleague who is not a lead:
      // with φ = 1 the engine cannot commit them at step 1.
      const steps = [...model.values()];
      const { offsets, neighbours } = graph.in;
      const k = steps.findIndex((step, i) => step === 1 && neighbours.subarray(offsets[i], offsets[i + 1]).some((j) => steps[j] !== 0));
      if (k < 0) return;
      phi[k] = 1;
      perturbed = graph.keys[k];
    });
    expect(perturbed).toBeDefined();
    expect(reduction.model.get(perturbed!)).toBe(1);
    expect(reduction.engine.get(perturbed!)).not.toBe(1);
    expect(reduction.model).not.toEqual(reduction.engine);
  });
});

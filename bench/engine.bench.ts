/**
 * Engine benchmark
 * ================
 *
 * One process, one graph, one model: the fractional threshold model with
 * synchronous updates on a 20,000-node Watts–Strogatz graph, run by
 *   - leadsim's engine (compileGraph once, then simulate),
 *   - a plain graphology loop (forEachNeighbor),
 *   - a hand-inlined loop over the engine's CSR arrays (the ceiling).
 * All three scan the same edges (every step, the sum of the non-adopters'
 * degrees) and must agree node by node. They take turns call by call, and
 * the figures are medians over rounds, as the machine is small and shared.
 * Then memory per edge at 200k and 2M edges.
 *
 *   npm run bench        (node --expose-gc --import tsx bench/engine.bench.ts)
 *
 * Results go to stdout, progress to stderr; exits 1 if a target is missed.
 */
import type Graph from 'graphology';

// The engine's own modules, not src/index.ts, which also loads the rest of the library.
import type { CompiledGraph, DiffusionModel } from '../src/engine/index.ts';
import { compileGraph, fractionalThreshold, simulate } from '../src/engine/index.ts';
import { wattsStrogatz } from '../src/networks/index.ts';
import { stream } from '../src/random/stream.ts';
import type { RunOutcome } from './baselines.ts';
import { edgeVisits, graphologyLoop, typedArrayLoop } from './baselines.ts';
import { liveBytes, median, progress, timeInterleaved } from './measure.ts';

const SEED = 1;
const ORDER = 20_000;
const K = 20;
const REWIRING = 0.1;
// Exact in binary, so "count ≥ φ · degree" decides alike with or without the engine's 1e-12 tolerance.
const PHI = 0.25;
// A block of k ring nodes: the node after it has half its lattice ties adopting (φ = 1/4 needs a quarter),
// so a front creeps a few nodes per step each way and nearly every node is still scanned every step.
const SEEDS = Array.from({ length: K }, (_, i) => String(i));
// The spread is still going at step 20; the cap keeps one graphology run near 2 s.
const MAX_STEPS = 20;
const ROUNDS = 9;
const MIN_SECONDS_PER_ROUND = 0.5;
const MEMORY_ORDERS = [20_000, 200_000];

const TARGETS = {
  /** Engine throughput over the typed-array loop's. */
  vsTypedArrays: 0.7,
  /** Engine throughput over the graphology loop's. */
  vsGraphology: 25,
  /** compileGraph time in mean engine steps. */
  compileSteps: 20,
};

type Contender = 'engine' | 'graphology' | 'typedArrays';

const LABELS: Record<Contender, string> = {
  engine: 'leadsim engine',
  graphology: 'graphology loop',
  typedArrays: 'typed-array loop',
};

/** One round's median seconds per call. */
type Round = Record<Contender | 'compile', number>;

function buildGraph(order: number): Graph {
  return wattsStrogatz({ order, k: K, rewiring: REWIRING, random: stream(SEED, 'bench', 'watts-strogatz', order) });
}

function engineRun(compiled: CompiledGraph, model: DiffusionModel, maxSteps: number): RunOutcome {
  const result = simulate(compiled, model, { initialAdopters: SEEDS, maxSteps });
  return { adoptionStep: result.adoptionStep, steps: result.steps };
}

function assertSameRun(name: string, outcome: RunOutcome, reference: RunOutcome, keys: readonly string[]): void {
  if (outcome.steps !== reference.steps)
    throw new Error(`${name} ran ${outcome.steps} steps, the engine ${reference.steps}: the implementations disagree.`);
  const differ = keys.filter((_, i) => outcome.adoptionStep[i] !== reference.adoptionStep[i]);
  if (differ.length > 0) {
    const i = keys.indexOf(differ[0]);
    throw new Error(
      `${name} disagrees with the engine on ${differ.length} nodes; node "${differ[0]}" adopted at step ` +
        `${outcome.adoptionStep[i]}, in the engine at step ${reference.adoptionStep[i]}.`,
    );
  }
}

function timeRounds(graph: Graph, compiled: CompiledGraph, reference: RunOutcome): Round[] {
  const seedIndices = SEEDS.map((key) => compiled.indexOf(key)!);
  // The calls keep their last outcome aside, to be checked outside the timing.
  const outcomes = {} as Record<Contender, RunOutcome>;
  const calls: Record<keyof Round, () => void> = {
    engine: () => (outcomes.engine = engineRun(compiled, fractionalThreshold({ threshold: PHI }), MAX_STEPS)),
    graphology: () => (outcomes.graphology = graphologyLoop(graph, PHI, SEEDS, MAX_STEPS)),
    typedArrays: () => (outcomes.typedArrays = typedArrayLoop(compiled, PHI, seedIndices, MAX_STEPS)),
    compile: () => compileGraph(graph),
  };
  const rounds: Round[] = [];
  // Round 0 warms the JIT up and is not kept.
  for (let r = 0; r <= ROUNDS; r++) {
    const seconds = timeInterleaved(calls, MIN_SECONDS_PER_ROUND);
    for (const contender of Object.keys(LABELS) as Contender[])
      assertSameRun(LABELS[contender], outcomes[contender], reference, compiled.keys);
    const round = Object.fromEntries(Object.entries(seconds).map(([name, s]) => [name, median(s)])) as Round;
    progress(
      `${r === 0 ? 'warm-up' : `round ${r}/${ROUNDS}`}: engine ${ms(round.engine)}, graphology ${ms(round.graphology)}, ` +
        `typed arrays ${ms(round.typedArrays)}, compile ${ms(round.compile)}`,
    );
    if (r > 0) rounds.push(round);
  }
  return rounds;
}

interface MemoryRow {
  readonly edges: number;
  /** Bytes per edge. */
  readonly graphology: number;
  readonly compiled: number;
  /** The compiled graph plus compileGraph's scratch arrays, all alive as it returns. */
  readonly compilePeak: number;
  /** Compiled graph plus everything simulate holds while stepping. */
  readonly engine: number;
}

/** The model, sampling live memory at its first step, while simulate holds its state. */
function sampledAtFirstStep(model: DiffusionModel, sample: () => void): DiffusionModel {
  return {
    name: model.name,
    prepare(graph, random) {
      const prepared = model.prepare(graph, random);
      let sampled = false;
      return {
        step(state) {
          if (!sampled) sample();
          sampled = true;
          return prepared.step(state);
        },
      };
    },
  };
}

function measureMemory(order: number): MemoryRow {
  const empty = liveBytes();
  progress(`memory: building a Watts–Strogatz graph of ${order} nodes`);
  const graph = buildGraph(order);
  const withGraph = liveBytes();
  const compiled = compileGraph(graph);
  // Nothing has run since compileGraph returned, so its dead scratch arrays still count here.
  const arrayBuffersAtReturn = process.memoryUsage().arrayBuffers;
  const withCompiled = liveBytes();
  const scratch = arrayBuffersAtReturn - process.memoryUsage().arrayBuffers;
  let simulating = NaN;
  const model = sampledAtFirstStep(fractionalThreshold({ threshold: PHI }), () => (simulating = liveBytes()));
  engineRun(compiled, model, 1);
  // Read after the samples, which keeps the graph alive through them.
  const edges = graph.size;
  return {
    edges,
    graphology: (withGraph - empty) / edges,
    compiled: (withCompiled - withGraph) / edges,
    compilePeak: (withCompiled - withGraph + scratch) / edges,
    engine: (simulating - withGraph) / edges,
  };
}

function ms(seconds: number): string {
  return `${(seconds * 1000).toFixed(seconds < 0.1 ? 2 : 0)} ms`;
}

function perSecond(count: number): string {
  return `${(count / 1e6).toFixed(1)} M/s`;
}

function verdict(pass: boolean, text: string): boolean {
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
  return pass;
}

function main(): number {
  progress(`building a Watts–Strogatz graph of ${ORDER} nodes`);
  const graph = buildGraph(ORDER);
  const compiled = compileGraph(graph);
  const reference = engineRun(compiled, fractionalThreshold({ threshold: PHI }), MAX_STEPS);
  const visits = edgeVisits(compiled, reference);
  const adopters = reference.adoptionStep.filter((step) => step >= 0).length;

  console.log('leadsim engine benchmark');
  console.log(`graph: Watts–Strogatz, ${ORDER} nodes, k = ${K}, rewiring ${REWIRING}: ${graph.size} edges`);
  console.log(
    `model: fractional threshold φ = ${PHI}, synchronous; seeds: ring nodes 0–${K - 1}; ` +
      `${reference.steps} steps (${adopters} adopters, still spreading); ${(visits / 1e6).toFixed(2)} M edge visits per run`,
  );
  console.log(
    `timing: ${ROUNDS} rounds after a warm-up; in a round the implementations take turns call by call until each ` +
      `has run ≥ ${MIN_SECONDS_PER_ROUND} s; figures are medians over rounds of each round's median call\n`,
  );
  const allPass = reportTiming(timeRounds(graph, compiled, reference), visits, reference.steps);
  reportMemory();
  return allPass ? 0 : 1;
}

/** Prints throughput, ratios and verdicts; true if every target is met. */
function reportTiming(rounds: readonly Round[], visits: number, steps: number): boolean {
  const seconds = (name: keyof Round) => median(rounds.map((round) => round[name]));
  console.log('implementation      edge visits/s   time per run');
  for (const contender of Object.keys(LABELS) as Contender[])
    console.log(`${LABELS[contender].padEnd(18)}  ${perSecond(visits / seconds(contender)).padStart(13)}   ${ms(seconds(contender)).padStart(12)}`);
  console.log(`\ncompileGraph: ${ms(seconds('compile'))}; engine mean step: ${ms(seconds('engine') / steps)}\n`);

  // Ratios within a round share the machine's load at that moment; their medians are the figures.
  const vsTypedArrays = median(rounds.map((round) => round.typedArrays / round.engine));
  const vsGraphology = median(rounds.map((round) => round.graphology / round.engine));
  const compileSteps = median(rounds.map((round) => round.compile / (round.engine / steps)));
  const passes = [
    verdict(vsTypedArrays >= TARGETS.vsTypedArrays, `engine / typed-array loop = ${vsTypedArrays.toFixed(3)} (target ≥ ${TARGETS.vsTypedArrays})`),
    verdict(vsGraphology >= TARGETS.vsGraphology, `engine / graphology loop = ${vsGraphology.toFixed(1)}× (target ≥ ${TARGETS.vsGraphology}×)`),
    verdict(compileSteps <= TARGETS.compileSteps, `compileGraph = ${compileSteps.toFixed(1)} engine steps (target ≤ ${TARGETS.compileSteps})`),
  ];
  return passes.every(Boolean);
}

function reportMemory(): void {
  console.log('\nmemory, bytes per edge (heapUsed + arrayBuffers after GC)');
  console.log('edges      graphology graph   engine (compiled graph + state)   compiled graph   compileGraph peak');
  for (const order of MEMORY_ORDERS) {
    const row = measureMemory(order);
    const cells = [row.graphology, row.engine, row.compiled, row.compilePeak].map((bytes) => bytes.toFixed(1));
    console.log(
      `${String(row.edges).padEnd(9)}  ${cells[0].padStart(16)}   ${cells[1].padStart(31)}   ` +
        `${cells[2].padStart(14)}   ${cells[3].padStart(17)}`,
    );
  }
  progress('done');
  console.log(`process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

process.exitCode = main();

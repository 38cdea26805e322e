/**
 * Trust-model benchmark
 * =====================
 *
 * What one simulated week of the full model costs, against one step of the
 * bare threshold engine on the same contact graph, measured turn by turn in
 * one process (so both see the same machine load): for the flagship and the
 * large trust, under heroic and collective rules. Also weeks per second for
 * whole runs and peak memory. Each scenario's arms run once (reported as
 * "first run": it pays for compiling the code), then TIMED_RUNS times, the arms
 * taking turns; the target is on each arm's median timed run, the steady state
 * a run among replicates sees. One run alone is a poor witness on a shared
 * two-core VM: the same code's ratio ranged over 7–14 from run to run. Memory
 * is weighed afterwards, each arm in a process of its own
 * (bench/model-memory-child.ts): weighing forces full collections, after which
 * V8 hands memory back to the system and the weeks that follow pay to touch it
 * again (on this VM a week took up to twice as long).
 *
 *   npm run bench:model   (node --expose-gc --import tsx bench/model.bench.ts)
 *
 * Results go to stdout, progress to stderr; exits 1 if the target is missed.
 */
import { execFileSync } from 'node:child_process';

import type { CompiledGraph } from '../src/engine/index.ts';
import { fractionalThreshold } from '../src/engine/index.ts';
import { createState } from '../src/engine/state.ts';
import type { World } from '../src/model/world.ts';
import { stream } from '../src/random/stream.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { median, progress } from './measure.ts';
import { armRun, bundledScenario } from './trust-run.ts';

/** A week may cost at most this many bare engine steps on the same graph. */
const TARGET_STEPS_PER_WEEK = 10;
const BARE_STEPS_PER_WEEK = 5;
/** Timed runs of each arm after its first run; the target is on the median. */
const TIMED_RUNS = 5;

interface Measurement {
  scenario: string;
  arm: string;
  staff: number;
  arcs: number;
  weekMs: number;
  stepMs: number;
  weeksPerSecond: number;
}

/** The world's current contact rows as the engine's compiled graph (the same arrays, not a copy). */
function asCompiledGraph(world: World): CompiledGraph {
  const { offsets, neighbours, influence, influenceSum } = world.contacts;
  const adjacency = { offsets, neighbours, weights: influence };
  return { order: world.agents.size, directed: true, keys: world.agents.keys, indexOf: (key) => world.agents.slotOf.get(key), in: adjacency, out: adjacency, inWeightSum: influenceSum };
}

/**
 * One bare step: a synchronous fractional-threshold sweep with 30% of people
 * adopting and a threshold nobody below it reaches, so every step scans every
 * non-adopter's row and the state never changes.
 */
function bareStep(world: World): () => void {
  const graph = asCompiledGraph(world);
  const adopters = stream(1, 'bench', 'adopters');
  const initial = world.agents.keys.map((_, slot) => slot).filter(() => adopters.next() < 0.3);
  const model = fractionalThreshold({ threshold: 1 }).prepare(graph, null);
  const state = createState(graph, initial);
  model.step(state);
  return () => {
    state.step++;
    model.step(state);
  };
}

function measure(name: string, scenario: Scenario, armName: string): Measurement {
  const run = armRun(scenario, armName);
  const world = run.createWorld();
  const weekSeconds: number[] = [];
  const stepSeconds: number[] = [];
  // Set up again only when a rotation rebuilt the contacts (weights change in place), so the
  // bench's own garbage is not collected in the weeks' time.
  let step = bareStep(world);
  let stepContacts = world.contacts;
  for (world.week = 0; world.week < scenario.weeks; world.week++) {
    let start = performance.now();
    run.week(world);
    weekSeconds.push((performance.now() - start) / 1000);
    // Bare steps on this week's contacts, right after the week, under the same load.
    if (world.contacts !== stepContacts) {
      step = bareStep(world);
      stepContacts = world.contacts;
    }
    for (let s = 0; s < BARE_STEPS_PER_WEEK; s++) {
      start = performance.now();
      step();
      stepSeconds.push((performance.now() - start) / 1000);
    }
  }
  const total = weekSeconds.reduce((a, b) => a + b, 0);
  return {
    scenario: name,
    arm: armName,
    staff: world.agents.size,
    arcs: world.contacts.neighbours.length,
    weekMs: (1000 * total) / weekSeconds.length,
    stepMs: 1000 * median(stepSeconds),
    weeksPerSecond: weekSeconds.length / total,
  };
}

/** Peak live memory of the world over a run, weighed in a process of its own (bench/model-memory-child.ts). */
function peakWorldBytes(name: string, armName: string): number {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/model-memory-child.ts', name, armName], { encoding: 'utf8' });
  return (JSON.parse(output) as { bytes: number }).bytes;
}

const SCENARIOS = ['flagship', 'large-trust'].map((name) => ({ name, scenario: bundledScenario(name) }));
const ARMS = ['heroic', 'collective'];
const firstRuns: Measurement[] = [];
const timedRuns = new Map<string, Measurement[]>();
for (const { name, scenario } of SCENARIOS) {
  for (const arm of ARMS) {
    progress(`${name}, ${arm}: ${scenario.weeks} weeks (first run)…`);
    firstRuns.push(measure(name, scenario, arm));
  }
  for (let run = 1; run <= TIMED_RUNS; run++)
    for (const arm of ARMS) {
      progress(`${name}, ${arm}: ${scenario.weeks} weeks (timed run ${run} of ${TIMED_RUNS})…`);
      const key = `${name} / ${arm}`;
      timedRuns.set(key, [...(timedRuns.get(key) ?? []), measure(name, scenario, arm)]);
    }
}
// After every timed run: weighing forces full collections (see the top of the file).
const peakBytes = new Map<string, number>();
for (const { name } of SCENARIOS)
  for (const arm of ARMS) {
    progress(`${name}, ${arm}: weighing memory in a process of its own…`);
    peakBytes.set(`${name} / ${arm}`, peakWorldBytes(name, arm));
  }

const stepsPerWeek = (r: Measurement) => r.weekMs / r.stepMs;
const rows = [
  ...firstRuns.map((r) => [`${r.scenario} / ${r.arm} (first run)`, r, stepsPerWeek(r).toFixed(1), r.weekMs, r.stepMs, r.weeksPerSecond] as const),
  ...[...timedRuns].map(([key, runs]) => {
    const ratios = runs.map(stepsPerWeek);
    const range = `${median(ratios).toFixed(1)} (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)})`;
    return [`${key} (median of ${runs.length})`, runs[0], range, median(runs.map((r) => r.weekMs)), median(runs.map((r) => r.stepMs)), median(runs.map((r) => r.weeksPerSecond))] as const;
  }),
].map(([label, r, steps, weekMs, stepMs, weeksPerSecond]) => [
  label,
  r.staff.toLocaleString('en-GB'),
  r.arcs.toLocaleString('en-GB'),
  weekMs.toFixed(2),
  stepMs.toFixed(3),
  steps,
  weeksPerSecond.toFixed(0),
  (peakBytes.get(`${r.scenario} / ${r.arm}`)! / 2 ** 20).toFixed(1),
]);
const header = ['run', 'staff', 'arcs', 'ms/week', 'ms/bare step', 'steps/week (range)', 'weeks/s', 'peak MiB (world)'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(`\nprocess peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

const large = ARMS.map((arm) => median(timedRuns.get(`large-trust / ${arm}`)!.map(stepsPerWeek)));
const worst = Math.max(...large);
const pass = worst <= TARGET_STEPS_PER_WEEK;
console.log(`${pass ? 'PASS' : 'FAIL'}  a week of the large trust costs ${worst.toFixed(1)} bare steps, median of ${TIMED_RUNS} runs of its slower arm (target ≤ ${TARGET_STEPS_PER_WEEK})`);
if (!pass) process.exitCode = 1;

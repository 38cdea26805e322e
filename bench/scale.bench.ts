/**
 * Scale benchmark: the large trust, all of NHS England, a deanery
 * ================================================================
 *
 * Builds and runs, in one process (so all see the same machine load), one
 * arm of the large trust for a year (after a first, unmeasured year that lets
 * V8 optimise the weekly loops), then a national world of 220 trusts
 * (about 1.4 million staff, trusts drawn from a size distribution; the large
 * trust's settings and tie densities) for a year, then a deanery-sized
 * region (about 120,000 staff in 18 trusts) for three years, all with the
 * large trust's scenario and rules but without its scheduled initiatives (a
 * department initiative names one trust's department, and a trust-wide one
 * would span every trust until the region format scopes them): bottom-up
 * ideas, rotations, turnover, engagement and every weekly metric. Prints building and running time,
 * cost per person-week, weeks per second, memory per person and per tie, peak
 * memory and the load average, and checks the targets of issue 19:
 *
 *   - national: built and run for 52 weeks in under 60 s, peak memory under 4 GiB;
 *   - national cost per person-week within 1.5× of the large trust's;
 *   - building at most 20% of the national run.
 *
 * It also times a bare kernel just before and after the national world
 * (bench/machine-speed.ts), so that a slow host shows as such.
 *
 *   npm run bench:scale   (node --expose-gc --import tsx bench/scale.bench.ts [arm])
 *
 * Results go to stdout, progress to stderr; exits 1 if a target is missed.
 */
import { loadavg } from 'node:os';

import { RULE_SETS, resolveRules } from '../src/leadership/index.ts';
import { TRUST_METRICS, initiativeMetrics } from '../src/metrics/trust-metrics.ts';
import { week } from '../src/model/week.ts';
import { createWorld } from '../src/model/world.ts';
import type { World } from '../src/model/world.ts';
import { stream } from '../src/random/stream.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { buildTrustWorkforce } from '../src/trust/build-trust.ts';
import { NHS_TRUST_SIZES, buildManyTrusts } from '../src/trust/many-trusts.ts';
import { bytesPerPerson } from '../src/trust/workforce.ts';
import type { Workforce } from '../src/trust/workforce.ts';
import { machineSpeed } from './machine-speed.ts';
import { liveBytes, progress } from './measure.ts';
import { bundledScenario } from './trust-run.ts';

const TARGET_SECONDS = 60;
const TARGET_PEAK_BYTES = 4 * 1024 ** 3;
const TARGET_COST_RATIO = 1.5;
const TARGET_BUILD_SHARE = 0.2;
/**
 * The bare kernel's speed on the host the national target was met on (session 8, bench/README:
 * the median of ten readings, 6.69–8.17 ns an arc). This VM kind's hosts differ: on another the
 * kernel took 11–15 ns an arc. The target's seconds are this host's; the line that scales them to
 * this run's host is the machine's own ceiling, reported beside the check, not a second check.
 */
const REFERENCE_NS_PER_ARC = 6.9;

interface Measurement {
  name: string;
  trusts: number;
  staff: number;
  arcs: number;
  weeks: number;
  /** Seconds of this process's CPU time (user and system, all its threads): what the machine's other work does not inflate. */
  buildSeconds: number;
  runSeconds: number;
  /** Wall-clock seconds, for comparison (inflated by the load of the shared machine). */
  buildWall: number;
  runWall: number;
  /** Of the CPU seconds built and run, the kernel's (page faults above all: fresh memory is dear on this VM). */
  systemSeconds: number;
  /** Live bytes of the workforce and of the world, each over its people. */
  workforceBytes: number;
  worldBytes: number;
  tieBytes: number;
  personBytes: number;
}

const armName = process.argv[2] ?? 'collective';
const large = bundledScenario('large-trust');
const arm = large.arms.find((a) => a.name === armName);
if (arm === undefined) throw new Error(`bench:scale: the large trust has no arm "${armName}" (it has ${large.arms.map((a) => a.name).join(', ')})`);
const rules = resolveRules(arm, RULE_SETS);
// Bottom-up ideas (each in its proposer's department), rotations, turnover and the weekly metrics, in
// every world alike: no scheduled initiatives, since a scenario's department names one trust's department
// and 'trust' would span the whole world (scoping them to trusts comes with the region format).
const scenario: Scenario = { ...large, initiatives: [] };
const metrics = [...TRUST_METRICS, ...initiativeMetrics(scenario)];

function measure(name: string, weeks: number, build: () => Workforce): Measurement {
  const before = liveBytes();
  progress(`${name}: building…`);
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  const systemStarted = process.cpuUsage().system;
  const workforce = build();
  progress(`${name}: workforce built (${((performance.now() - started) / 1000).toFixed(1)} s); making the world…`);
  const world = createWorld({ ...scenario, weeks }, workforce, (agents, model) => rules.create(agents, model), stream(scenario.seed, 'replicate', 1));
  const built = performance.now();
  const cpuBuilt = cpuSeconds();
  const workforceBytes = liveBytes() - before;
  const arcs = world.contacts.offsets[world.agents.size];
  progress(`${name}: ${workforce.trusts.length.toLocaleString('en')} trusts, ${workforce.size.toLocaleString('en')} staff, ${arcs.toLocaleString('en')} arcs, built in ${((built - started) / 1000).toFixed(1)} s; running ${String(weeks)} weeks…`);
  const running = performance.now();
  const cpuRunning = cpuSeconds();
  runWeeks(world, weeks, name);
  const ran = performance.now();
  const cpuRan = cpuSeconds();
  const systemSeconds = (process.cpuUsage().system - systemStarted) / 1e6;
  const worldBytes = liveBytes() - before;
  return {
    name,
    trusts: workforce.trusts.length,
    staff: workforce.size,
    arcs,
    weeks,
    buildSeconds: cpuBuilt - cpuStarted,
    runSeconds: cpuRan - cpuRunning,
    buildWall: (built - started) / 1000,
    runWall: (ran - running) / 1000,
    systemSeconds,
    workforceBytes,
    worldBytes,
    tieBytes: workforce.ties.a.length * 18,
    personBytes: bytesPerPerson(workforce),
  };
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function runWeeks(world: World, weeks: number, name: string): void {
  let reported = performance.now();
  for (world.week = 0; world.week < weeks; world.week++) {
    week(world);
    for (const metric of metrics) metric.measure(world);
    if (performance.now() - reported > 5000) {
      reported = performance.now();
      progress(`${name}: week ${String(world.week + 1)} of ${String(weeks)} (${cpuSeconds().toFixed(1)} s of CPU so far)`);
    }
  }
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const largeTrustWorkforce = () => buildTrustWorkforce(scenario.trust, stream(scenario.seed, 'replicate', 1, 'trust'), scenario.model);
// A first year of the large trust, not measured: a year of 5,400 people is over before V8 has
// optimised the weekly loops, which would make its cost per person-week that of unoptimised code
// (about three times the optimised figure) and the national world's ratio to it look better than it is.
const warmUp = measure('large trust (warm-up)', 52, largeTrustWorkforce);
// Times from the second year; memory from the first, which no earlier world's garbage, still being
// released while the next is measured, makes look smaller.
const largeTrust: Measurement = { ...measure('large trust', 52, largeTrustWorkforce), workforceBytes: warmUp.workforceBytes, worldBytes: warmUp.worldBytes };
progress('machine speed (a bare weighing-up kernel)…');
const speedBefore = machineSpeed();
const national = measure('national', 52, () =>
  buildManyTrusts({ name: 'trust', trusts: 220, sizes: NHS_TRUST_SIZES, template: scenario.trust, model: scenario.model, random: stream(scenario.seed, 'national') }),
);
const peak = process.resourceUsage().maxRSS * 1024;
progress('machine speed again…');
const speedAfter = machineSpeed();
const deanery = measure('deanery', 156, () =>
  buildManyTrusts({ name: 'trust', trusts: 18, sizes: { ...NHS_TRUST_SIZES, median: 5800 }, template: scenario.trust, model: scenario.model, random: stream(scenario.seed, 'deanery') }),
);
const loadAfter = load();

const perPersonWeek = (m: Measurement) => (m.runSeconds * 1e6) / (m.staff * m.weeks);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
console.log(`bench:scale — arm ${armName}; load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter}\n`);
console.log('Times are CPU seconds of this process (wall-clock seconds in brackets).\n');
console.log('world          trusts      staff        arcs  weeks         build s            run s  µs/person-week  weeks/s  workforce B/person  world B/person');
for (const m of [largeTrust, national, deanery])
  console.log(
    `${m.name.padEnd(13)} ${String(m.trusts).padStart(7)} ${m.staff.toLocaleString('en').padStart(10)} ${m.arcs.toLocaleString('en').padStart(11)} ${String(m.weeks).padStart(6)} ${`${m.buildSeconds.toFixed(1)} (${m.buildWall.toFixed(1)})`.padStart(15)} ${`${m.runSeconds.toFixed(1)} (${m.runWall.toFixed(1)})`.padStart(16)} ${perPersonWeek(m).toFixed(3).padStart(15)} ${(m.weeks / m.runSeconds).toFixed(2).padStart(8)} ${((m.workforceBytes - 0) / m.staff).toFixed(0).padStart(19)} ${(m.worldBytes / m.staff).toFixed(0).padStart(15)}`,
  );
console.log(
  `\nmemory: a workforce keeps ${String(national.personBytes)} B a person in its person arrays and 18 B a tie (${mib(national.tieBytes)} of ties for the national world); ` +
    `a running world, ${(national.worldBytes / national.staff).toFixed(0)} B a person and ${((national.worldBytes - national.workforceBytes) / national.arcs).toFixed(1)} B an arc beyond its workforce (national, live after the run)`,
);
console.log(`process peak RSS after the national world: ${mib(peak)}`);
// The host's speed, just before and after the national world: a fixed kernel (bench/machine-speed.ts).
const speed = (speedBefore + speedAfter) / 2;
const nationalVisits = (national.buildSeconds + national.runSeconds) / (speed * 1e-9);
console.log(
  `machine speed: the bare weighing-up kernel took ${speedBefore.toFixed(2)} ns of CPU an arc before the national world, ${speedAfter.toFixed(2)} after; ` +
    `the national build and year cost ${(nationalVisits / 1e9).toFixed(2)} G kernel arc visits (CPU seconds over the mean; steady across the host's speed)`,
);
// The target was set, and met, on a host where the kernel ran at REFERENCE_NS_PER_ARC: this host's speed against it.
console.log(
  `this host ran the kernel ${(speed / REFERENCE_NS_PER_ARC).toFixed(2)}× as slowly as the host the national target was met on (${REFERENCE_NS_PER_ARC.toFixed(1)} ns an arc); ` +
    `at that host's speed this national build and year would take ${(nationalVisits * REFERENCE_NS_PER_ARC * 1e-9).toFixed(1)} s of CPU (target < ${String(TARGET_SECONDS)} s there: ` +
    `${(TARGET_SECONDS / (REFERENCE_NS_PER_ARC * 1e-9) / 1e9).toFixed(2)} G kernel arc visits)\n`,
);

const total = national.buildSeconds + national.runSeconds;
const wall = national.buildWall + national.runWall;
const ratio = perPersonWeek(national) / perPersonWeek(largeTrust);
const share = national.buildSeconds / total;
const checks: [string, boolean][] = [
  [
    `national world built and run for 52 weeks in ${total.toFixed(1)} s of CPU (${national.systemSeconds.toFixed(1)} s of it in the kernel), ${wall.toFixed(1)} s wall-clock (target < ${String(TARGET_SECONDS)} s, on CPU time)`,
    total < TARGET_SECONDS,
  ],
  [`peak memory ${mib(peak)} (target < ${mib(TARGET_PEAK_BYTES)})`, peak < TARGET_PEAK_BYTES],
  [`national cost per person-week ${ratio.toFixed(2)}× the large trust's (target ≤ ${String(TARGET_COST_RATIO)}×)`, ratio <= TARGET_COST_RATIO],
  [`building ${(100 * share).toFixed(0)}% of the national run (target ≤ ${String(100 * TARGET_BUILD_SHARE)}%)`, share <= TARGET_BUILD_SHARE],
];
for (const [what, pass] of checks) console.log(`${pass ? 'PASS' : 'FAIL'}  ${what}`);
console.log(`deanery: ${deanery.staff.toLocaleString('en')} staff for ${String(deanery.weeks)} weeks in ${deanery.runSeconds.toFixed(1)} s (${(deanery.weeks / deanery.runSeconds).toFixed(2)} weeks/s of CPU time; ${(deanery.weeks / deanery.runWall).toFixed(2)} wall-clock)`);
if (!checks.every(([, pass]) => pass)) process.exitCode = 1;

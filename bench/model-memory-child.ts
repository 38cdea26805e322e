/**
 * Peak live memory of one arm's world over a run, in a process of its own, for
 * bench/model.bench.ts: weighed every 13 weeks and at the end (each weighing
 * forces full collections), the median of three runs after one that compiles the code.
 * A fresh process keeps the garbage of other runs, and memory the system has
 * yet to take back, out of the figure. Prints the bytes as JSON.
 *
 *   node --expose-gc --import tsx bench/model-memory-child.ts <scenario> <arm>
 */
import { liveBytes } from './measure.ts';
import { armRun, bundledScenario } from './trust-run.ts';

const [name, armName] = process.argv.slice(2);
const scenario = bundledScenario(name);
const run = armRun(scenario, armName);

function runWeighing(weigh: boolean): { bytes: number; staff: number } {
  const before = weigh ? liveBytes() : 0;
  const world = run.createWorld();
  let peak = 0;
  for (world.week = 0; world.week < scenario.weeks; world.week++) {
    run.week(world);
    if (weigh && world.week % 13 === 0) peak = Math.max(peak, liveBytes() - before);
  }
  if (weigh) peak = Math.max(peak, liveBytes() - before);
  // The world is still in use here, so it cannot have been collected before the last weighing.
  return { bytes: peak, staff: world.agents.size };
}

// A first run compiles the code, which lives on the heap too and is not the world's. Then the
// median of three weighings: now and then the last run's world is still on the heap when the
// next is weighed from (about one weighing in twelve), which reads the new world as nearly nothing.
runWeighing(false);
const weighings = [runWeighing(true), runWeighing(true), runWeighing(true)].sort((a, b) => a.bytes - b.bytes);
console.log(JSON.stringify(weighings[1]));

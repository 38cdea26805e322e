/**
 * The machine's speed, measured in the run
 * ========================================
 *
 * This VM's host is shared, and the same code's national year has taken from
 * 63.5 to 86.9 s of CPU a quarter of an hour apart (bench/README.md): the
 * host's other tenants slow memory and caches without taking any CPU time
 * from the process. A fixed kernel timed just before and after a measurement
 * shows how fast the machine was meanwhile. The kernel is the weekly loop's
 * core, bare: weighted-threshold sweeps over a fixed random graph of a
 * million people and 16 million arcs in compressed rows (typed arrays, the
 * neighbours' states read at random, as a week's weighing-up reads them).
 * Its figure is CPU nanoseconds per arc visited.
 */
import { stream } from '../src/random/stream.ts';

const PEOPLE = 1_000_000;
const DEGREE = 16;
const SWEEPS = 12;

interface Kernel {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly weight: Float64Array;
  readonly threshold: Float64Array;
}

function makeKernel(): Kernel {
  const random = stream(1, 'bench', 'machine-speed');
  const offsets = new Uint32Array(PEOPLE + 1);
  for (let i = 0; i <= PEOPLE; i++) offsets[i] = i * DEGREE;
  const neighbours = new Uint32Array(PEOPLE * DEGREE);
  const weight = new Float64Array(PEOPLE * DEGREE);
  for (let e = 0; e < neighbours.length; e++) {
    neighbours[e] = random.int(PEOPLE);
    weight[e] = random.next();
  }
  const threshold = Float64Array.from({ length: PEOPLE }, () => random.next());
  return { offsets, neighbours, weight, threshold };
}

/** CPU nanoseconds per arc visit of the bare kernel, now (its graph made untimed, and dropped after: ~200 MB). */
export function machineSpeed(): number {
  const { offsets, neighbours, weight, threshold } = makeKernel();
  // A tenth adopted to start; each sweep flips whoever's adopting neighbours' weight crosses their threshold (so states move and no sweep is idle).
  const state = new Uint8Array(PEOPLE);
  for (let i = 0; i < PEOPLE; i += 10) state[i] = 1;
  const next = new Uint8Array(PEOPLE);
  // One sweep untimed, so the timed ones run optimised code.
  let started = process.cpuUsage();
  for (let sweep = -1; sweep < SWEEPS; sweep++) {
    if (sweep === 0) started = process.cpuUsage();
    for (let i = 0; i < PEOPLE; i++) {
      let adopted = 0;
      let total = 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        total += weight[e];
        if (state[neighbours[e]] === 1) adopted += weight[e];
      }
      next[i] = adopted >= 0.25 * threshold[i] * total ? 1 : 0;
    }
    state.set(next);
  }
  const { user, system } = process.cpuUsage(started);
  return ((user + system) * 1000) / (SWEEPS * neighbours.length);
}

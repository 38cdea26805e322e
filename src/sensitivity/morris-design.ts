/**
 * Morris trajectories
 * ===================
 *
 * Morris (1991, Technometrics 33:161) screening: r trajectories on a p-level
 * grid {0, 1/(p−1), …, 1} of the unit cube. Each starts at a random grid
 * point x* (each coordinate from the lower p/2 levels, so a step stays inside)
 * and moves one factor at a time, in a random order, by Δ = p / (2(p − 1)),
 * up or down at random (the orientation matrix B* of Morris §3): k + 1 points,
 * and one elementary effect per factor.
 *
 * With `candidates` M > r, M trajectories are drawn and r kept that are spread
 * out (Campolongo, Cariboni & Saltelli 2007, Environ. Model. Softw. 22:1509):
 * the distance between two trajectories is the sum of the Euclidean distances
 * between their points, and the r kept maximise the sum of their pairwise
 * distances. The exhaustive search of the paper grows as C(M, r); this keeps
 * the farthest pair and then adds, one at a time, the trajectory farthest in
 * sum from those kept (a greedy approximation, documented as such).
 */
import type { RandomStream } from '../random/stream.ts';

export interface MorrisTrajectory {
  /** k + 1 points in the unit cube; point s + 1 differs from point s in factor order[s] only. */
  points: Float64Array[];
  /** The factor moved at each step. */
  order: number[];
  /** +1 where a factor steps up by Δ, −1 where it steps down. */
  directions: number[];
}

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

export function morrisTrajectories(factors: number, trajectories: number, levels: number, random: RandomStream, candidates = trajectories): MorrisTrajectory[] {
  const drawn = Array.from({ length: Math.max(candidates, trajectories) }, (_, t) => trajectory(factors, levels, random.fork('trajectory', t + 1)));
  return drawn.length === trajectories ? drawn : spreadOut(drawn, trajectories);
}

function trajectory(factors: number, levels: number, random: RandomStream): MorrisTrajectory {
  const delta = morrisDelta(levels);
  const order = Array.from({ length: factors }, (_, i) => i);
  for (let i = factors - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const directions = order.map(() => (random.int(2) === 0 ? 1 : -1));
  const start = new Float64Array(factors);
  for (let i = 0; i < factors; i++) {
    const base = random.int(levels / 2) / (levels - 1);
    start[i] = directions[i] > 0 ? base : base + delta;
  }
  const points = [start];
  for (const i of order) {
    const next = points[points.length - 1].slice();
    next[i] += directions[i] * delta;
    points.push(next);
  }
  return { points, order, directions };
}

function distance(a: MorrisTrajectory, b: MorrisTrajectory): number {
  let sum = 0;
  for (const p of a.points)
    for (const q of b.points) {
      let squared = 0;
      for (let z = 0; z < p.length; z++) squared += (p[z] - q[z]) ** 2;
      sum += Math.sqrt(squared);
    }
  return sum;
}

function spreadOut(all: MorrisTrajectory[], keep: number): MorrisTrajectory[] {
  const m = all.length;
  const d = Array.from({ length: m }, () => new Float64Array(m));
  let best: [number, number] = [0, 1];
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      d[i][j] = d[j][i] = distance(all[i], all[j]);
      if (d[i][j] > d[best[0]][best[1]]) best = [i, j];
    }
  const kept = [...best];
  const total = Float64Array.from({ length: m }, (_, c) => d[c][best[0]] + d[c][best[1]]);
  while (kept.length < keep) {
    let next = -1;
    for (let c = 0; c < m; c++) if (!kept.includes(c) && (next < 0 || total[c] > total[next])) next = c;
    kept.push(next);
    for (let c = 0; c < m; c++) total[c] += d[c][next];
  }
  return kept.sort((a, b) => a - b).map((i) => all[i]);
}

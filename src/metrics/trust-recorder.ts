/**
 * Recording a run trust by trust
 * ==============================
 *
 *   each week: tally (one pass over the staff) ─► every per-trust metric ─► a row of values
 *   at the end: the weekly values, when each scheduled initiative first reached each trust,
 *               and the flows between trusts ─► TrustRunResult
 *
 * Values are kept in one typed array per metric (weeks × (trusts + 1)), made
 * once per run, so the weeks allocate nothing however many trusts there are.
 */
import type { TrustFlow, TrustRunResult, TrustSeriesPoint } from '../results/types.ts';
import type { World } from '../model/world.ts';
import type { TrustMetric } from './trust-metric.ts';
import { fillTrustTally, trustCursor, trustOfInitiative } from './trust-tally.ts';

export interface TrustRecorder {
  /** Measures the world as it is at the end of week `world.week`. */
  record(world: World): void;
  result(world: World): TrustRunResult;
}

export function createTrustRecorder(world: World, metrics: readonly TrustMetric[], weeks: number): TrustRecorder {
  const width = world.trusts.length + 1;
  const cursor = trustCursor(world);
  const { tally } = cursor;
  const values = metrics.map(() => new Float64Array(weeks * width).fill(Number.NaN));
  const recorded = new Uint8Array(weeks);
  // The week someone in each trust (and the region) first adopted each scheduled initiative; -1 for not yet.
  const firstAdopted = tally.scheduled.map(() => new Int32Array(width).fill(-1));
  // ... and when the share of its scope there adopting first reached success (as `reached50` for the whole scope).
  const succeeded = tally.scheduled.map(() => new Int32Array(width).fill(-1));
  const { success } = world.model.parameters.spread;
  const out = new Float64Array(width);
  return {
    record(now) {
      fillTrustTally(now, cursor);
      const week = now.week;
      for (let m = 0; m < metrics.length; m++) {
        out.fill(Number.NaN);
        metrics[m].measure(now, out, tally);
        values[m].set(out, week * width);
      }
      recorded[week] = 1;
      for (let k = 0; k < firstAdopted.length; k++)
        for (let t = 0; t < width; t++) {
          const adopted = tally.adopted[k][t];
          if (firstAdopted[k][t] < 0 && adopted > 0) firstAdopted[k][t] = week;
          if (succeeded[k][t] < 0 && adopted > 0 && adopted >= success * tally.inScope[k][t]) succeeded[k][t] = week;
        }
    },
    result(end) {
      const series: TrustSeriesPoint[] = [];
      for (let week = 0; week < weeks; week++) {
        if (recorded[week] === 0) continue;
        metrics.forEach((metric, m) => {
          series.push({ week, metric: metric.name, values: Array.from(values[m].subarray(week * width, (week + 1) * width), orNull) });
        });
      }
      return {
        names: end.trusts.map((t) => t.name),
        headcount: end.trusts.map((t) => t.size),
        series,
        spread: tally.scheduled.map((initiative, k) => ({ initiative, firstAdopted: Array.from(firstAdopted[k], weekOrNull), succeeded: Array.from(succeeded[k], weekOrNull) })),
        flows: trustFlows(end),
      };
    },
  };
}

const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
const weekOrNull = (week: number): number | null => (week < 0 ? null : week);

/** Every ordered pair of trusts with a mover or a carried idea, from the world's flows and its carried initiatives. */
export function trustFlows(world: World): TrustFlow[] {
  const { trusts, movers, ideas } = world.flows;
  const pairs = new Map<number, TrustFlow>();
  const pair = (from: number, to: number): TrustFlow => {
    const key = from * trusts + to;
    let flow = pairs.get(key);
    if (flow === undefined) {
      flow = { from, to, movers: movers[key], ideasCarried: ideas[key], carriedLaunched: 0, carriedSucceeded: 0, carriedAbandoned: 0 };
      pairs.set(key, flow);
    }
    return flow;
  };
  for (let key = 0; key < trusts * trusts; key++) if (movers[key] !== 0 || ideas[key] !== 0) pair(Math.floor(key / trusts), key % trusts);
  for (const initiative of world.initiatives) {
    if (initiative.carriedFrom === null) continue;
    const from = trustOfInitiative(world, world.initiatives[initiative.carriedFrom]);
    const to = trustOfInitiative(world, initiative);
    // An idea covering every trust did not come from one trust or go to another: it has no pair.
    if (from < 0 || to < 0) continue;
    const flow = pair(from, to);
    flow.carriedLaunched++;
    if (initiative.reached50 !== null) flow.carriedSucceeded++;
    if (initiative.status === 'abandoned') flow.carriedAbandoned++;
  }
  return [...pairs.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Threshold kernel
 * ================
 *
 * The step shared by the threshold family (fractional, absolute, Bass). Each
 * non-adopter i sums the weight s of its adopting in-neighbours and adopts when
 * s ≥ need[i]. Below that it may still adopt by chance, with independent
 * chances for
 *   - the external term p (Bass innovation: media, mandate, dissemination),
 *   - noise ε, only when at least one neighbour has adopted (Eckles et al.
 *     2024: occasional below-threshold adoption),
 *   - imitation q · s / W_i (Bass imitation: hazard proportional to the
 *     adopting share of one's neighbours).
 *
 * Synchronous updates read the previous step's state; random-order updates
 * visit nodes in a fresh random order and see adoptions made earlier in the
 * same step.
 */
import type { RandomStream } from '../../random/stream.ts';
import type { DiffusionState } from '../state.ts';
import { adopt } from '../state.ts';
import type { PreparedModel } from '../model.ts';
import { InvalidOptionError } from '../../errors.ts';
import { probability, requireRandom } from '../model.ts';

export type UpdateOrder = 'synchronous' | 'random-order';

/** Chance terms and update order, common to the threshold family. */
export interface ChanceOptions {
  /** External term p: per-step probability of adopting regardless of neighbours. Default 0. */
  external?: number;
  /** Noise ε: per-step probability of adopting below threshold with ≥ 1 adopting neighbour. Default 0. */
  noise?: number;
  /** Default "synchronous". */
  update?: UpdateOrder;
}

export interface ThresholdRule {
  /** Adopting in-neighbour weight at which each node adopts (Infinity: never by influence alone). */
  readonly need: Float64Array;
  readonly external: number;
  readonly noise: number;
  readonly imitation: number;
  readonly update: UpdateOrder;
}

/**
 * Thresholds are usually decimals (φ = 0.7 of 10 neighbours is
 * 7.000000000000001 in floating point); a relative tolerance far below any
 * meaningful difference lets exactly-at-threshold nodes adopt.
 */
export function atLeast(x: number): number {
  return x * (1 - 1e-12);
}

export function readChanceOptions(where: string, options: ChanceOptions) {
  const update = options.update ?? 'synchronous';
  if (!isUpdateOrder(update)) throw new InvalidOptionError(where, 'update', '"synchronous" or "random-order"', update);
  return {
    external: probability(where, 'external', options.external ?? 0),
    noise: probability(where, 'noise', options.noise ?? 0),
    update,
  };
}

/** Options may come from JavaScript, so the update order is checked rather than trusted. */
function isUpdateOrder(update: unknown): update is UpdateOrder {
  return update === 'synchronous' || update === 'random-order';
}

export function thresholdKernel(where: string, rule: ThresholdRule, random: RandomStream | null): PreparedModel {
  const { need, external, noise, imitation } = rule;
  const chancy = external > 0 || noise > 0 || imitation > 0;
  const randomOrder = rule.update === 'random-order';
  const streams = () => requireRandom(where, random, 'the model has chance terms or a random update order');
  const chance = chancy ? streams().fork('adoption') : null;
  const shuffle = randomOrder ? streams().fork('order') : null;
  let order: Uint32Array | null = null;

  return {
    step(state: DiffusionState): boolean {
      const { graph, adopted } = state;
      const { offsets, neighbours, weights } = graph.in;
      const totals = graph.inWeightSum;
      const n = graph.order;
      const found = state.newAdopters;
      if (shuffle !== null) order = shuffled(order ?? identity(n), shuffle);
      let count = 0;
      let anyChance = false;

      for (let k = 0; k < n; k++) {
        const i = order === null ? k : order[k];
        if (adopted[i] !== 0) continue;
        let s = 0;
        const end = offsets[i + 1];
        // Two loops rather than a weight of 1: the unweighted one reads half the memory.
        if (weights === null) for (let e = offsets[i]; e < end; e++) s += adopted[neighbours[e]];
        else for (let e = offsets[i]; e < end; e++) if (adopted[neighbours[e]] !== 0) s += weights[e];

        let adopts = s >= need[i];
        if (!adopts && chance !== null) {
          let stay = 1 - external;
          if (s > 0) stay *= (1 - noise) * (1 - (imitation * s) / totals[i]);
          if (stay < 1) {
            anyChance = true;
            adopts = chance.next() >= stay;
          }
        }
        if (adopts) {
          found[count++] = i;
          if (randomOrder) adopt(state, i);
        }
      }
      if (!randomOrder) for (let c = 0; c < count; c++) adopt(state, found[c]);
      state.newAdopterCount = count;
      return count === 0 && !anyChance;
    },
  };
}

function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Fisher–Yates, in place. */
function shuffled(order: Uint32Array, random: RandomStream): Uint32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

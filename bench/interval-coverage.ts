/**
 * Coverage of the 95% intervals
 * =============================
 *
 * How often the t interval and the bounded interval (`boundedInterval`) of a
 * mean over n replicates contain the true mean, and how often the t interval
 * leaves the quantity's range (and, on fewer trials, the percentile
 * bootstrap of bootstrap.ts, which also stays in range), for the shapes replicate values take in this
 * model: a share split between runs where the change took and runs where it
 * stalled, a share near 0, and a small count with many zeros.
 * docs/statistics.md quotes its output. `npx tsx bench/interval-coverage.ts`
 */
import { stream } from '../src/random/stream.ts';
import type { RandomStream } from '../src/random/stream.ts';
import { NON_NEGATIVE, SHARE, bootstrapInterval, boundedInterval, mean, standardDeviation, tInterval } from '../src/statistics/index.ts';
import type { Bounds } from '../src/statistics/index.ts';

interface Shape {
  name: string;
  bounds: Bounds;
  trueMean: number;
  draw: (random: RandomStream) => number;
}

const clip = (x: number) => Math.min(1, Math.max(0, x));
// A run stalls (uptake about 0.25) with probability 0.3, else takes (about 0.92).
const split: Shape = {
  name: 'share, runs that took or stalled (mean 0.74)',
  bounds: SHARE,
  trueMean: 0.7 * 0.92 + 0.3 * 0.25,
  draw: (random) => (random.next() < 0.3 ? clip(random.normal(0.25, 0.05)) : clip(random.normal(0.92, 0.02))),
};
// A share near 0: squared normal noise, mean 0.03.
const nearZero: Shape = {
  name: 'share near 0 (mean 0.03)',
  bounds: SHARE,
  trueMean: 0.03,
  draw: (random) => 0.03 * random.normal(0, 1) ** 2,
};
// A count with mean 1.4: Poisson by inversion.
const smallCount: Shape = {
  name: 'count, Poisson mean 1.4',
  bounds: NON_NEGATIVE,
  trueMean: 1.4,
  draw: (random) => {
    let k = 0;
    let p = Math.exp(-1.4);
    let cumulative = p;
    const u = random.next();
    while (u > cumulative) {
      k++;
      p *= 1.4 / k;
      cumulative += p;
    }
    return k;
  },
};

const TRIALS = 20000;
for (const n of [10, 20])
  for (const shape of [split, nearZero, smallCount]) {
    const random = stream(1, 'coverage', shape.name, n);
    let tCovers = 0;
    let tLeaves = 0;
    let boundedCovers = 0;
    let valid = 0;
    let bootstrapCovers = 0;
    let bootstrapTrials = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const xs = Array.from({ length: n }, () => shape.draw(random));
      const m = mean(xs);
      const sd = standardDeviation(xs, m);
      if (sd === 0) continue;
      valid++;
      const [tLow, tHigh] = tInterval(m, sd, n);
      const [bLow, bHigh] = boundedInterval(m, sd, n, shape.bounds);
      if (tLow <= shape.trueMean && shape.trueMean <= tHigh) tCovers++;
      if (tLow < (shape.bounds.lower ?? -Infinity) || tHigh > (shape.bounds.upper ?? Infinity)) tLeaves++;
      if (bLow <= shape.trueMean && shape.trueMean <= bHigh) boundedCovers++;
      if (valid % 10 === 0) {
        bootstrapTrials++;
        const [low, high] = bootstrapInterval(xs, { resamples: 1000, random })!;
        if (low <= shape.trueMean && shape.trueMean <= high) bootstrapCovers++;
      }
    }
    const pct = (k: number) => `${((100 * k) / valid).toFixed(1)}%`;
    console.log(`n=${n}  ${shape.name.padEnd(45)} t covers ${pct(tCovers)} (leaves the range ${pct(tLeaves)}), bounded covers ${pct(boundedCovers)}, bootstrap covers ${((100 * bootstrapCovers) / bootstrapTrials).toFixed(1)}% (of ${bootstrapTrials})`);
  }

import { describe, expect, it } from 'vitest';

import { stream } from '../../src/random/stream.ts';
import { bootstrapIntervals } from '../../src/sensitivity/bootstrap-indices.ts';
import { morrisDelta, morrisTrajectories } from '../../src/sensitivity/morris-design.ts';
import { elementaryEffects, morrisIndices } from '../../src/sensitivity/morris-indices.ts';
import { noiseShare } from '../../src/sensitivity/noise.ts';
import { outputTerms } from '../../src/sensitivity/outputs.ts';
import { saltelliBlock, saltelliDesign } from '../../src/sensitivity/saltelli-design.ts';
import { sobolIndices } from '../../src/sensitivity/sobol-indices.ts';

describe('saltelliDesign', () => {
  it('lays out A, B, then A_B^(i): A with column i from B', () => {
    const k = 3;
    const n = 8;
    const { rows } = saltelliDesign(k, n, stream(1, 'd'));
    expect(rows).toHaveLength(n * (k + 2));
    for (let i = 0; i < k; i++)
      for (let j = 0; j < n; j++) {
        const mixed = rows[(2 + i) * n + j];
        for (let z = 0; z < k; z++) expect(mixed[z]).toBe(z === i ? rows[n + j][z] : rows[j][z]);
      }
    expect(saltelliBlock(2 * n + 3, n)).toEqual({ block: 'AB', factor: 0, sample: 3 });
    expect(saltelliBlock(n + 1, n)).toEqual({ block: 'B', factor: null, sample: 1 });
  });
});

describe('sobolIndices', () => {
  const k = 3;
  const n = 256;
  const { rows } = saltelliDesign(k, n, stream(2, 'd'));

  it('Jansen: when only x1 matters, S1 of x1 is exactly 1 and ST of the others exactly 0', () => {
    const y = rows.map((u) => Math.exp(u[0]));
    const { first, total } = sobolIndices(y, n, k, 'jansen');
    expect(first[0]).toBeCloseTo(1, 12);
    expect(total[1]).toBe(0);
    expect(total[2]).toBe(0);
    // The others' first order and x1's total order are estimates near their true values, 0 and 1.
    expect(Math.abs(first[1])).toBeLessThan(0.05);
    expect(total[0]).toBeGreaterThan(0.95);
  });

  it('an additive function: S1 = ST = each term\'s share of the variance (both estimators)', () => {
    // y = x1 + 2 x2 on uniform inputs: shares 1/5 and 4/5.
    const y = rows.map((u) => u[0] + 2 * u[1]);
    for (const estimator of ['jansen', 'saltelli'] as const) {
      const { first, total } = sobolIndices(y, n, k, estimator);
      expect(first[0]).toBeCloseTo(0.2, 1);
      expect(first[1]).toBeCloseTo(0.8, 1);
      expect(total[0]).toBeCloseTo(0.2, 1);
      expect(total[1]).toBeCloseTo(0.8, 1);
      expect(Math.abs(total[2])).toBeLessThan(1e-12);
    }
  });

  it('uses the rows given: a bootstrap resample of every row once is the full estimate', () => {
    const y = rows.map((u) => u[0] * u[1] + u[2]);
    const full = sobolIndices(y, n, k, 'jansen');
    const reversed = Int32Array.from({ length: n }, (_, j) => n - 1 - j);
    const again = sobolIndices(y, n, k, 'jansen', reversed);
    for (let i = 0; i < k; i++) {
      expect(again.first[i]).toBeCloseTo(full.first[i], 12);
      expect(again.total[i]).toBeCloseTo(full.total[i], 12);
    }
  });
});

describe('bootstrapIntervals', () => {
  it('resamples reproducibly from the named stream, and brackets the mean of a sample', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.sin(i));
    const mean = (picked: Int32Array) => [Array.from(picked, (u) => values[u]).reduce((a, b) => a + b, 0) / picked.length];
    const a = bootstrapIntervals(values.length, 1, mean, { resamples: 500, random: stream(1, 'b') });
    const b = bootstrapIntervals(values.length, 1, mean, { resamples: 500, random: stream(1, 'b') });
    expect(a).toEqual(b);
    const full = mean(Int32Array.from(values.keys()))[0];
    expect(a[0]![0]).toBeLessThan(full);
    expect(a[0]![1]).toBeGreaterThan(full);
    expect(bootstrapIntervals(values.length, 1, mean, { resamples: 0, random: stream(1, 'b') })).toEqual([null]);
  });
});

describe('Morris', () => {
  it('trajectories move one factor at a time by ±Δ on the p-level grid, and stay in the unit cube', () => {
    const levels = 4;
    const delta = morrisDelta(levels);
    expect(delta).toBeCloseTo(2 / 3, 12);
    for (const t of morrisTrajectories(5, 20, levels, stream(1, 'm'))) {
      expect(t.points).toHaveLength(6);
      expect([...t.order].sort()).toEqual([0, 1, 2, 3, 4]);
      t.order.forEach((factor, step) => {
        const [from, to] = [t.points[step], t.points[step + 1]];
        for (let z = 0; z < 5; z++) expect(to[z] - from[z]).toBeCloseTo(z === factor ? t.directions[factor] * delta : 0, 12);
      });
      for (const p of t.points)
        for (const x of p) {
          expect(x).toBeGreaterThanOrEqual(-1e-12);
          expect(x).toBeLessThanOrEqual(1 + 1e-12);
          expect(x * (levels - 1)).toBeCloseTo(Math.round(x * (levels - 1)), 9);
        }
    }
  });

  it('a linear function: every elementary effect is its coefficient, so μ = μ* = |coefficient| and σ = 0', () => {
    const coefficients = [2, -3, 0, 0.5];
    const delta = morrisDelta(6);
    const trajectories = morrisTrajectories(4, 8, 6, stream(2, 'm'));
    const outputs = trajectories.map((t) => t.points.map((p) => p.reduce((sum, x, i) => sum + coefficients[i] * x, 0)));
    const { mu, muStar, sigma } = morrisIndices(elementaryEffects(trajectories, outputs, delta));
    coefficients.forEach((c, i) => {
      expect(mu[i]).toBeCloseTo(c, 9);
      expect(muStar[i]).toBeCloseTo(Math.abs(c), 9);
      expect(sigma[i]).toBeCloseTo(0, 9);
    });
  });

  it("Campolongo's selection keeps r distinct trajectories more spread out than the first r drawn", () => {
    const spread = (ts: ReturnType<typeof morrisTrajectories>) => {
      let sum = 0;
      for (let a = 0; a < ts.length; a++)
        for (let b = a + 1; b < ts.length; b++)
          for (const p of ts[a].points) for (const q of ts[b].points) sum += Math.hypot(...Array.from(p, (x, z) => x - q[z]));
      return sum;
    };
    const plain = morrisTrajectories(6, 5, 4, stream(3, 'm'));
    const chosen = morrisTrajectories(6, 5, 4, stream(3, 'm'), 50);
    expect(chosen).toHaveLength(5);
    expect(new Set(chosen).size).toBe(5);
    expect(spread(chosen)).toBeGreaterThan(spread(plain));
  });
});

describe('noiseShare', () => {
  const means = [1, 2, 3, 4, 5, 6];
  it('is zero when the replicates shift every point alike (common random numbers)', () => {
    const shifts = [0.7, -0.2, 1.5];
    expect(noiseShare(means.map((m) => shifts.map((s) => m + s)))).toBeCloseTo(0, 12);
  });

  it('is (σ²/R) / Var(point means) for independent noise, and null with one replicate or a gap', () => {
    const random = stream(4, 'noise');
    const points = Array.from({ length: 400 }, (_, p) => p / 40);
    const values = points.map((m) => Array.from({ length: 4 }, () => m + random.normal(0, 1)));
    const variance = points.reduce((s, m) => s + (m - 4.9875) ** 2, 0) / 399;
    const expected = 1 / 4 / (variance + 1 / 4);
    expect(noiseShare(values)!).toBeGreaterThan(expected * 0.85);
    expect(noiseShare(values)!).toBeLessThan(expected * 1.15);
    expect(noiseShare(means.map((m) => [m]))).toBeNull();
    expect(noiseShare([[1, null], [2, 3]])).toBeNull();
  });
});

describe('outputTerms', () => {
  it('reads a metric under an arm, or a difference of two, with hyphens and colons in names', () => {
    expect(outputTerms('final_uptake[collective] - final_uptake[heroic]')).toEqual([
      { metric: 'final_uptake', arm: 'collective' },
      { metric: 'final_uptake', arm: 'heroic' },
    ]);
    expect(outputTerms('final_uptake:discharge-checklist[collective]-final:uptake:sepsis-bundle[heroic]')).toEqual([
      { metric: 'final_uptake:discharge-checklist', arm: 'collective' },
      { metric: 'final:uptake:sepsis-bundle', arm: 'heroic' },
    ]);
    expect(outputTerms('y')).toEqual([{ metric: 'y', arm: null }]);
    expect(outputTerms('a[x] - b[y] - c[z]')).toBeNull();
    expect(outputTerms('final uptake[x]')).toBeNull();
  });
});

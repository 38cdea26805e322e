import { DirectedGraph } from 'graphology';
import { directedDensity } from 'graphology-metrics/graph/density.js';
import { describe, expect, it } from 'vitest';

import { departmentLeadership, gini, inDegreeCentralization, leadershipDensity, traineeLeadershipShare } from '../../src/metrics/leadership-network.ts';

describe('leadership-network measures', () => {
  it('density is ties over N(N − 1), and agrees with graphology-metrics on a directed graph', () => {
    const g = new DirectedGraph();
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    for (const [u, v] of [['a', 'b'], ['b', 'a'], ['c', 'a'], ['d', 'a'], ['d', 'c']]) g.addEdge(u, v);
    expect(leadershipDensity(5, 4)).toBeCloseTo(5 / 12, 15);
    expect(leadershipDensity(g.size, g.order)).toBeCloseTo(directedDensity(g), 15);
    expect(leadershipDensity(0, 1)).toBeNull();
  });

  it('in-degree centralization is 1 for a star of followers and 0 when leadership is even', () => {
    // Everyone relies on node 0: in-degrees [4, 0, 0, 0, 0] → Σ(4 − d_i) / 4² = 16 / 16.
    expect(inDegreeCentralization([4, 0, 0, 0, 0])).toBe(1);
    // A directed cycle: every in-degree 1.
    expect(inDegreeCentralization([1, 1, 1, 1])).toBe(0);
    // [2, 1, 0]: (0 + 1 + 2) / 2² = 0.75.
    expect(inDegreeCentralization([2, 1, 0])).toBe(0.75);
  });

  it('in-degree centralization of whole in-degrees (one pass) is exactly the sum over everyone', () => {
    const plain = (d: number[]) => {
      const max = Math.max(0, ...d);
      return d.reduce((sum, x) => sum + (max - x), 0) / ((d.length - 1) * (d.length - 1));
    };
    for (const degrees of [Int32Array.from({ length: 997 }, (_, i) => (i * 7919) % 31), Int32Array.from([0, 0, 0]), Int32Array.from([5, -2, 1, 3])]) {
      expect(inDegreeCentralization(degrees)).toBe(plain(Array.from(degrees)));
      expect(inDegreeCentralization(degrees)).toBe(inDegreeCentralization(Array.from(degrees)));
    }
  });

  it('gini is 0 for equal leadership, (n − 1)/n for one leader, and matches a hand computation', () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 5])).toBeCloseTo(3 / 4, 15);
    // [1, 2, 3]: mean absolute difference (2·(1 + 2 + 1)) / 9 = 8/9, over 2·mean 4 → 2/9.
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 15);
    // Integer in-degrees are counted rather than sorted: the same sum in the same order, so the same number.
    const degrees = Int32Array.from({ length: 500 }, (_, i) => (i * 7919) % 23);
    expect(gini(degrees)).toBe(gini(Array.from(degrees)));
    // Ties in value at many ranks, and sums too large to be exact in a double (added one person at a time, as sorted).
    const heavy = Int32Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1000) * 4000);
    expect(gini(heavy)).toBe(gini(Array.from(heavy)));
    expect(() => gini(Int32Array.from([1, -1]))).toThrow(/non-negative/);
    expect(gini([0, 0])).toBeNull();
  });

  it('trainee leadership share is the trainees\' part of all in-degree', () => {
    expect(traineeLeadershipShare([4, 1, 0, 3], [0, 1, 1, 1])).toBe(0.5);
    expect(traineeLeadershipShare([0, 0], [1, 0])).toBeNull();
    // Fractional weights: the same sums, in the same order, as adding the trainees' alone.
    const degrees = Array.from({ length: 300 }, (_, i) => ((i * 37) % 11) / 7);
    const trainee = degrees.map((_, i) => (i % 3 === 0 ? 1 : 0));
    const all = degrees.reduce((a, b) => a + b, 0);
    const trainees = degrees.reduce((a, d, i) => (trainee[i] === 1 ? a + d : a), 0);
    expect(traineeLeadershipShare(degrees, trainee)).toBe(trainees / all);
  });

  it('department leadership: each department\'s own ties, averaged over departments', () => {
    // Department 0: slots 0, 1, 2; slot 0 is granted by 1 and 2 (a star), and by slot 3 from department 1, which does not count.
    // Department 1: slots 3, 4; no ties. Department 2: slot 5 alone, left out.
    const grantedBy = [new Map([[1, 1], [2, 2], [3, 1]]), new Map(), new Map(), new Map(), new Map(), new Map()];
    const department = [0, 0, 0, 1, 1, 2];
    const { density, centralization } = departmentLeadership(grantedBy, department, [[0, 1, 2], [3, 4], [5]]);
    expect(density).toBeCloseTo((2 / 6 + 0) / 2, 12);
    // A star in a team of three is fully centralised: (2 − 0) · 2 / (3 − 1)² = 1.
    expect(centralization).toBeCloseTo((1 + 0) / 2, 12);
    expect(departmentLeadership([new Map()], [0], [[0]])).toEqual({ density: null, centralization: null });
  });
});

import { describe, expect, it } from 'vitest';

import { InvalidOptionError, complete, erdosRenyi, stream, wattsStrogatz } from '../../src/index.ts';

describe('wattsStrogatz', () => {
  it('without rewiring is the ring lattice: each node tied to its k/2 nearest on each side', () => {
    const g = wattsStrogatz({ order: 10, k: 4, rewiring: 0 });
    expect(g.size).toBe(20);
    expect(g.neighbors('0').sort()).toEqual(['1', '2', '8', '9']);
    g.forEachNode((node) => expect(g.degree(node)).toBe(4));
  });

  it('rewires a share of ties, keeping their number, with no self-loops or duplicates', () => {
    const g = wattsStrogatz({ order: 2000, k: 6, rewiring: 0.2, random: stream(1, 'ws') });
    expect(g.size).toBe(6000);
    let long = 0;
    g.forEachEdge((_e, _a, u, v) => {
      const d = Math.abs(Number(u) - Number(v));
      if (Math.min(d, 2000 - d) > 3) long++;
    });
    // About 20% of 6,000 ties move (binomial SD ≈ 31); a rewired tie can land near by chance.
    expect(Math.abs(long - 1200)).toBeLessThan(160);
  });

  it('is reproducible from its stream', () => {
    const edges = (seed: number) =>
      wattsStrogatz({ order: 200, k: 4, rewiring: 0.3, random: stream(seed) }).mapEdges((_e, _a, u, v) => `${u}-${v}`);
    expect(edges(1)).toEqual(edges(1));
    expect(edges(1)).not.toEqual(edges(2));
  });

  it('validates its options', () => {
    expect(() => wattsStrogatz({ order: 10, k: 3, rewiring: 0 })).toThrow(InvalidOptionError);
    expect(() => wattsStrogatz({ order: 10, k: 4, rewiring: 0.1 })).toThrow(/seeded stream/);
  });
});

describe('erdosRenyi and complete', () => {
  it('draws G(n, p) with the requested mean degree from the stream', () => {
    const g = erdosRenyi({ order: 5000, meanDegree: 4, random: stream(3, 'er') });
    // 10,000 expected edges, SD ≈ 100.
    expect(Math.abs(g.size - 10_000)).toBeLessThan(500);
    expect(erdosRenyi({ order: 300, meanDegree: 2, random: stream(3) }).size).toBe(
      erdosRenyi({ order: 300, meanDegree: 2, random: stream(3) }).size,
    );
  });

  it('builds a complete graph', () => {
    expect(complete(6).size).toBe(15);
  });
});

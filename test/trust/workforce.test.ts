import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { RULE_SETS, resolveRules } from '../../src/leadership/index.ts';
import { launch } from '../../src/model/launch.ts';
import { rotate } from '../../src/model/rotation.ts';
import { worldGraph } from '../../src/model/sync.ts';
import { createWorld } from '../../src/model/world.ts';
import { stream } from '../../src/random/stream.ts';
import { loadScenario, parseScenario } from '../../src/scenario/index.ts';
import { buildTrust } from '../../src/trust/build-trust.ts';
import { buildManyTrusts, drawTrustSizes, NHS_TRUST_SIZES } from '../../src/trust/many-trusts.ts';
import type { TrustGraph } from '../../src/trust/types.ts';

/** Every node with its attributes and every edge with its ends, in the graph's order. */
function digest(graph: TrustGraph): string {
  const hash = createHash('sha256');
  graph.forEachNode((key, person) => hash.update(`${key}${JSON.stringify(person)}\n`));
  graph.forEachEdge((_edge, tie, source, target) => hash.update(`${source}>${target}${JSON.stringify(tie)}\n`));
  return hash.digest('hex');
}

describe('a trust built into typed arrays', () => {
  it('is, person for person and tie for tie, the trust the graph builder made (same draws, same order)', () => {
    // Digests of the trusts as built before trusts were built straight into typed arrays (commit 197ea9e).
    const before = {
      flagship: [627, 3752, 'c72be5bfebdb282c9f99c8f43256e256e3b67a068ff2065d3101a9d72a5a53d1'],
      'large-trust': [5429, 32564, '9eff5a77a3fa7acc6a069844905357f9fddb6c895add45cbed36615be246372b'],
    } as const;
    for (const [name, [order, size, hash]] of Object.entries(before)) {
      const scenario = loadScenario(`scenarios/${name}.yaml`);
      const graph = buildTrust(scenario.trust, stream(scenario.seed, 'replicate', 1, 'trust'), scenario.model);
      expect([graph.order, graph.size, digest(graph)], name).toEqual([order, size, hash]);
    }
  });
});

describe('a workforce of many trusts', () => {
  const template = parseScenario({ name: 't', description: 'd' }).trust;
  const scenario = parseScenario({ name: 'region', description: 'several trusts', ideas: { rate: 0 } });
  const sizes = { median: 900, sigma: 0.5, min: 400, max: 2000 };
  const rules = resolveRules(scenario.arms[0], RULE_SETS);
  const collective: Parameters<typeof createWorld>[2] = (agents, model) => rules.create(agents, model);
  const workforce = buildManyTrusts({ name: 'trust', trusts: 4, sizes, template, model: scenario.model, random: stream(7, 'region') });

  it('holds each trust as a block of consecutive slots, with its own departments and the shared executive last', () => {
    expect(workforce.trusts.map((t) => t.name)).toEqual(['trust-1', 'trust-2', 'trust-3', 'trust-4']);
    let first = 0;
    for (const [k, block] of workforce.trusts.entries()) {
      expect(block.first).toBe(first);
      for (let slot = block.first; slot < block.first + block.size; slot++) expect(workforce.trust[slot]).toBe(k);
      first += block.size;
    }
    expect(first).toBe(workforce.size);
    expect(workforce.departments.at(-1)).toBe('executive');
    expect(workforce.departments[workforce.trusts[1].firstDepartment]).toMatch(/^trust-2\//);
    // Headcounts follow the drawn sizes (departments are whole, so only roughly).
    const drawn = drawTrustSizes(4, sizes, stream(7, 'region').fork('sizes'));
    workforce.trusts.forEach((block, k) => { expect(Math.abs(block.size - drawn[k]) / drawn[k]).toBeLessThan(0.35); });
  });

  it('keeps every tie within a trust, and gives one trust as a graph of its own people', () => {
    const { ties, trust } = workforce;
    for (let t = 0; t < ties.count; t++) expect(trust[ties.a[t]]).toBe(trust[ties.b[t]]);
    const world = createWorld(scenario, workforce, collective, stream(7, 'run'));
    const second = worldGraph(world, 1);
    expect(second.order).toBe(workforce.trusts[1].size);
    expect(second.getAttribute('name')).toBe('trust-2');
    expect(world.graph.order).toBe(workforce.size);
    expect(world.graph.size).toBe(ties.count);
  });

  it('rotates trainees only among their own trust\'s departments', () => {
    const world = createWorld(scenario, workforce, collective, stream(7, 'run'));
    const before = world.agents.department.slice();
    world.week = 17;
    rotate(world, ['fy1', 'fy2']);
    let moved = 0;
    for (let slot = 0; slot < world.agents.size; slot++) {
      if (world.agents.department[slot] === before[slot]) continue;
      moved++;
      const block = world.trusts[world.agents.trust[slot]];
      expect(world.agents.department[slot]).toBeGreaterThanOrEqual(block.firstDepartment);
      expect(world.agents.department[slot]).toBeLessThan(block.firstDepartment + block.departments);
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('keeps a department initiative\'s per-person arrays to its own trust', () => {
    const world = createWorld(scenario, workforce, collective, stream(7, 'run'));
    const block = world.trusts[2];
    const department = block.firstDepartment;
    const lead = world.members[department][0];
    const initiative = launch(world, { name: 'idea', origin: 'idea', originGrade: 'fy1', scope: department, complexity: 0.5, advantage: 0.1, sponsor: lead, leads: [lead] });
    expect([initiative.base, initiative.state.length]).toEqual([block.first, block.size]);
    expect(initiative.state[lead - initiative.base]).toBe(2);
    const everyone = launch(world, { name: 'all', origin: 'scheduled', originGrade: 'chiefExecutive', scope: -1, complexity: 0.5, advantage: 0.1, sponsor: lead, leads: [lead] });
    expect([everyone.base, everyone.state.length]).toEqual([0, world.agents.size]);
  });
});

describe('NHS trust sizes', () => {
  it('put about 1.4 million staff in 220 trusts', () => {
    const total = drawTrustSizes(220, NHS_TRUST_SIZES, stream(3, 'national').fork('sizes')).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1.25e6);
    expect(total).toBeLessThan(1.55e6);
  });
});

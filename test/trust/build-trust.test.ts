import { describe, expect, it } from 'vitest';

import { stream } from '../../src/random/stream.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { buildTrust } from '../../src/trust/build-trust.ts';
import { GRADE_INFO } from '../../src/trust/grades.ts';
import { followershipStyle } from '../../src/trust/traits.ts';

const trustSpec = parseScenario({ name: 't', description: 'd' }).trust;

describe('buildTrust', () => {
  const graph = buildTrust(trustSpec, stream(5, 'trust'));

  it('staffs each department within the scenario ranges', () => {
    const counts = new Map<string, number>();
    graph.forEachNode((_k, p) => counts.set(`${p.department}/${p.grade}`, (counts.get(`${p.department}/${p.grade}`) ?? 0) + 1));
    for (const department of ['medicine-1', 'surgery-2', 'emergency', 'paediatrics'])
      for (const [grade, [min, max]] of Object.entries(trustSpec.staffing)) {
        const n = counts.get(`${department}/${grade}`) ?? 0;
        expect(n, `${department}/${grade}`).toBeGreaterThanOrEqual(min);
        expect(n, `${department}/${grade}`).toBeLessThanOrEqual(max);
      }
    expect(counts.get('executive/chiefExecutive')).toBe(1);
  });

  it('gives everyone but the chief executive exactly one formal supervisor, more senior than them', () => {
    graph.forEachNode((key, person) => {
      const supervisors = graph.filterInEdges(key, (_e, tie) => tie.layer === 'formal').map((e) => graph.source(e));
      if (person.grade === 'chiefExecutive') return expect(supervisors).toEqual([]);
      expect(supervisors, person.label).toHaveLength(1);
      expect(graph.getNodeAttribute(supervisors[0], 'authority')).toBeGreaterThan(person.authority);
    });
  });

  it('keeps team ties inside departments and informal ties across them, mostly within a profession', () => {
    let informal = 0;
    let sameProfession = 0;
    graph.forEachEdge((_e, tie, u, v, a, b) => {
      if (tie.layer === 'team') expect(a.department).toBe(b.department);
      if (tie.layer === 'informal') {
        expect(a.department).not.toBe(b.department);
        informal++;
        if (a.profession === b.profession) sameProfession++;
      }
    });
    expect(informal).toBe(Math.round((graph.order * trustSpec.ties.informalDegree) / 2));
    // Homophily 0.8 plus same-profession picks among the rest: well above the 0.5 of a nurse-heavy random draw.
    expect(sameProfession / informal).toBeGreaterThan(0.75);
  });

  it('clusters team ties (a small world, not a random graph)', () => {
    // Share of a person's team contacts who are tied to each other, averaged over a department.
    const members = graph.filterNodes((_k, p) => p.department === 'medicine-1');
    const team = (k: string) => new Set(graph.filterEdges(k, (_e, t) => t.layer === 'team').map((e) => graph.opposite(k, e)));
    let clustering = 0;
    for (const k of members) {
      const friends = [...team(k)];
      let closed = 0;
      for (let a = 0; a < friends.length; a++) for (let b = a + 1; b < friends.length; b++) if (team(friends[a]).has(friends[b])) closed++;
      clustering += closed / ((friends.length * (friends.length - 1)) / 2);
    }
    // A ring lattice with k = 8 has clustering 9/14 ≈ 0.64; 10% rewiring lowers it a little. A random graph of
    // this density would have about 8/80 = 0.1.
    expect(clustering / members.length).toBeGreaterThan(0.4);
  });

  it('gives trainees lower leader identity than consultants, and draws every Kelley style', () => {
    const mean = (grade: string) => {
      const values = graph.filterNodes((_k, p) => p.grade === grade).map((k) => graph.getNodeAttribute(k, 'leaderIdentity'));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean('fy1')).toBeLessThan(mean('consultant') - 0.2);
    const styles = new Set(graph.mapNodes((_k, p) => p.followership));
    expect(styles).toEqual(new Set(['exemplary', 'alienated', 'conformist', 'passive', 'pragmatist']));
    expect(GRADE_INFO.fy1.trainee && !GRADE_INFO.consultant.trainee).toBe(true);
  });

  it('is reproducible from its stream and differs across seeds', () => {
    // Edge keys are generated per graph instance, so compare everything else.
    const content = (g: typeof graph) => {
      const { nodes, edges } = g.export();
      return { nodes, edges: edges.map(({ key: _key, ...edge }) => edge) };
    };
    expect(content(buildTrust(trustSpec, stream(5, 'trust')))).toEqual(content(graph));
    expect(content(buildTrust(trustSpec, stream(6, 'trust')))).not.toEqual(content(graph));
  });
});

describe('followershipStyle', () => {
  it.each([
    [0.8, 0.8, 'exemplary'],
    [0.8, 0.2, 'alienated'],
    [0.2, 0.8, 'conformist'],
    [0.2, 0.2, 'passive'],
    [0.5, 0.9, 'pragmatist'],
    [0.6, 0.4, 'pragmatist'],
  ] as const)('critical thinking %s × engagement %s → %s', (ict, ae, style) => {
    expect(followershipStyle(ict, ae, { low: 0.4, high: 0.6 })).toBe(style);
  });
});

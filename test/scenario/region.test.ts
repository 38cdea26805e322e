import { describe, expect, it } from 'vitest';

import { loadScenario, parseScenario } from '../../src/scenario/index.ts';
import type { ScenarioInput } from '../../src/scenario/index.ts';
import { regionTrustSizes, scenarioDepartments, scenarioTrusts, templateHeadcount } from '../../src/scenario/region-trusts.ts';
import { LIMITS, scenarioSize } from '../../src/scenario/trust-size.ts';
import { NHS_TRUST_SIZES } from '../../src/scenario/trust-sizes.ts';
import { issuesOf, scenarioFile } from './helpers.ts';

const base = { name: 'region', description: 'A region', weeks: 20 };
const listed = { name: 'north', trusts: [{ name: 'northgate', staff: 600 }, { name: 'eastfield', staff: 1200 }] };
const parse = (input: Partial<ScenarioInput>) => parseScenario({ ...base, ...input });
/** The issues of a scenario as [path, expected, found]. */
const problems = (input: Partial<ScenarioInput>) => issuesOf(() => parse(input)).map((i) => [i.path, i.expected, i.found]);

describe('a region in a scenario', () => {
  it('is optional: without it the scenario is one trust, and has no `region` key', () => {
    const scenario = parse({});
    expect('region' in scenario).toBe(false);
    expect(scenarioTrusts(scenario)).toEqual([scenario.trust]);
  });

  it('lists trusts, each the template scaled to its headcount, with defaults for the ties between them', () => {
    const scenario = parse({ region: listed });
    expect(scenario.region?.ties).toEqual({ networkDegree: 0.5, formerColleagueDegree: 0.5 });
    const trusts = scenarioTrusts(scenario);
    expect(trusts.map((t) => t.name)).toEqual(['northgate', 'eastfield']);
    const departments = (k: number) => trusts[k].departments.reduce((sum, d) => sum + d.count, 0);
    // The template (8 departments, about 630 staff) at 600 staff, and at twice that.
    expect(templateHeadcount(scenario.trust)).toBe(627);
    expect([departments(0), departments(1)]).toEqual([8, 16]);
    expect(trusts[1].departments.map((d) => d.specialty)).toEqual(scenario.trust.departments.map((d) => d.specialty));
    expect(scenarioDepartments(trusts)).toContain('eastfield/medicine-8');
  });

  it('draws a count of trusts from the seed alone, from NHS England\'s sizes by default', () => {
    const drawn = parse({ seed: 5, region: { name: 'deanery', trusts: 12 } });
    const sizes = regionTrustSizes(drawn);
    expect(sizes.map((t) => t.name)).toEqual(Array.from({ length: 12 }, (_, k) => `deanery-${k + 1}`));
    for (const { staff } of sizes) {
      expect(staff).toBeGreaterThanOrEqual(NHS_TRUST_SIZES.min);
      expect(staff).toBeLessThanOrEqual(NHS_TRUST_SIZES.max);
    }
    expect(regionTrustSizes(parse({ seed: 5, region: { name: 'deanery', trusts: 12 } }))).toEqual(sizes);
    expect(regionTrustSizes(parse({ seed: 6, region: { name: 'deanery', trusts: 12 } }))).not.toEqual(sizes);
    const narrow = regionTrustSizes(parse({ region: { name: 'd', trusts: 5, sizes: { median: 2000, sigma: 0, min: 100, max: 9000 } } }));
    expect(narrow.map((t) => t.staff)).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it('names the field, what was expected and what was found for each mistake', () => {
    expect(problems({ region: { name: 'n', trusts: 'many' } as never })).toEqual([['region.trusts', 'a list or a number', '"many"']]);
    expect(problems({ region: { name: 'n', trusts: [{ name: 'a', staff: 'big' }] } as never })).toEqual([['region.trusts[0].staff', 'a number', '"big"']]);
    expect(issuesOf(() => parse({ region: { name: 'n', trusts: [{ name: 'a', staf: 600 }] } as never }))).toContainEqual(
      expect.objectContaining({ path: 'region.trusts[0].staf', expected: 'one of the keys name, staff', suggestion: 'staff' }),
    );
    expect(problems({ region: { name: 'n', trusts: [{ name: 'A b', staff: 600 }] } })[0][0]).toBe('region.trusts[0].name');
    expect(problems({ region: { name: 'n', trusts: 0 } })).toEqual([['region.trusts', 'a number ≥ 1', '0']]);
    expect(problems({ region: { name: 'n', trusts: [{ name: 'a', staff: 600 }, { name: 'a', staff: 700 }] } })).toEqual([['region.trusts[1].name', 'a name not already used', '"a"']]);
    expect(problems({ region: { ...listed, sizes: NHS_TRUST_SIZES } })[0].slice(0, 2)).toEqual([
      'region.sizes',
      'no sizes: trusts listed with their staff (sizes are for a count of trusts)',
    ]);
    expect(problems({ region: { name: 'n', trusts: 3, sizes: { median: 500, sigma: 0.5, min: 800, max: 9000 } } })[0].slice(0, 2)).toEqual(['region.sizes', 'sizes with min ≤ median ≤ max']);
    expect(problems({ region: { name: 'n', trusts: 3, ties: { networkDegree: -1 } } })).toEqual([['region.ties.networkDegree', 'a number ≥ 0', '-1']]);
    expect(problems({ region: { name: 'n', trusts: 3, ties: { formerColleagues: 1 } } as never })[0][0]).toBe('region.ties.formerColleagues');
  });

  it('reports a mistake in a file with its line', () => {
    const file = scenarioFile('name: r\ndescription: R\nregion:\n  name: north\n  trusts:\n    - { name: a, staff: 600 }\n    - { name: b, stuff: 600 }\n');
    expect(issuesOf(() => loadScenario(file))).toContainEqual(expect.objectContaining({ path: 'region.trusts[1].stuff', line: 7 }));
  });
});

describe('scopes and events in a region', () => {
  const region = { region: listed };
  it('accepts the region, a named trust and a trust\'s department', () => {
    const scenario = parse({
      ...region,
      initiatives: [
        { name: 'a', week: 1, scope: 'region' },
        { name: 'b', week: 1, scope: 'region', trusts: ['eastfield'] },
        { name: 'c', week: 1, scope: 'trust', trust: 'northgate' },
        { name: 'd', week: 1, scope: 'eastfield/medicine-2' },
      ],
      events: [
        { type: 'departure', week: 2, role: 'chief-executive', trust: 'eastfield' },
        { type: 'departure', week: 2, role: 'clinical-director', department: 'northgate/surgery-1' },
      ],
    });
    expect(scenario.initiatives.map((i) => i.scope)).toEqual(['region', 'region', 'trust', 'eastfield/medicine-2']);
  });

  it('refuses a trust scope without its trust, unknown trusts and departments, and names where they do not belong', () => {
    expect(
      problems({
        ...region,
        initiatives: [
          { name: 'a', week: 1, scope: 'trust' },
          { name: 'b', week: 1, scope: 'region', trusts: ['westbury'] },
          { name: 'c', week: 1, scope: 'medicine-2' },
          { name: 'd', week: 1, scope: 'region', trust: 'eastfield' },
          { name: 'e', week: 1, scope: 'trust', trust: 'eastfield', trusts: ['eastfield'] },
          { name: 'f', week: 1, scope: 'region', trusts: ['eastfield', 'eastfield'] },
        ],
      }).map(([path, expected]) => [path, expected.replace(/ \(.*\)$/, '')]),
    ).toEqual([
      ['initiatives[0].trust', 'the trust whose chief executive launches it: the region has several'],
      ['initiatives[1].trusts[0]', 'a trust of the region'],
      ['initiatives[2].scope', '"trust", "region" or a department'],
      ['initiatives[3].trust', 'no trust: only scope "trust" names one'],
      ['initiatives[4].trusts', 'no trusts: only scope "region" names the trusts launching it'],
      ['initiatives[5].trusts', 'each trust once'],
    ]);
  });

  it('needs the trust of an executive who leaves, and not of a clinical director', () => {
    expect(
      problems({
        ...region,
        events: [
          { type: 'departure', week: 2, role: 'chief-executive' },
          { type: 'departure', week: 2, role: 'medical-director', trust: 'westbury' },
          { type: 'departure', week: 2, role: 'clinical-director', department: 'northgate/surgery-1', trust: 'northgate' },
          { type: 'departure', week: 2, role: 'clinical-director', department: 'surgery-1' },
        ],
      }).map(([path]) => path),
    ).toEqual(['events[0].trust', 'events[1].trust', 'events[2].trust', 'events[3].department']);
  });

  it('in one trust, keeps "trust" and allows "region" as the same scope, and has no trust names', () => {
    expect(parse({ initiatives: [{ name: 'a', week: 1, scope: 'trust' }, { name: 'b', week: 1, scope: 'region' }] }).initiatives).toHaveLength(2);
    expect(problems({ initiatives: [{ name: 'a', week: 1, scope: 'trust', trust: 'northgate' }] })[0].slice(0, 2)).toEqual([
      'initiatives[0].trust',
      'no trust name: the scope is the trust (a scenario without a region has one trust)',
    ]);
    expect(problems({ events: [{ type: 'departure', week: 2, role: 'chief-executive', trust: 'northgate' }] })[0][0]).toBe('events[0].trust');
  });
});

describe('the size of a region', () => {
  it('sums its trusts and the ties between them', () => {
    const trusts = (n: number, degree: number) =>
      scenarioSize(parse({ region: { name: 'n', trusts: Array.from({ length: n }, (_, k) => ({ name: `t${k}`, staff: 600 })), ties: { networkDegree: degree, formerColleagueDegree: degree } } }));
    expect(trusts(2, 0).maxStaff).toBe(2 * trusts(1, 0).maxStaff);
    expect(trusts(2, 0).ties).toBe(2 * trusts(1, 0).ties);
    expect(trusts(2, 1).ties - trusts(2, 0).ties).toBe(trusts(2, 0).maxStaff);
  });

  it('loads a deanery of about 120,000 staff, and refuses a region beyond the limits', () => {
    const deanery = parse({ weeks: 156, replicates: 10, region: { name: 'd', trusts: 15, sizes: { median: 8000, sigma: 0, min: 800, max: 30000 } } });
    const size = scenarioSize(deanery);
    expect(size.staff).toBeGreaterThan(110_000);
    expect(size.memoryBytes).toBeLessThan(LIMITS.memoryBytes);
    const national = problems({ region: { name: 'n', trusts: 1000, sizes: { median: 90000, sigma: 0, min: 800, max: 90000 } } });
    expect(national.map(([path, expected]) => [path, expected])).toEqual(
      expect.arrayContaining([
        ['region.trusts', 'a region of at most 65,534 departments in all'],
        ['region.trusts', 'a region of at most 2,000,000 staff'],
      ]),
    );
  });
});

describe('the bundled region', () => {
  it('is a deanery: 12 to 15 trusts of 60,000 to 120,000 staff in all, launching a regional change in some of them', () => {
    const scenario = loadScenario('scenarios/region.yaml');
    const trusts = scenarioTrusts(scenario);
    expect(trusts.length).toBeGreaterThanOrEqual(12);
    expect(trusts.length).toBeLessThanOrEqual(15);
    const { staff } = scenarioSize(scenario);
    expect(staff).toBeGreaterThan(60_000);
    expect(staff).toBeLessThan(120_000);
    const regional = scenario.initiatives.find((i) => i.scope === 'region');
    expect(regional?.trusts?.length).toBeGreaterThan(0);
    expect(regional?.trusts?.length).toBeLessThan(trusts.length);
  });
});

import { describe, expect, it } from 'vitest';

import { loadScenario, parseScenario } from '../../src/scenario/index.ts';
import { LIMITS, scenarioSize } from '../../src/scenario/trust-size.ts';
import { listBundledScenarios } from '../../src/scenario/bundled.ts';
import { replicateTrust } from '../../src/run/create-run.ts';
import { MINIMAL, issuesOf, scenarioFile } from './helpers.ts';

const withTrust = (trust: string) => loadScenario(scenarioFile(`${MINIMAL}trust:\n${trust}`));

describe('scenario size', () => {
  it('bounds the built trust: headcount within [min, max] staffing, ties at most the estimate', () => {
    const scenario = loadScenario('scenarios/flagship.yaml');
    const size = scenarioSize(scenario);
    const trust = replicateTrust(scenario, 1);
    expect(trust.size).toBeLessThanOrEqual(size.maxStaff);
    expect(Math.abs(trust.size - size.staff) / size.staff).toBeLessThan(0.05);
    expect(trust.ties.count).toBeLessThanOrEqual(size.ties);
  });

  it('keeps every bundled scenario well within the limits (the region, a deanery, within half the memory)', () => {
    for (const { file } of listBundledScenarios()) {
      const scenario = loadScenario(file);
      const size = scenarioSize(scenario);
      expect(size.memoryBytes).toBeLessThan(LIMITS.memoryBytes / (scenario.region === undefined ? 10 : 2));
      expect(size.personWeeks).toBeLessThan(LIMITS.personWeeks / 100);
    }
  });

  it('refuses a trust of a billion staff with the limit, as validate would', () => {
    const issues = issuesOf(() => withTrust('  departments: [{ specialty: medicine, count: 1000 }]\n  staffing: { staffNurse: [1000000, 1000000] }\n'));
    expect(issues.map((i) => [i.path, i.expected])).toEqual(
      expect.arrayContaining([
        ['trust.staffing.staffNurse[0]', 'a number ≤ 100000'],
        ['trust.staffing.staffNurse[1]', 'a number ≤ 100000'],
      ]),
    );
    const large = issuesOf(() => withTrust('  departments: [{ specialty: medicine, count: 1000 }]\n  staffing: { staffNurse: [1000, 1000] }\n'));
    expect(large).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'trust', expected: 'a trust of at most 100,000 staff', found: expect.stringMatching(/^up to 1,053,003 staff/) }),
        expect.objectContaining({ path: '', expected: expect.stringMatching(/^runs that fit in 2\.00 GiB/), found: expect.stringMatching(/^an estimated [\d.]+ GiB$/) }),
      ]),
    );
  });

  it('refuses absurd department counts and degrees by the field, without listing a trillion departments', () => {
    for (const count of [1e7, 1e12]) {
      const issues = issuesOf(() => withTrust(`  departments: [{ specialty: medicine, count: ${count} }]\n`));
      expect(issues).toContainEqual(expect.objectContaining({ path: 'trust.departments[0].count', expected: 'a number ≤ 2000' }));
    }
    expect(issuesOf(() => withTrust('  ties: { informalDegree: 1e12 }\n'))).toContainEqual(
      expect.objectContaining({ path: 'trust.ties.informalDegree', expected: 'a number ≤ 1000' }),
    );
  });

  it('refuses runs that would take absurdly long: staff × weeks × replicates × arms', () => {
    const issues = issuesOf(() => parseScenario({ name: 'long', description: 'Long', weeks: 1040, replicates: 10000, trust: { departments: [{ specialty: 'medicine', count: 60 }] } }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'replicates', expected: expect.stringMatching(/^at most 1e\+10 person-weeks/) }));
  });
});

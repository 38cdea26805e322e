import { describe, expect, it } from 'vitest';

import { timeseriesCsv } from '../../src/exporters/tables/tables.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { LEADSIM_VERSION, runScenario } from '../../src/run/run-scenario.ts';
import { ScenarioError, loadScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { LEADER_ROLES } from '../../src/demo/shared/interventions.ts';
import { createSession } from '../../src/demo/worker/session.ts';
import type { Session } from '../../src/demo/worker/session.ts';
import { armChoice, defaultSettings, roomScenario } from '../../src/demo/shared/settings.ts';
import { OUT_OF_SCOPE, VIEW_STATES } from '../../src/demo/shared/view.ts';

const load = (name: string): Scenario => loadScenario(`scenarios/${name}.yaml`, { ruleSets: RULE_SETS });
const flagship = load('flagship');
const provenance = { leadsimVersion: LEADSIM_VERSION };

function runWeeks(session: Session, weeks: number) {
  const reports = [];
  for (let w = 0; w < weeks; w++) reports.push(session.step());
  return reports;
}

describe('room settings', () => {
  it('are the scenario as written until the room moves something', () => {
    const settings = defaultSettings(flagship);
    expect(settings.arms.map((a) => a.name)).toEqual(['heroic', 'collective']);
    expect(settings.arms[0].parameters).toEqual({ hierarchySteepness: 1, voice: 0.1 });
    expect(settings.arms[1].parameters).toEqual({ hierarchySteepness: 0.1, voice: 0.6 });
    const scenario = roomScenario(flagship, settings);
    expect(scenario.trust).toEqual(flagship.trust);
    expect(scenario.initiatives).toEqual(flagship.initiatives);
    expect(scenario.replicates).toBe(1);
  });

  it('map each control onto its scenario field or rule-set parameter', () => {
    const settings = {
      ...defaultSettings(flagship),
      seed: 9,
      arms: [{ name: 'hybrid', parameters: { hierarchySteepness: 0.3, voice: 0.9 } }, armChoice(flagship, 'collective')] as const,
      complexity: 0.9,
      foundationWeeks: 26,
    };
    const scenario = roomScenario(flagship, settings);
    expect(scenario.seed).toBe(9);
    expect(scenario.arms.map((a) => [a.name, a.rules, a.parameters])).toEqual([
      ['hybrid', 'hybrid', { hierarchySteepness: 0.3, voice: 0.9 }],
      ['collective', 'collective', { hierarchySteepness: 0.1, voice: 0.6 }],
    ]);
    expect(scenario.initiatives.map((i) => i.complexity)).toEqual([0.9, 0.9, 0.9]);
    expect(scenario.trust.rotations).toEqual({ ...flagship.trust.rotations, foundationWeeks: 26 });
  });

  it('are validated as leadsim run validates them: the schema, then each rule set’s ranges', () => {
    const settings = defaultSettings(flagship);
    expect(() => roomScenario(flagship, { ...settings, foundationWeeks: 0 })).toThrow(ScenarioError);
    expect(() => roomScenario(flagship, { ...settings, complexity: 1.5 })).toThrow(ScenarioError);
    const steep = { ...settings, arms: [{ name: 'heroic', parameters: { hierarchySteepness: 2 } }, settings.arms[1]] as const };
    expect(() => createSession(flagship, steep, provenance)).toThrow(/hierarchySteepness.*\[0, 1\]/);
  });
});

describe('an untouched session', () => {
  const weeks = 40;
  const session = createSession(flagship, defaultSettings(flagship), provenance);
  const reports = runWeeks(session, weeks);
  // What `leadsim run flagship --replicates 1` computes.
  const cli = runScenario({ ...flagship, replicates: 1 }).results;

  it('measures, week by week, exactly what leadsim run measures for replicate 1', () => {
    for (const [side, arm] of session.arms.entries()) {
      const expected = cli.runs.find((r) => r.arm === arm)!.series.filter((p) => p.week < weeks);
      expect(reports.flatMap((r) => r.points[side])).toEqual(expected);
    }
    expect(reports.map((r) => r.weeksDone)).toEqual(Array.from({ length: weeks }, (_, w) => w + 1));
  });

  it('exports the rows of leadsim run’s timeseries.csv for its arms and weeks', async () => {
    const [header, ...rows] = timeseriesCsv(cli).trimEnd().split('\n');
    const expected = rows.filter((row) => {
      const [arm, , week] = row.split(',');
      return session.arms.includes(arm) && Number(week) < weeks;
    });
    expect((await session.timeseriesCsv()).trimEnd().split('\n')).toEqual([header, ...expected]);
  });

  it('shows each person’s state for one change, and who is outside its scope', () => {
    const [heroic] = session.snapshots({ initiative: 'sepsis-bundle' });
    const emergency = session.picture.departments.indexOf('emergency');
    heroic.department.forEach((d, slot) => expect(heroic.state[slot] === OUT_OF_SCOPE).toBe(d !== emergency));
    const sepsis = heroic.initiatives.find((i) => i.name === 'sepsis-bundle')!;
    const inScope = [...heroic.state].filter((s) => s !== OUT_OF_SCOPE);
    const adopting = inScope.filter((s) => VIEW_STATES[s] === 'committed' || VIEW_STATES[s] === 'compliant').length;
    expect(adopting / inScope.length).toBeCloseTo(sepsis.uptake, 12);
    expect(sepsis.uptake).toBe(cli.runs.find((r) => r.arm === 'heroic')!.series.find((p) => p.week === weeks - 1 && p.metric === 'uptake:sepsis-bundle')!.value);
  });

  it('hands over the leadership ties, each counted once in its claimer’s in-degree', () => {
    for (const snapshot of session.snapshots({ initiative: null })) {
      const sum = snapshot.inDegree.reduce((a, b) => a + b, 0);
      expect(snapshot.ties.length).toBe(2 * sum);
      expect(sum).toBeGreaterThan(0);
      const counted = new Int32Array(snapshot.inDegree.length);
      for (let k = 1; k < snapshot.ties.length; k += 2) counted[snapshot.ties[k]]++;
      expect(counted).toEqual(snapshot.inDegree);
    }
  });
});

describe('the room’s interventions', () => {
  const untouched = createSession(flagship, defaultSettings(flagship), provenance);
  runWeeks(untouched, 20);

  it('a senior leader leaving is the model’s departure, in both arms, in the next week', () => {
    const session = createSession(flagship, defaultSettings(flagship), provenance);
    runWeeks(session, 10);
    session.intervene({ kind: 'departure', role: 'chief-executive' });
    const [report] = runWeeks(session, 1);
    expect(report.outcomes.map((o) => [o.arm, o.week])).toEqual([['heroic', 10], ['collective', 10]]);
    // The discharge checklist (trust-wide, launched in week 4) was the chief executive's.
    for (const outcome of report.outcomes) expect(outcome.text).toMatch(/chief executive left .*1 change lost their sponsor/);
    runWeeks(session, 9);
    const uptake = (s: Session) => s.snapshots({ initiative: 'discharge-checklist' }).map((a) => a.initiatives[0].uptake);
    expect(uptake(session)).not.toEqual(uptake(untouched));
  });

  it.each(LEADER_ROLES)('any of the three executives can leave: %s', (role) => {
    const session = createSession(flagship, defaultSettings(flagship), provenance);
    session.intervene({ kind: 'departure', role });
    const [report] = runWeeks(session, 1);
    for (const outcome of report.outcomes) expect(outcome.text).toContain(`The ${role.replace('-', ' ')} left`);
  });

  it('a clinician’s idea is claimed and granted under each arm’s own rules', () => {
    const session = createSession(flagship, defaultSettings(flagship), provenance);
    runWeeks(session, 10);
    const fy1 = session.picture.grade.findIndex((_g, slot) => session.picture.trainee[slot] === 1 && session.picture.authority[slot] === 0.15);
    session.intervene({ kind: 'idea', slot: fy1 });
    session.intervene({ kind: 'idea', slot: fy1 });
    const [report] = runWeeks(session, 1);
    const [heroic, collective] = report.outcomes;
    expect(report.outcomes).toHaveLength(2);
    // Heroic: an FY1 may not lead, so the claim climbs the chain; collective: anyone may, so peers are asked.
    expect(heroic.text).toMatch(/^Foundation year 1 in .* went up the formal chain: /);
    expect(collective.text).toMatch(/^Foundation year 1 in .* asked colleagues: /);
    const snapshots = session.snapshots({ initiative: null });
    report.outcomes.forEach((outcome, side) => {
      const launched = snapshots[side].initiatives.filter((i) => i.name.startsWith('room-idea-'));
      expect(launched.map((i) => i.name)).toEqual(outcome.initiative === null ? [] : [outcome.initiative]);
    });
  });

  it('executives propose no ideas, as in the model', () => {
    const session = createSession(flagship, defaultSettings(flagship), provenance);
    const executive = session.picture.departments.length - 1;
    session.intervene({ kind: 'idea', slot: session.picture.department.indexOf(executive) });
    const [report] = runWeeks(session, 1);
    for (const outcome of report.outcomes) expect(outcome).toMatchObject({ initiative: null, text: expect.stringMatching(/executives propose no ideas/) });
  });
});

import { describe, expect, it } from 'vitest';

import { summaryJsonText, timeseriesCsv } from '../../src/exporters/index.ts';
import { loadScenario, parseScenario } from '../../src/scenario/index.ts';
import { runScenario } from '../../src/run/run-scenario.ts';
import { defineRuleSet } from '../../src/leadership/index.ts';
import type { Metric } from '../../src/metrics/metric.ts';

const flagship = loadScenario('scenarios/flagship.yaml');
const short = { ...flagship, weeks: 40, replicates: 2 };

describe('runScenario', () => {
  it('reproduces the flagship\'s results byte for byte from its seed, and not from another seed', () => {
    const first = runScenario(short).results;
    const second = runScenario(short).results;
    expect(timeseriesCsv(second)).toBe(timeseriesCsv(first));
    expect(summaryJsonText(second)).toBe(summaryJsonText(first));
    const other = runScenario({ ...short, seed: short.seed + 1 }).results;
    expect(timeseriesCsv(other)).not.toBe(timeseriesCsv(first));
  });

  it('runs every arm of a replicate on the same trust with the same random numbers (common random numbers)', () => {
    const { worlds } = runScenario({ ...short, replicates: 1 }, { keepWorlds: true });
    const people = (arm: string) => worlds.get(`${arm}/1`)!.graph.nodes().sort();
    // The same people left and were replaced in every arm: turnover draws do not depend on the rules.
    expect(people('collective')).toEqual(people('heroic'));
    expect(people('hybrid')).toEqual(people('heroic'));
    // …while what the rules decide differs.
    const grants = (arm: string) => worlds.get(`${arm}/1`)!.ledger.claimsGranted;
    expect(grants('collective')).not.toBe(grants('heroic'));
  });

  it('takes a custom rule set, metric and week hook from code', () => {
    const everyoneLeads = defineRuleSet({
      name: 'everyone-leads',
      description: 'Everyone may lead and every claim is granted.',
      parameters: { weight: { default: 1, min: 0, max: 1, description: 'Influence of everyone.' } },
      create: (_agents, { weight }) => ({
        mayLead: () => true,
        grantProbability: () => 1,
        influence: () => weight,
        mandate: () => 0,
        handover: () => 1,
        voice: () => 1,
      }),
    });
    const staff: Metric = { name: 'staff', label: 'Staff', description: 'Headcount.', measure: (world) => world.graph.order };
    let hooked = 0;
    const scenario = parseScenario({ ...short, replicates: 1, arms: [{ name: 'flat', rules: 'everyone-leads' }] });
    const { results } = runScenario(scenario, {
      ruleSets: { 'everyone-leads': everyoneLeads },
      metrics: [staff],
      hooks: [{ week: 5, run: () => void hooked++ }],
    });
    expect(hooked).toBe(1);
    const headcount = results.runs[0].series.filter((p) => p.metric === 'staff').map((p) => p.value);
    expect(headcount).toHaveLength(short.weeks);
    expect(new Set(headcount).size).toBe(1);
    expect(results.runs[0].summary.claims_refused).toBe(0);
  });

  it('names the arm when its rule set or a parameter is unknown', () => {
    expect(() => runScenario(parseScenario({ ...short, arms: [{ name: 'a', rules: 'heroik' }] }))).toThrow(/did you mean "heroic"/);
    expect(() => runScenario(parseScenario({ ...short, arms: [{ name: 'a', rules: 'hybrid', parameters: { hierarchySteepnes: 1 } }] }))).toThrow(/hierarchySteepness/);
    expect(() => runScenario(parseScenario({ ...short, arms: [{ name: 'a', rules: 'hybrid', parameters: { voice: 2 } }] }))).toThrow(/\[0, 1\]/);
  });
});

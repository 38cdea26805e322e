/**
 * Rule sets: the contract, the registry and the bundled decisions
 * ===============================================================
 *
 * Table-driven: every bundled rule set against the contract; definitions,
 * registries and arms that must be refused, each with what the message says;
 * hybrid's six decisions on a three-person view worked by hand. The
 * `@ts-expect-error` lines are checked by `npm run typecheck`: each fails
 * the type check if the error it expects goes away.
 */
import { describe, expect, it } from 'vitest';

import {
  RULE_SETS,
  collective,
  defaultParameters,
  defineRuleSet,
  heroic,
  hybrid,
  resolveRules,
  ruleSetRegistry,
  withRuleSets,
} from '../../src/leadership/index.ts';
import type { ParameterInfo, RuleAgents, RuleSet } from '../../src/leadership/index.ts';
import { DEFAULT_MODEL } from '../../src/model/constants.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const info = (min: number, max: number, value: number): ParameterInfo => ({ min, max, default: value, description: 'x' });
const decisions = { mayLead: () => true, grantProbability: () => 1, influence: () => 1, mandate: () => 0, handover: () => 1, voice: () => 1 };
const flat = defineRuleSet({ name: 'flat', description: 'Everyone leads.', parameters: { weight: info(0, 1, 1) }, create: () => decisions });

describe('the bundled rule sets', () => {
  it.each(Object.entries(RULE_SETS))('%s is registered under its own name, each default inside its range', (key, ruleSet) => {
    expect(ruleSet.name).toBe(key);
    for (const { min, max, default: value } of Object.values(ruleSet.parameters)) expect(value >= min && value <= max).toBe(true);
  });

  it.each([
    [heroic, { hierarchySteepness: 1, voice: 0.1 }],
    [collective, { hierarchySteepness: 0.1, voice: 0.6 }],
    [hybrid, { hierarchySteepness: 0.55, voice: 0.35 }],
  ])('$name: its defaults are its place on the continuum', (ruleSet, expected) => {
    expect(defaultParameters(ruleSet)).toMatchObject(expected);
  });

  it('heroic and collective take hybrid\'s parameters, with hybrid\'s ranges', () => {
    for (const preset of [heroic, collective]) {
      expect(Object.keys(preset.parameters)).toEqual(Object.keys(hybrid.parameters));
      const ranges = (ruleSet: RuleSet) => Object.values(ruleSet.parameters).map(({ min, max }) => [min, max]);
      expect(ranges(preset)).toEqual(ranges(hybrid));
    }
  });
});

describe('defineRuleSet refuses a rule set that breaks the contract', () => {
  it.each<[string, Partial<RuleSet<'weight'>>, RegExp]>([
    ['a name that is not a slug', { name: 'Protected Trainees' }, /lower-case letters, digits and single hyphens.*"Protected Trainees"/],
    ['an empty name', { name: '' }, /found ""/],
    ['a default outside its range', { parameters: { weight: info(0, 1, 2) } }, /parameter weight: expected a default in \[0, 1\], found 2/],
    ['min above max', { parameters: { weight: info(1, 0, 0.5) } }, /parameter weight: expected finite min ≤ max, found \[1, 0\]/],
    ['an infinite range', { parameters: { weight: info(0, Infinity, 1) } }, /finite min ≤ max/],
    ['no create', { create: undefined }, /expected create to be a function, found undefined/],
  ])('%s', (_case, change, message) => {
    expect(() => defineRuleSet({ ...flat, ...change })).toThrow(message);
  });
});

describe('registries key rule sets by their names', () => {
  const renamed = defineRuleSet({ ...flat, name: 'heroic' });
  it.each([
    ['two rule sets with one name', () => ruleSetRegistry([heroic, renamed]), /two named "heroic"/],
    ['a key that is not its rule set\'s name', () => withRuleSets(RULE_SETS, { 'everyone-leads': flat }), /key "everyone-leads": expected the rule set's own name, found a rule set named "flat"/],
    ['a new rule set under a bundled name', () => withRuleSets(RULE_SETS, [renamed]), /two named "heroic"/],
  ])('refuse %s', (_case, build, message) => {
    expect(build).toThrow(message);
  });

  it('add a rule set under its name, keep the bundled ones, and accept the bundled ones again', () => {
    const registry = withRuleSets(RULE_SETS, [flat, heroic]);
    expect(Object.keys(registry)).toEqual(['heroic', 'collective', 'hybrid', 'flat']);
    expect(withRuleSets(RULE_SETS, { flat }).flat).toBe(flat);
  });
});

describe('an arm is checked by the same registry whether validated or run', () => {
  const registry = withRuleSets(RULE_SETS, [flat]);
  const arm = (rules: string, parameters: Record<string, number> = {}) => ({ name: 'a', rules, parameters });
  it.each([
    ['an unknown rule set', arm('heroik'), /arms\[0\]\.rules: expected a rule set \(heroic, collective, hybrid, flat\), found "heroik"\. Did you mean "heroic"\?/, /did you mean "heroic"/],
    ['an Object.prototype member', arm('toString'), /found "toString"/, /found "toString"/],
    ['an unknown parameter', arm('hybrid', { voic: 0.5 }), /arms\[0\]\.parameters\.voic:.*Did you mean "voice"/, /voic:.*Did you mean "voice"/],
    ['a value out of range', arm('hybrid', { voice: 2 }), /arms\[0\]\.parameters\.voice: expected a number in \[0, 1\], found 2/, /voice: expected a number in \[0, 1\], found 2/],
    ['a custom rule set\'s range', arm('flat', { weight: -1 }), /parameters\.weight: expected a number in \[0, 1\], found -1/, /rule set "flat".*weight: expected a number in \[0, 1\], found -1/],
  ])('%s', (_case, given, validateMessage, runMessage) => {
    const scenario = { name: 's', description: 'd', arms: [given] };
    expect(() => parseScenario(scenario, 's.yaml', { ruleSets: registry })).toThrow(validateMessage);
    expect(() => resolveRules(parseScenario(scenario).arms[0], registry)).toThrow(runMessage);
  });

  it('fills in the defaults under the arm\'s overrides', () => {
    expect(resolveRules(arm('heroic', { voice: 0.9 }), RULE_SETS).parameters).toEqual({ ...defaultParameters(heroic), voice: 0.9 });
  });
});

describe('hybrid\'s decisions, on three people worked by hand', () => {
  // Slot 0 a consultant, 1 a trainee, 2 a chief executive.
  const unused = new Float64Array(3);
  const view: RuleAgents = {
    size: 3,
    authority: Float64Array.of(0.7, 0.2, 1),
    expertise: Float64Array.of(0.8, 0.3, 0.7),
    voice: Float64Array.of(0.4, 1, 0.1),
    ...{ grade: unused, department: unused, trainee: unused, followership: unused, activeEngagement: unused, leaderIdentity: unused },
    ...{ engagement: unused, baselineEngagement: unused, threshold: unused, grantedClaims: unused },
  };
  const p = { ...defaultParameters(hybrid), hierarchySteepness: 1, leadAuthority: 0.5, authorityInfluence: 0.25, mandateStrength: 0.1, sharedOwnership: 0.45, voice: 0.6 };
  const rules = hybrid.create(view, p, DEFAULT_MODEL);
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const { intercept, expertise, tie, gradeGap } = DEFAULT_MODEL.grant;

  it.each([
    ['mayLead(0): authority 0.7 ≥ 0.5', () => rules.mayLead(0), true],
    ['mayLead(1): authority 0.2 < 0.5', () => rules.mayLead(1), false],
    ['grant to 1 from 0 over a tie of 1: the grade gap 0.5 counts', () => rules.grantProbability(1, 0, 1), sigmoid(intercept + expertise * 0.3 + tie * 1 - 1 * gradeGap * 0.5)],
    ['grant to 0 from 1: no gap upwards', () => rules.grantProbability(0, 1, 0.5), sigmoid(intercept + expertise * 0.8 + tie * 0.5)],
    ['influence(2) = 0.75·0.7 + 0.25·1', () => rules.influence(2), 0.75 * 0.7 + 0.25 * 1],
    ['mandate from 2 on 1 = 0.1·0.8', () => rules.mandate(2, 1), 0.1 * 0.8],
    ['mandate from 1 on 2: none upwards', () => rules.mandate(1, 2), 0],
    ['handover', () => rules.handover(0), 0.45],
    ['voice(1) = 0.6·(0.5 + 1)/1.5', () => rules.voice(1), 0.6],
    ['voice(2) = 0.6·(0.5 + 0.1)/1.5', () => rules.voice(2), (0.6 * 0.6) / 1.5],
  ])('%s', (_case, decide, expected) => {
    if (typeof expected === 'boolean') expect(decide()).toBe(expected);
    else expect(decide()).toBeCloseTo(expected, 12);
  });
});

describe('types', () => {
  it('make a misspelt parameter and a write to the agents or the parameters type errors', () => {
    const typed = defineRuleSet({
      name: 'typed',
      description: 'Type checks only.',
      parameters: { voice: info(0, 1, 0.5) },
      create(agents, p) {
        // @ts-expect-error -- `voic` is not a parameter of this rule set
        const misspelt: number = p.voic; // eslint-disable-line @typescript-eslint/no-unsafe-assignment -- the deliberate type error above
        // @ts-expect-error -- rules read the agents, never write them
        agents.authority[0] = 1;
        // @ts-expect-error -- parameters are read-only
        p.voice = 1;
        return { ...decisions, voice: () => p.voice + misspelt };
      },
    });
    expect(Object.keys(typed.parameters)).toEqual(['voice']);
  });
});

/**
 * The model's vocabulary (src/model/vocabulary.ts): the indices name what they
 * say, the helpers read and nudge them as the verbs need, and the model's
 * files take their indices from it rather than working out their own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  ADOPTION_STATES,
  ALIENATED,
  COMMITTED,
  COMPLIANT,
  EXEMPLARY,
  FORMAL,
  INFORMAL,
  REGION,
  RESISTING,
  STRUCTURAL_LAYERS,
  TEAM,
  UNAWARE,
  followershipIndex,
  gradeIndex,
  gradeOf,
  inScope,
  layerIndex,
  membersOf,
  scopedTrust,
  shiftEngagement,
  shiftLeaderIdentity,
  trustScope,
} from '../../src/model/vocabulary.ts';
import { GRADES } from '../../src/scenario/grades.ts';
import { FOLLOWERSHIP_TYPES } from '../../src/trust/types.ts';

describe('the vocabulary', () => {
  it('names each index for what it holds', () => {
    expect([UNAWARE, COMPLIANT, COMMITTED, RESISTING].map((state) => ADOPTION_STATES[state])).toEqual(['unaware', 'compliant', 'committed', 'resisting']);
    expect([FORMAL, TEAM, INFORMAL].map((layer) => STRUCTURAL_LAYERS[layer])).toEqual(['formal', 'team', 'informal']);
    expect(STRUCTURAL_LAYERS.map(layerIndex)).toEqual([FORMAL, TEAM, INFORMAL]);
    expect([FOLLOWERSHIP_TYPES[EXEMPLARY], FOLLOWERSHIP_TYPES[ALIENATED]]).toEqual(['exemplary', 'alienated']);
    expect(FOLLOWERSHIP_TYPES.map(followershipIndex)).toEqual(FOLLOWERSHIP_TYPES.map((_, k) => k));
  });

  it('reads a grade back from its index', () => {
    const agents = { grade: Uint8Array.from(GRADES, gradeIndex) };
    expect(GRADES.map((_, slot) => gradeOf(agents, slot))).toEqual([...GRADES]);
  });

  it('says who a scope covers: a department, one trust, or everyone for the region', () => {
    // Two trusts: slots 0–1 in trust 0 (departments 0, 1), slots 2–3 in trust 1 (departments 2, 3).
    const staffing = { everyone: [0, 1, 2, 3], trustMembers: [[0, 1], [2, 3]], members: [[0], [1], [2], [3]] };
    expect(membersOf(staffing, REGION)).toEqual([0, 1, 2, 3]);
    expect(membersOf(staffing, 1)).toEqual([1]);
    expect(membersOf(staffing, trustScope(1))).toEqual([2, 3]);
    expect(scopedTrust(trustScope(1))).toBe(1);
    expect(scopedTrust(REGION)).toBe(-1);
    expect(scopedTrust(3)).toBe(-1);
    const agents = { department: Uint16Array.of(0, 1, 2, 3), trust: Uint16Array.of(0, 0, 1, 1) };
    expect([0, 1, 2, 3].filter((slot) => inScope(agents, 2, slot))).toEqual([2]);
    expect([0, 1, 2, 3].filter((slot) => inScope(agents, trustScope(0), slot))).toEqual([0, 1]);
    expect([0, 1, 2, 3].filter((slot) => inScope(agents, REGION, slot))).toEqual([0, 1, 2, 3]);
  });

  it('keeps engagement on 0–10 and leader identity on 0–1', () => {
    const agents = { engagement: Float64Array.of(9.5, 0.5, 5), leaderIdentity: Float64Array.of(0.9, 0.1, 0.5) };
    shiftEngagement(agents, 0, 1);
    shiftEngagement(agents, 1, -1);
    shiftEngagement(agents, 2, 1.5);
    shiftLeaderIdentity(agents, 0, 0.2);
    shiftLeaderIdentity(agents, 1, -0.2);
    shiftLeaderIdentity(agents, 2, 0.25);
    expect(Array.from(agents.engagement)).toEqual([10, 0, 6.5]);
    expect(Array.from(agents.leaderIdentity)).toEqual([1, 0, 0.75]);
  });
});

describe('the model folder', () => {
  const folder = 'src/model';
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && name !== 'vocabulary.ts')
    .map((name) => ({ name, code: readFileSync(join(folder, name), 'utf8') }));

  it('takes layer, state, followership and grade indices from the vocabulary, not its own', () => {
    const own = /\b(?:GRADES|FOLLOWERSHIP_TYPES|STRUCTURAL_LAYERS|ADOPTION_STATES)\.indexOf\(|\bconst (?:UNAWARE|COMPLIANT|COMMITTED|RESISTING|FORMAL|TEAM|INFORMAL|EXEMPLARY|ALIENATED)\b/;
    expect(sources.filter(({ code }) => own.test(code)).map(({ name }) => name)).toEqual([]);
  });

  it('leaves the hot-path conventions to docs/engine.md rather than repeating them', () => {
    const note = /\bV8\b|virtual machines?|fresh memory/;
    expect(sources.filter(({ code }) => note.test(code)).map(({ name }) => name)).toEqual([]);
    expect(readFileSync('docs/engine.md', 'utf8')).toMatch(/^## Hot paths in the model$/m);
  });

  it('has no file over 300 lines', () => {
    const long = readdirSync(folder).filter((name) => readFileSync(join(folder, name), 'utf8').split('\n').length > 300);
    expect(long).toEqual([]);
  });
});

/**
 * The contact-row weight rule (src/model/contacts.ts, `arcWeight`): one
 * function, used both for a whole weight and for the change a grant or a
 * fading tie makes to one, and the rows kept in place by it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { addGrant, arcWeight, decayFormerTies } from '../../src/model/contacts.ts';
import { recordGrant } from '../../src/model/grants.ts';
import { rotate } from '../../src/model/rotation.ts';
import { contactInvariantViolations } from './contact-invariants.ts';
import { worldFor } from './helpers.ts';

describe('the weight rule', () => {
  it('weighs an arc by strength times the source\'s influence, plus leadership', () => {
    expect(arcWeight(0.5, 0.8, 1)).toBe(1.4);
    expect(arcWeight(0, 0.8, 0)).toBe(0);
  });

  it('gives a change in weight from changes in strength and leadership (it is linear)', () => {
    const [strength, influence, leadership, fade, grant] = [0.75, 0.6, 0.5, -0.25, 0.5];
    expect(arcWeight(strength, influence, leadership) + arcWeight(fade, influence, grant)).toBeCloseTo(arcWeight(strength + fade, influence, leadership + grant), 12);
    // A grant changes the weight by exactly what it adds, bit for bit, whatever the source's influence.
    for (const source of [0, 0.3, 1, 7.25]) expect(arcWeight(0, source, 0.5)).toBe(0.5);
  });

  it('keeps the rows by the rule as grants and fading ties update them in place', () => {
    const world = worldFor('collective', { weeks: 40 });
    world.week = 26;
    rotate(world, ['fy1', 'fy2']);
    const { contacts, agents } = world;
    for (let granter = 0; granter < 40; granter++) {
      const claimer = contacts.neighbours[contacts.offsets[granter]];
      addGrant(contacts, agents.department, granter, claimer, world.week, world.model.ties.perGrant);
      recordGrant(world.grants, granter, claimer);
    }
    for (let week = 27; week < 40; week++) {
      world.week = week;
      decayFormerTies(contacts, world.ties, week, world.model.ties);
    }
    expect(contacts.formerArcs.length).toBeGreaterThan(0);
    expect(contactInvariantViolations(world)).toEqual([]);
  });

  it('is written once: no other code in the model multiplies by a person\'s influence', () => {
    const folder = 'src/model';
    const byHand = /\*\s*(?:contacts\.)?influenceOf\[|influenceOf\[[^\]]*\]?\]\s*\*/;
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && byHand.test(readFileSync(join(folder, name), 'utf8')));
    expect(files).toEqual([]);
  });
});

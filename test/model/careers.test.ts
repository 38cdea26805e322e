import { describe, expect, it } from 'vitest';

import { GRADES } from '../../src/scenario/grades.ts';
import { worldGraph } from '../../src/model/sync.ts';
import { gradeIndex } from '../../src/model/vocabulary.ts';
import type { Ledger, World } from '../../src/model/world.ts';
import { contactInvariantViolations } from './contact-invariants.ts';
import { regionWorld, runWeeks, slotsOfGrade } from './region-helpers.ts';

const TRAINING = ['fy1', 'fy2', 'coreTrainee', 'registrar'] as const;
const NEXT: Record<string, string> = { fy1: 'fy2', fy2: 'coreTrainee', coreTrainee: 'registrar' };

/** Every person by key: grade, trust and week in grade. */
function people(world: World): Map<string, { grade: string; trust: number; since: number }> {
  const { agents } = world;
  return new Map(agents.keys.map((key, slot) => [key, { grade: GRADES[agents.grade[slot]], trust: agents.trust[slot], since: agents.gradeSince[slot] }]));
}

type Counts = Pick<Ledger, 'traineesStarted' | 'traineesProgressed' | 'traineesFinished' | 'movedBetweenTrusts'>;
const counts = ({ traineesStarted, traineesProgressed, traineesFinished, movedBetweenTrusts }: Ledger): Counts => ({ traineesStarted, traineesProgressed, traineesFinished, movedBetweenTrusts });

/** What a changeover did, read from who is where before and after. */
function happened(before: ReturnType<typeof people>, after: ReturnType<typeof people>): Counts {
  let traineesStarted = 0;
  let traineesProgressed = 0;
  let traineesFinished = 0;
  let movedBetweenTrusts = 0;
  for (const [key, was] of before) {
    if (!(TRAINING as readonly string[]).includes(was.grade)) continue;
    const now = after.get(key);
    if (now === undefined || now.grade === 'consultant') traineesFinished++;
    else if (now.grade === NEXT[was.grade]) traineesProgressed++;
    if (now !== undefined && now.trust !== was.trust) movedBetweenTrusts++;
  }
  for (const [key, now] of after) if (!before.has(key) && (TRAINING as readonly string[]).includes(now.grade)) traineesStarted++;
  return { traineesStarted, traineesProgressed, traineesFinished, movedBetweenTrusts };
}

describe('careers over two years in a region of three trusts', () => {
  // Rotation between trusts off, so that every change of trust is a career's.
  const world = regionWorld(3, { ideas: { rate: 0 }, trust: { careers: { enabled: true }, rotations: { betweenTrusts: { foundation: 0, core: 0, registrar: 0 } } } });
  const posts = (grade: string) => slotsOfGrade(world, gradeIndex(grade as (typeof GRADES)[number]));
  const years = world.scenario.trust.careers.years;
  const snapshots: ReturnType<typeof people>[] = [];
  const ledgers: Counts[] = [];
  runWeeks(world, 0, 52);
  snapshots.push(people(world));
  ledgers.push(counts(world.ledger));
  runWeeks(world, 52, 53);
  snapshots.push(people(world));
  ledgers.push(counts(world.ledger));
  runWeeks(world, 53, 105);
  snapshots.push(people(world));
  ledgers.push(counts(world.ledger));
  const [yearOne, , yearTwo] = snapshots;

  it('leaves nobody stranded in the first year: founders are staggered over their grade\'s years', () => {
    expect(ledgers[0]).toEqual({ traineesStarted: 0, traineesProgressed: 0, traineesFinished: 0, movedBetweenTrusts: 0 });
    const registrarSince = posts('registrar').map((slot) => yearOne.get(world.agents.keys[slot])?.since);
    expect(new Set(registrarSince.filter((s) => s !== undefined && s <= 0)).size).toBeGreaterThan(1);
  });

  it('makes every FY1 of a year an FY2 or gone the next, and fills FY1 posts with a new cohort', () => {
    for (const [from, to] of [[yearOne, snapshots[1]], [snapshots[1], yearTwo]] as const) {
      for (const [key, was] of from) if (was.grade === 'fy1') expect(to.get(key)?.grade ?? 'gone', key).toMatch(/^(fy2|gone)$/);
      const fy1 = [...to].filter(([, now]) => now.grade === 'fy1');
      expect(fy1.length).toBe(posts('fy1').length);
      for (const [key] of fy1) expect(from.has(key)).toBe(false);
    }
    // The cohort that started at week 52 is all in FY2 posts or gone at week 104.
    const cohort = [...snapshots[1]].filter(([key, now]) => now.grade === 'fy1' && !yearOne.has(key));
    expect(cohort.length).toBe(posts('fy1').length);
    for (const [key] of cohort) expect(yearTwo.get(key)?.grade ?? 'gone').toMatch(/^(fy2|gone)$/);
  });

  it('moves on only those whose years are done', () => {
    const after = snapshots[1];
    for (const [key, was] of yearOne) {
      if (!(TRAINING as readonly string[]).includes(was.grade)) continue;
      const finishing = 52 - was.since >= 52 * years[was.grade as keyof typeof years];
      const now = after.get(key);
      if (!finishing) expect(now?.grade, key).toBe(was.grade);
      else expect(now?.grade ?? 'gone', key).not.toBe(was.grade);
    }
  });

  it('counts in the ledger exactly what happened, and moves some trainees between trusts', () => {
    for (const k of [1, 2]) {
      const delta = Object.fromEntries(Object.entries(ledgers[k]).map(([field, n]) => [field, n - ledgers[k - 1][field as keyof Counts]]));
      expect(delta, `changeover ${String(k)}`).toEqual(happened(snapshots[k - 1], snapshots[k]));
    }
    // Posts are fixed: every trainee who leaves training frees one training post for a new starter.
    expect(ledgers[2].traineesStarted).toBe(ledgers[2].traineesFinished);
    expect(ledgers[2].movedBetweenTrusts).toBeGreaterThan(0);
    expect(ledgers[2].traineesProgressed).toBeGreaterThan(0);
    expect(world.flows.movers.reduce((a, b) => a + b, 0)).toBe(ledgers[2].movedBetweenTrusts);
    expect(contactInvariantViolations(world)).toEqual([]);
  });
});

describe('careers in a single trust', () => {
  it('bring arrivals from and send leavers to the rest of the region, and keep the graph true to who is where', () => {
    const world = regionWorld(1, { ideas: { rate: 0.002 }, trust: { careers: { enabled: true } } });
    runWeeks(world, 0, 53);
    const { ledger } = world;
    expect(ledger.traineesStarted).toBeGreaterThan(0);
    expect(ledger.traineesStarted).toBe(ledger.traineesFinished);
    expect(ledger.traineesProgressed).toBeGreaterThan(0);
    expect([ledger.movedBetweenTrusts, ledger.ideasCarried]).toEqual([0, 0]);
    // Everyone once, each node with the grade of the post they hold now.
    const graph = worldGraph(world);
    expect(graph.order).toBe(world.agents.size);
    world.agents.keys.forEach((key, slot) => expect(graph.getNodeAttribute(key, 'grade')).toBe(GRADES[world.agents.grade[slot]]));
    expect(contactInvariantViolations(world)).toEqual([]);
  });
});

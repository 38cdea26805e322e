import { describe, expect, it } from 'vitest';

import { placePeople, planSeats } from '../../src/demo/page/layout.ts';
import { createSession } from '../../src/demo/worker/session.ts';
import { defaultSettings } from '../../src/demo/shared/settings.ts';
import { RULE_SETS } from '../../src/leadership/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

const flagship = loadScenario('scenarios/flagship.yaml', { ruleSets: RULE_SETS });
const session = createSession(flagship, defaultSettings(flagship), { leadsimVersion: 'test' });
const { picture } = session;

function seatsOf(positions: Float64Array): string[] {
  return Array.from({ length: positions.length / 2 }, (_, slot) => `${positions[2 * slot].toFixed(6)},${positions[2 * slot + 1].toFixed(6)}`);
}

function clusterOf(plan: ReturnType<typeof planSeats>, positions: Float64Array, slot: number): number {
  return plan.clusters.findIndex((c) => Math.hypot(positions[2 * slot] - c.x, positions[2 * slot + 1] - c.y) <= c.radius + 1e-9);
}

describe('the network layout', () => {
  it('is the same every time for the same trust, one seat per person, each in their department’s cluster', () => {
    const plan = planSeats(picture, 1.8);
    const positions = placePeople(plan, picture, picture.department);
    expect(positions).toEqual(placePeople(planSeats(picture, 1.8), picture, picture.department));
    expect(new Set(seatsOf(positions)).size).toBe(picture.size);
    for (let slot = 0; slot < picture.size; slot++) expect(clusterOf(plan, positions, slot)).toBe(picture.department[slot]);
  });

  it('puts the most senior at the centre of each cluster', () => {
    const plan = planSeats(picture, 1.8);
    const positions = placePeople(plan, picture, picture.department);
    const emergency = picture.departments.indexOf('emergency');
    const members = [...picture.department.keys()].filter((slot) => picture.department[slot] === emergency);
    const centre = plan.clusters[emergency];
    const nearest = members.reduce((a, b) =>
      Math.hypot(positions[2 * a] - centre.x, positions[2 * a + 1] - centre.y) <= Math.hypot(positions[2 * b] - centre.x, positions[2 * b + 1] - centre.y) ? a : b,
    );
    expect(picture.authority[nearest]).toBe(Math.max(...members.map((slot) => picture.authority[slot])));
  });

  it('moves rotating trainees into their new department’s seats, keeping one seat per person', () => {
    const plan = planSeats(picture, 1.8);
    // Past the first foundation changeover (week 17).
    for (let week = 0; week < 18; week++) session.step();
    const [{ department }] = session.snapshots({ initiative: null });
    const moved = [...department.keys()].filter((slot) => department[slot] !== picture.department[slot]);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((slot) => picture.trainee[slot] === 1)).toBe(true);
    const positions = placePeople(plan, picture, department);
    expect(new Set(seatsOf(positions)).size).toBe(picture.size);
    for (const slot of moved) expect(clusterOf(plan, positions, slot)).toBe(department[slot]);
  });

  it('chooses the grid that fills a wide panel best', () => {
    const wide = planSeats(picture, 1.8).clusters;
    const tall = planSeats(picture, 0.5).clusters;
    const columns = (clusters: { x: number }[]) => new Set(clusters.map((c) => c.x.toFixed(6))).size;
    expect(columns(wide)).toBeGreaterThan(columns(tall));
  });
});

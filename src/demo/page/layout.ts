/**
 * Where each person is drawn
 * ==========================
 *
 *   trust at the start ─► one cluster per department on a grid, seniors at
 *   the centre (a sunflower spiral by authority) ─► a seat per person
 *
 * Deterministic: the layout depends only on the trust, never on a random draw.
 * Staff other than trainees keep their seat for the whole run (a new starter
 * takes the leaver's). Trainees rotate between departments; a rotation swaps
 * posts within a grade, so each department keeps its number of trainee posts
 * of each grade, and the trainees now in a department take its seats for
 * their grade in seat order. Anyone beyond those seats (should the model ever
 * move people otherwise) gets a seat on the rim of the cluster.
 */
import type { TrustPicture } from '../shared/view.ts';

/** Distance between neighbours on the spiral, in layout units. */
export const SPACING = 1;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Empty space between clusters, in spacings (room for a department's name). */
const GAP = 3;

export interface Cluster {
  x: number;
  y: number;
  radius: number;
}

export interface SeatPlan {
  clusters: Cluster[];
  /** Seat of each slot whose department never changes; trainees' entries are their first seats. */
  home: Float64Array;
  /** Seats for trainees, by department and grade (groupKey), in seat order. */
  traineeSeats: Map<number, number[]>;
  /** Seats taken at the start, per department (the next rim seat). */
  filled: number[];
}

function spiral(cluster: Cluster, k: number): [number, number] {
  // Sunflower (Vogel) spiral: even density, the first seats at the centre.
  const r = 0.55 * SPACING * Math.sqrt(k + 0.5);
  return [cluster.x + r * Math.cos(k * GOLDEN_ANGLE), cluster.y + r * Math.sin(k * GOLDEN_ANGLE)];
}

/** One number per department and grade (fewer than 256 grades). */
const groupKey = (department: number, grade: number) => department * 256 + grade;

/** Clusters on a grid about as wide as `aspect` (width / height) asks, the executive last. */
export function planSeats(picture: TrustPicture, aspect: number): SeatPlan {
  const { size, departments, department, authority, grade, trainee } = picture;
  const members: number[][] = departments.map(() => []);
  for (let slot = 0; slot < size; slot++) members[department[slot]].push(slot);
  // Seniors first, so they sit at the centre; ties by grade, then seat.
  for (const list of members) list.sort((a, b) => authority[b] - authority[a] || grade[a] - grade[b] || a - b);

  const largest = Math.max(...members.map((list) => list.length));
  const cell = 2 * 0.55 * SPACING * Math.sqrt(largest + 0.5) + GAP * SPACING;
  const columns = bestColumns(departments.length, aspect);
  const clusters = members.map((list, d): Cluster => ({
    x: (d % columns) * cell,
    // Rows go down the screen (sigma's y axis points up).
    y: -Math.floor(d / columns) * cell,
    radius: 0.55 * SPACING * Math.sqrt(list.length + 0.5),
  }));

  const home = new Float64Array(2 * size);
  const traineeSeats = new Map<number, number[]>();
  members.forEach((list, d) => { list.forEach((slot, k) => {
      [home[2 * slot], home[2 * slot + 1]] = spiral(clusters[d], k);
      if (trainee[slot] !== 1) return;
      const key = groupKey(d, grade[slot]);
      const seats = traineeSeats.get(key);
      if (seats === undefined) traineeSeats.set(key, [k]);
      else seats.push(k);
    }); },
  );
  return { clusters, home, traineeSeats, filled: members.map((list) => list.length) };
}

/** The number of grid columns that lets square cells be largest in a box `aspect` times as wide as high. */
function bestColumns(cells: number, aspect: number): number {
  let best = 1;
  let bestCell = 0;
  for (let columns = 1; columns <= cells; columns++) {
    const cell = Math.min(aspect / columns, 1 / Math.ceil(cells / columns));
    if (cell > bestCell) [best, bestCell] = [columns, cell];
  }
  return best;
}

/** Every slot's position (x, y interleaved) given where everyone works now. */
export function placePeople(plan: SeatPlan, picture: TrustPicture, departmentNow: ArrayLike<number>): Float64Array {
  const positions = plan.home.slice();
  const rim = [...plan.filled];
  const taken = new Map<number, number>();
  for (let slot = 0; slot < picture.size; slot++) {
    if (picture.trainee[slot] !== 1) continue;
    const d = departmentNow[slot];
    const key = groupKey(d, picture.grade[slot]);
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    const k = plan.traineeSeats.get(key)?.[n] ?? rim[d]++;
    [positions[2 * slot], positions[2 * slot + 1]] = spiral(plan.clusters[d], k);
  }
  return positions;
}

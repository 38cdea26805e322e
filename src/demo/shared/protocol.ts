/**
 * What crosses between the build, the page and the simulation worker
 * ==================================================================
 *
 *   build (server/presets.ts) ─► presets.json ─► page
 *   page ─► PageMessage ─► worker ─► WorkerMessage ─► page
 *
 * The page sends what the room does; the worker answers with weeks run and
 * snapshots of both arms. Only plain data crosses: scenarios, settings,
 * series points and typed arrays (transferred, not copied).
 */
import type { SeriesPoint } from '../../results/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Intervention, Outcome } from './interventions.ts';
import type { Pair } from './pair.ts';
import type { RoomSettings } from './settings.ts';
import type { ArmSnapshot, TrustPicture, View } from './view.ts';

export interface Preset {
  name: string;
  description: string;
  scenario: Scenario;
}

/** What the build ships to the page (presets.json): the presets, and the version that made them. */
export interface Bundle {
  leadsimVersion: string;
  presets: Preset[];
}

/** Where the run comes from, for the exported data. */
export interface Provenance {
  leadsimVersion: string;
}

export interface WeekReport {
  weeksDone: number;
  /** Per arm, every metric measured after the week. */
  points: Pair<SeriesPoint[]>;
  outcomes: Outcome[];
  /** Time both arms took to run the week, milliseconds. */
  stepMs: number;
}

export type PageMessage =
  /** A new session, run at once up to `toWeek` (0: stay at the start). */
  | { type: 'start'; preset: Scenario; settings: RoomSettings; provenance: Provenance; view: View; toWeek: number }
  /** Run on, aiming at this many weeks a second (null: as fast as it goes). */
  | { type: 'play'; weeksPerSecond: number | null }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'intervene'; intervention: Intervention }
  | { type: 'view'; view: View }
  /** The page has drawn the last snapshot: the worker may send the next (one in flight at a time). */
  | { type: 'drawn' }
  | { type: 'export' };

export type WorkerMessage =
  | { type: 'started'; scenario: Scenario; arms: Pair<string>; picture: TrustPicture }
  | { type: 'catching-up'; weeksDone: number; toWeek: number }
  /**
   * Weeks run since the last frame (none after a change of view) and, unless
   * the page is still drawing the last ones, both arms as they are now.
   */
  | { type: 'frame'; weeks: WeekReport[]; snapshots: Pair<ArmSnapshot> | null }
  | { type: 'playing'; playing: boolean; finished: boolean }
  | { type: 'csv'; text: string }
  | { type: 'error'; message: string };

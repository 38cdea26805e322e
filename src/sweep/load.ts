/**
 * Loading a sweep
 * ===============
 *
 *   sweep file ──▶ Sweep ──▶ base scenario (+ overrides) ──▶ design points
 *              ──▶ one validated scenario per point
 *
 * Errors name the sweep file, or the point whose scenario is invalid.
 */
import { existsSync } from 'node:fs';

import { LeadsimError } from '../errors.ts';
import { RULE_SETS } from '../leadership/index.ts';
import { stream } from '../random/stream.ts';
import { resolveScenarioFile } from '../scenario/bundled.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario, parseScenario, parseWith, readDocument } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { applyFactors } from './apply-factors.ts';
import { designPoints } from './design.ts';
import type { DesignPoint } from './design.ts';
import { sweepSchema } from './schema.ts';
import type { Sweep } from './schema.ts';

export interface PlannedPoint extends DesignPoint {
  readonly scenario: Scenario;
}

export interface SweepPlan {
  readonly file: string;
  readonly sweep: Sweep;
  readonly base: Scenario;
  readonly points: readonly PlannedPoint[];
}

export function loadSweep(file: string): SweepPlan {
  const { data, locate } = readDocument(file);
  return planSweep(parseWith(sweepSchema, data, file, locate), file);
}

export function planSweep(sweep: Sweep, file: string): SweepPlan {
  const ruleSets = RULE_SETS;
  const base = loadBaseScenario(sweep, file, 'sweep');
  const points = designPoints(sweep, stream(base.seed, 'sweep', sweep.name)).map((point) => {
    const label = Object.entries(point.factors).map(([name, value]) => `${name} = ${value}`).join(', ');
    const scenario = parseScenario(applyFactors(base, sweep.factors, point.factors, file), `${file} at ${point.point} (${label})`, { ruleSets });
    return { ...point, scenario };
  });
  return { file, sweep, base, points };
}

/** The scenario a sweep (or sensitivity) file names, with the file's overrides of seed, weeks, replicates, arms and events. */
export function loadBaseScenario(overrides: Pick<Sweep, 'scenario' | 'seed' | 'weeks' | 'replicates' | 'arms' | 'events'>, file: string, kind: string): Scenario {
  const ruleSets = RULE_SETS;
  let baseFile: string | null;
  try {
    baseFile = resolveScenarioFile(overrides.scenario, file);
  } catch (error) {
    // A bare name that is neither a file nor a bundled scenario: said of this file's `scenario` field.
    if (!(error instanceof LeadsimError)) throw error;
    baseFile = null;
  }
  if (baseFile === null || !existsSync(baseFile))
    throw new ScenarioError([
      { file, path: 'scenario', expected: `a scenario file (relative to this ${kind} file) or the name of a bundled scenario`, found: `${JSON.stringify(overrides.scenario)}, which is neither` },
    ]);
  const loaded = loadScenario(baseFile, { ruleSets });
  const given = Object.fromEntries((['seed', 'weeks', 'replicates', 'arms', 'events'] as const).filter((k) => overrides[k] !== undefined).map((k) => [k, overrides[k]]));
  return parseScenario({ ...loaded, ...given }, `${file} (base scenario with the ${kind}'s overrides)`, { ruleSets });
}

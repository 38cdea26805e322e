/**
 * Model constants, as a run reads them
 * ====================================
 *
 * The numbers themselves are scenario parameters (`model:` in a scenario,
 * src/scenario/model-schema.ts, with their defaults and sources). This file
 * gives the model their type and the per-followership-style tables the loops
 * index, worked out once per run.
 */
import { modelSchema } from '../scenario/model-schema.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { FOLLOWERSHIP_TYPES } from '../trust/types.ts';
import { tieModel } from './ties.ts';
import type { TieModel } from './ties.ts';

export type { ModelParameters };

/** The model's constants with every default: today's calibration. */
export const DEFAULT_MODEL: ModelParameters = modelSchema.parse(undefined);

/** A scenario's model constants with the followership responses as arrays by style index, for the hot loops. */
export interface CompiledModel {
  readonly parameters: ModelParameters;
  /** Threshold multiplier by style (NaN for those who follow the majority). */
  readonly thresholdScale: Float64Array;
  /** Fixed threshold of those who follow the majority (NaN for the rest). */
  readonly majority: Float64Array;
  /** How readily each style complies with a mandate. */
  readonly mandateResponse: Float64Array;
  readonly ties: TieModel;
}

export function compileModel(scenario: Pick<Scenario, 'trust' | 'model'>): CompiledModel {
  const parameters = scenario.model;
  const { responses } = parameters;
  return {
    parameters,
    ties: tieModel(scenario),
    thresholdScale: Float64Array.from(FOLLOWERSHIP_TYPES, (style) => (style === 'pragmatist' ? Number.NaN : responses[style].threshold)),
    majority: Float64Array.from(FOLLOWERSHIP_TYPES, (style) => (style === 'pragmatist' ? responses.pragmatist.majority : Number.NaN)),
    mandateResponse: Float64Array.from(FOLLOWERSHIP_TYPES, (style) => responses[style].mandate),
  };
}

/**
 * Build a synthetic trust
 * =======================
 *
 * A scenario's trust from its own stream: as a workforce of typed arrays (what
 * a run starts from), or as a graphology graph of the same people and ties
 * (for scripts, network files and the tests of the structure). How a trust is
 * built: src/trust/build-workforce.ts.
 */
import type { RandomStream } from '../random/stream.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import { DEFAULT_MODEL } from '../model/constants.ts';
import { buildWorkforce } from './build-workforce.ts';
import type { TrustSpec } from './build-workforce.ts';
import { trustGraph } from './trust-graph.ts';
import type { TrustGraph } from './types.ts';
import type { Workforce } from './workforce.ts';

export type { TrustSpec } from './build-workforce.ts';
export { EXECUTIVE } from './workforce.ts';

/** The trust of a scenario as typed arrays; `model` gives the grade table and trait distributions (by default, the model's defaults). */
export function buildTrustWorkforce(spec: TrustSpec, random: RandomStream, model: ModelParameters = DEFAULT_MODEL): Workforce {
  return buildWorkforce([{ spec, random }], model);
}

/** The same trust as a graph. */
export function buildTrust(spec: TrustSpec, random: RandomStream, model: ModelParameters = DEFAULT_MODEL): TrustGraph {
  return trustGraph(buildTrustWorkforce(spec, random, model));
}

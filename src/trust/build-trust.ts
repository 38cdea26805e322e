/**
 * Build a synthetic trust
 * =======================
 *
 * A scenario's trust from its own stream: as a workforce of typed arrays (what
 * a run starts from), or as a graphology graph of the same people and ties
 * (for scripts, network files and the tests of the structure). How a trust is
 * built: src/trust/build-workforce.ts. A scenario with a `region` builds its
 * trusts and the ties between them (src/trust/many-trusts.ts).
 */
import type { RandomStream } from '../random/stream.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import { regionTrustSizes } from '../scenario/region-trusts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DEFAULT_MODEL } from '../model/constants.ts';
import { buildWorkforce } from './build-workforce.ts';
import { buildRegionTrusts } from './many-trusts.ts';
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

/**
 * The workforce a scenario's runs start from: its one trust, exactly as
 * `buildTrustWorkforce` builds it, or its region's trusts (each from the
 * stream's `trust`, k) and the ties between them (its `between-trusts`).
 */
export function buildScenarioWorkforce(scenario: Pick<Scenario, 'trust' | 'region' | 'seed' | 'model'>, random: RandomStream): Workforce {
  const { region } = scenario;
  if (region === undefined) return buildTrustWorkforce(scenario.trust, random, scenario.model);
  return buildRegionTrusts({ name: region.name, trusts: regionTrustSizes(scenario), template: scenario.trust, model: scenario.model, random, ties: region.ties });
}

/**
 * Presets
 * =======
 *
 * A preset is an existing rule set under a new name with other defaults:
 * `heroic` and `collective` are points on the hybrid continuum.
 */
import type { ParameterInfo, RuleParameters, RuleSet } from './rule-set.ts';

export function preset<P extends RuleParameters>(
  base: RuleSet<P>,
  name: string,
  description: string,
  defaults: { [K in keyof P]: number },
): RuleSet<P> {
  const parameters = Object.fromEntries(
    Object.entries(base.parameters).map(([key, info]) => [key, { ...(info as ParameterInfo), default: defaults[key] }]),
  ) as RuleSet<P>['parameters'];
  return { name, description, parameters, create: base.create };
}

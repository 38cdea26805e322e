/**
 * The leadership rule-set contract
 * ================================
 *
 * A rule set decides who may lead, whose claims are granted, whose adoption
 * weighs on others, how hard seniors can push, and whether a project survives
 * its lead leaving. It is a small object made by `defineRuleSet`: a name,
 * documented numeric parameters with their ranges and defaults, and `create`,
 * which returns the decisions for one run from a read-only view of the agents,
 * its parameters and the scenario's model constants (`model:`, for rule sets
 * built on the model's logistic forms). The engine calls only these; a new
 * rule set is one file plus one line in ./index.ts, or a module named on the
 * command line (--rule-set-module), or one passed to the runner from code.
 */
import { LeadsimError } from '../errors.ts';
import type { ModelParameters } from '../scenario/model-schema.ts';
import type { RuleAgents } from './rule-agents.ts';

export interface ParameterInfo {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

/** A rule set's parameter values by name: exactly the names it declares, so a misspelt one is a type error. */
export type ParameterValues<N extends string> = Readonly<Record<N, number>>;

export interface RuleSet<N extends string = string> {
  /** The name arms give it (`rules:`) and the registry's key for it. */
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<N, ParameterInfo>>;
  create(agents: RuleAgents, parameters: ParameterValues<N>, model: Readonly<ModelParameters>): Leadership;
}

/** The parameter names of a rule set, e.g. `ParameterNames<typeof hybrid>`. */
export type ParameterNames<R> = R extends RuleSet<infer N> ? N : never;

/** The decisions a rule set makes; agents are slots of the run's agent table. */
export interface Leadership {
  /** May agent i launch or lead an initiative without escalating it up the formal chain? */
  mayLead(i: number): boolean;
  /** Chance that `granter` grants `claimer`'s claim, given the tie strength between them. */
  grantProbability(claimer: number, granter: number, tie: number): number;
  /**
   * Weight of agent j's adoption in the eyes of those tied to j (before tie strength). Read when
   * the contact rows are built (at the start and at each rotation) and when a new starter takes
   * j's seat, so it should depend on traits a person keeps, not on state that changes weekly.
   */
  influence(j: number): number;
  /** Weekly chance that a mandate from `sponsor` makes agent i comply (before i's followership style). */
  mandate(sponsor: number, i: number): number;
  /** Chance that a leaving lead hands an initiative over rather than orphaning it. */
  handover(lead: number): number;
  /** Chance that agent i's voice is heard when they push back or negotiate. */
  voice(i: number): number;
}

/** A rule-set name: what an arm's `rules:` can name and a registry can key (as scenario slugs are). */
const NAME = /^[a-z\d]+(?:-[a-z\d]+)*$/;

/**
 * A rule set, checked once when it is defined: a slug for a name, and each
 * parameter a finite range [min, max] holding its default. Parameter names
 * come from `parameters`, so `create` sees exactly those, read-only.
 */
export function defineRuleSet<const N extends string>(definition: RuleSet<N>): RuleSet<N> {
  const { name } = definition;
  const where = `rule set ${JSON.stringify(name)}`;
  if (typeof name !== 'string' || !NAME.test(name))
    throw new RuleSetDefinitionError(`rule set: expected a name of lower-case letters, digits and single hyphens (e.g. "protected-trainees"), found ${JSON.stringify(name)}`);
  if (typeof definition.create !== 'function') throw new RuleSetDefinitionError(`${where}: expected create to be a function, found ${typeof definition.create}`);
  for (const [parameter, info] of Object.entries<ParameterInfo>(definition.parameters)) {
    const { min, max, default: value } = info;
    if (!(Number.isFinite(min) && Number.isFinite(max) && min <= max))
      throw new RuleSetDefinitionError(`${where}: parameter ${parameter}: expected finite min ≤ max, found [${String(min)}, ${String(max)}]`);
    if (!(typeof value === 'number' && value >= min && value <= max))
      throw new RuleSetDefinitionError(`${where}: parameter ${parameter}: expected a default in [${String(min)}, ${String(max)}], found ${String(value)}`);
  }
  return Object.freeze({ ...definition });
}

/** A rule set's parameters at their defaults. */
export function defaultParameters<N extends string>(ruleSet: RuleSet<N>): ParameterValues<N> {
  return mapParameters(ruleSet.parameters, (info) => info.default);
}

/** Something for each of a rule set's parameters, keyed as they are. */
export function mapParameters<N extends string, T>(parameters: Readonly<Record<N, ParameterInfo>>, f: (info: ParameterInfo, name: N) => T): Record<N, T> {
  const mapped: Record<string, T> = {};
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- Object.entries widens the keys of a record keyed by exactly N
  for (const [name, info] of Object.entries<ParameterInfo>(parameters)) mapped[name] = f(info, name as N);
  return mapped;
}

/** A rule set that breaks the contract: a bad name, a range not holding its default. */
export class RuleSetDefinitionError extends LeadsimError {
  override name = 'RuleSetDefinitionError';
}

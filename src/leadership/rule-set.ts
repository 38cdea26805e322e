/**
 * The leadership rule-set contract
 * ================================
 *
 * A rule set decides who may lead, whose claims are granted, whose adoption
 * weighs on others, how hard seniors can push, and whether a project survives
 * its lead leaving. It is a small object: a name, documented numeric
 * parameters with defaults, and `create`, which returns the decisions for one
 * run from the agents, its parameters and the scenario's model constants
 * (`model:`, for rule sets built on the model's logistic forms). The engine calls only these; a new rule set is one file registered in
 * ./index.ts, or passed to the runner from code.
 */
import type { AgentTable } from '../model/agents.ts';
import type { ModelParameters } from '../model/constants.ts';

export type RuleParameters = Record<string, number>;

export interface ParameterInfo {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

export interface RuleSet<P extends RuleParameters = RuleParameters> {
  readonly name: string;
  readonly description: string;
  readonly parameters: { readonly [K in keyof P]: ParameterInfo };
  create(agents: AgentTable, parameters: P, model: ModelParameters): Leadership;
}

/** The decisions a rule set makes; agents are indices into the AgentTable. */
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

/** Rule sets by the name arms give them. */
export type RuleSetRegistry = Readonly<Record<string, RuleSet<RuleParameters>>>;

export function defaultParameters<P extends RuleParameters>(ruleSet: RuleSet<P>): P {
  return Object.fromEntries(Object.entries(ruleSet.parameters).map(([k, info]) => [k, (info as ParameterInfo).default])) as P;
}

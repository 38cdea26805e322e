/**
 * What `leadsim run` prints
 * =========================
 *
 * The run's summary, as text for a person (the trust's size, each arm and
 * what it stands for, the arms side by side, their paired differences, where
 * the files went) or as one JSON document for a pipeline (`--json`: the same
 * facts, summary.json's statistics and comparisons.csv's rows).
 */
import { comparisonRows, formatComparisonTable, formatSummaryTable, summaryJson } from '../exporters/index.ts';
import type { ComparisonRow, SummaryJson } from '../exporters/index.ts';
import type { ScenarioResults } from '../results/index.ts';
import { findRuleSet } from '../leadership/index.ts';
import type { RuleSetRegistry } from '../leadership/index.ts';
import { scenarioDepartments, scenarioTrusts } from '../scenario/region-trusts.ts';
import type { Scenario } from '../scenario/index.ts';

/** Staff in the trust each replicate built: the same trust settings give a slightly different trust per replicate. */
export interface TrustSize {
  staff: { mean: number; min: number; max: number };
  departments: number;
  /** Trusts in the world: 1, or a region's. */
  trusts: number;
  /** The region's name, or null for a scenario of one trust. */
  region: string | null;
}

export interface ArmSummary {
  name: string;
  rules: string;
  /** The arm's own description, else its rule set's. */
  description: string;
}

export interface RunSummary {
  scenario: { name: string; description: string; file: string; seed: number; weeks: number; replicates: number };
  trust: TrustSize;
  arms: ArmSummary[];
  /** Absolute paths: the results folder, its report, and every file written. */
  out: string;
  report: string;
  files: string[];
  summary: SummaryJson;
  comparisons: ComparisonRow[];
}

export function trustSize(scenario: Scenario, staffPerReplicate: readonly number[]): TrustSize {
  const trusts = scenarioTrusts(scenario);
  const total = staffPerReplicate.reduce((sum, n) => sum + n, 0);
  return {
    staff: { mean: total / staffPerReplicate.length, min: Math.min(...staffPerReplicate), max: Math.max(...staffPerReplicate) },
    departments: scenarioDepartments(trusts).length,
    trusts: trusts.length,
    region: scenario.region?.name ?? null,
  };
}

export function armSummaries(scenario: Scenario, ruleSets: RuleSetRegistry): ArmSummary[] {
  return scenario.arms.map(({ name, rules, description }) => ({ name, rules, description: description ?? findRuleSet(ruleSets, rules)?.description ?? '' }));
}

export function runSummary(
  scenario: Scenario,
  file: string,
  results: ScenarioResults,
  facts: { trust: TrustSize; arms: ArmSummary[]; out: string; report: string; files: string[] },
): RunSummary {
  const { name, description, seed, weeks, replicates } = scenario;
  return { scenario: { name, description, file, seed, weeks, replicates }, ...facts, summary: summaryJson(results), comparisons: comparisonRows(results) };
}

export function runSummaryText(summary: RunSummary, results: ScenarioResults): string {
  const { scenario, trust, arms } = summary;
  const { mean, min, max } = trust.staff;
  const staff = min === max ? `${min} staff` : `${Math.round(mean)} staff on average (${min}–${max} across replicates)`;
  const width = Math.max(...arms.map((arm) => arm.name.length));
  return [
    `${scenario.name}: ${scenario.description}`,
    `${arms.length} arms × ${scenario.replicates} replicates × ${scenario.weeks} weeks, seed ${scenario.seed}`,
    trust.region === null ? `trust: ${staff} in ${trust.departments} departments` : `region ${trust.region}: ${staff} in ${trust.trusts} trusts, ${trust.departments} departments`,
    ...arms.map((arm) => `  ${arm.name.padEnd(width)}  ${arm.description}${arm.rules === arm.name ? '' : ` (rules: ${arm.rules})`}`),
    '',
    formatSummaryTable(results),
    '',
    formatComparisonTable(results),
    '',
    `${summary.files.length} files written to ${summary.out}; ${summary.report} to share`,
    '',
  ].join('\n');
}

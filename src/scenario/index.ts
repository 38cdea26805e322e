/**
 * Scenarios: the file format, its loading and validation
 * ======================================================
 */
export { GRADES, TRAINEE_GRADES } from './grades.ts';
export type { Grade } from './grades.ts';
export type { Scenario, ScenarioInput } from './schema.ts';
export { loadScenario, parseScenario } from './load.ts';
export type { ScenarioOptions } from './load.ts';
export { ScenarioError } from './errors.ts';
export type { ScenarioIssue } from './errors.ts';
export { checkParameters } from './rule-sets.ts';
export type { RuleSetParameters, RuleSetRanges } from './rule-sets.ts';
export { departmentNames } from './departments.ts';
export type { DepartmentSpec } from './departments.ts';
export { bundledScenario, bundledScenarioNames, listBundledScenarios } from './bundled.ts';
export type { BundledScenario } from './bundled.ts';
export { scenarioJsonSchema } from './json-schema.ts';
export { modelSchema } from './model-schema.ts';
export { modelParameters } from './model-table.ts';
export type { ModelParameterInfo } from './model-table.ts';

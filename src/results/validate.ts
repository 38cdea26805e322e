/**
 * Checking results before export
 * ==============================
 *
 * Aggregates silently go wrong on malformed input (a duplicated week counts
 * twice, an unlisted arm vanishes from the tables), so results are checked
 * once, up front, and the first problem is reported with where it is.
 */
import { describe } from '../errors.ts';
import { InvalidResultsError } from './errors.ts';
import type { RunResult, ScenarioResults, TrustRunResult } from './types.ts';

/** The `trust` cell of the trust tables' rows for the whole region. */
export const REGION_ROW = 'region';

export function validateResults(results: ScenarioResults, where = 'writeResults'): void {
  const fail = (what: string, expected: string): never => {
    throw new InvalidResultsError(`${where}: ${what}. ${expected}`);
  };
  checkNames(results.arms, 'arm', fail);
  checkNames(results.metrics.map((m) => m.name), 'metric in `metrics`', fail);
  const arms = new Set(results.arms);
  const seen = new Set<string>();
  for (const run of results.runs) {
    if (!arms.has(run.arm)) fail(`run of arm ${describe(run.arm)} is not in \`arms\``, `Arms should be one of ${results.arms.map((a) => JSON.stringify(a)).join(', ')}.`);
    if (!(Number.isInteger(run.replicate) && run.replicate >= 1)) fail(`${runName(run)} has replicate ${describe(run.replicate)}`, 'Replicates should be whole numbers from 1.');
    const key = JSON.stringify([run.arm, run.replicate]);
    if (seen.has(key)) fail(`${runName(run)} appears twice`, 'Each arm and replicate should have one run.');
    seen.add(key);
    checkRun(run, fail);
    if (run.trusts !== undefined) checkTrusts(run, run.trusts, fail);
  }
}

/** Every list by trust has one value per trust and one for the region; indices name trusts. */
function checkTrusts(run: RunResult, trusts: TrustRunResult, fail: (what: string, expected: string) => never): void {
  const where = `${runName(run)}: trusts`;
  const n = trusts.names.length;
  checkNames(trusts.names, `${where}: trust`, fail);
  if (n === 0) fail(`${where} names no trust`, 'A run lies in at least one trust.');
  // Region rows of the trust tables are labelled so; a trust of that name would be indistinguishable.
  if (n > 1 && trusts.names.includes(REGION_ROW)) fail(`${where} has a trust named ${JSON.stringify(REGION_ROW)}`, `In a region of several trusts, no trust may be named ${JSON.stringify(REGION_ROW)}: the trust tables' region rows are.`);
  if (trusts.headcount.length !== n || !trusts.headcount.every((h) => Number.isInteger(h) && h >= 0))
    fail(`${where}.headcount is ${describe(trusts.headcount)}`, `One whole number from 0 per trust (${n}).`);
  const points = new Set<string>();
  for (const { week, metric, values } of trusts.series) {
    if (!(Number.isInteger(week) && week >= 0)) fail(`${where} has a point at week ${describe(week)}`, 'Weeks should be whole numbers from 0.');
    if (typeof metric !== 'string' || metric === '') fail(`${where} has a point at week ${week} with metric ${describe(metric)}`, 'Metrics should be non-empty names.');
    if (values.length !== n + 1 || !values.every(isValue)) fail(`${where}: ${metric} at week ${week} is ${describe(values)}`, `${n + 1} values (each trust, then the region), finite numbers or null.`);
    const key = JSON.stringify([week, metric]);
    if (points.has(key)) fail(`${where}: ${metric} at week ${week} appears twice`, 'Each run should give one row of values per week and metric.');
    points.add(key);
  }
  for (const { initiative, ...weeks } of trusts.spread)
    for (const [field, list] of Object.entries(weeks))
      if (list.length !== n + 1 || !list.every((w) => w === null || (Number.isInteger(w) && w >= 0)))
        fail(`${where}.spread of ${describe(initiative)}: ${field} is ${describe(list)}`, `${n + 1} weeks (each trust, then the region), whole numbers from 0 or null.`);
  for (const flow of trusts.flows) {
    const { from, to, ...counts } = flow;
    const isTrust = (t: number) => Number.isInteger(t) && t >= 0 && t < n;
    if (!isTrust(from) || !isTrust(to)) fail(`${where}.flows has a flow from ${describe(from)} to ${describe(to)}`, `Trusts are indices from 0 to ${n - 1}.`);
    if (!Object.values(counts).every((c) => Number.isFinite(c) && c >= 0)) fail(`${where}.flows from ${from} to ${to} is ${describe(flow)}`, 'Counts should be finite numbers from 0.');
  }
}

function checkRun(run: RunResult, fail: (what: string, expected: string) => never): void {
  const points = new Set<string>();
  for (const { week, metric, value } of run.series) {
    if (!(Number.isInteger(week) && week >= 0)) fail(`${runName(run)} has a point at week ${describe(week)}`, 'Weeks should be whole numbers from 0.');
    if (typeof metric !== 'string' || metric === '') fail(`${runName(run)} has a point at week ${week} with metric ${describe(metric)}`, 'Metrics should be non-empty names.');
    if (!isValue(value)) fail(`${runName(run)}: ${metric} at week ${week} is ${describe(value)}`, 'Values should be finite numbers, or null when undefined that week.');
    const key = JSON.stringify([week, metric]);
    if (points.has(key)) fail(`${runName(run)}: ${metric} at week ${week} appears twice`, 'Each run should give one value per week and metric.');
    points.add(key);
  }
  for (const [metric, value] of Object.entries(run.summary)) {
    if (!isValue(value)) fail(`${runName(run)}: summary ${metric} is ${describe(value)}`, 'Summary values should be finite numbers or null.');
  }
}

function checkNames(names: readonly string[], kind: string, fail: (what: string, expected: string) => never): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string' || name === '') fail(`${kind} name ${describe(name)}`, 'Names should be non-empty strings.');
    if (seen.has(name)) fail(`${kind} ${JSON.stringify(name)} is listed twice`, 'Names should be unique.');
    seen.add(name);
  }
}

const isValue = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

const runName = (run: RunResult): string => `run ${JSON.stringify(run.arm)} #${describe(run.replicate)}`;

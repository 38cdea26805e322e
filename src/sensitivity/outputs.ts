/**
 * Outputs of an analysis
 * ======================
 *
 * An output is a metric under one arm, `final_uptake[collective]`, or the
 * paired difference of two arms in the same replicate,
 * `final_uptake[collective] - final_uptake[heroic]`: under common random
 * numbers the arms of a replicate meet the same trust and turnover, so the
 * difference is the rules' effect. `outputProblems` checks the arms and
 * metrics an output names against those the runs will have, before any runs;
 * `outputValues` reads every design point's value in every replicate from
 * runs.csv's rows.
 */
import { LeadsimError } from '../errors.ts';
import type { SweepRow } from '../results/sweep-rows.ts';
import type { Problem } from '../scenario/issues.ts';
import { suggest } from '../scenario/suggest.ts';

export interface OutputTerm {
  metric: string;
  /** Null: the only arm. */
  arm: string | null;
}

export interface ParsedOutput {
  name: string;
  label: string;
  terms: [OutputTerm] | [OutputTerm, OutputTerm];
}

/**
 * The terms of `metric[arm]` or `metric[arm] - metric[arm]`; null when it is neither. The minus
 * between terms follows a "]" or stands between spaces, since metric names may hold hyphens.
 */
export function outputTerms(text: string): ParsedOutput['terms'] | null {
  const parts = text.trim().split(/(?<=\])\s*-\s*|\s+-\s+/);
  if (parts.length > 2) return null;
  const terms: OutputTerm[] = [];
  for (const part of parts) {
    const match = /^([^\s[\]]+)(?:\[([^\]\s]+)\])?$/.exec(part.trim());
    if (match === null) return null;
    terms.push({ metric: match[1], arm: match.at(2) ?? null });
  }
  return terms.length === 1 ? [terms[0]] : [terms[0], terms[1]];
}

/** An output as a sensitivity file names it (schema.ts checks it, with outputTerms). */
export interface OutputSpec {
  name: string;
  of: string;
  label?: string | undefined;
}

export function parseOutput(output: OutputSpec): ParsedOutput {
  const terms = outputTerms(output.of);
  if (terms === null) throw new LeadsimError(`output ${output.name}: ${JSON.stringify(output.of)} is neither metric[arm] nor metric[arm] - metric[arm].`);
  return { name: output.name, label: output.label ?? output.of.trim(), terms };
}

/**
 * Every arm and metric the outputs name that the runs will not have (`arms`; `metrics`, runs.csv's
 * metric columns), each at its `outputs[i].of` with a close name when one is likely meant.
 */
export function outputProblems(outputs: readonly OutputSpec[], arms: readonly string[], metrics: readonly string[]): Problem[] {
  return outputs.flatMap((output, i) => {
    const path = ['outputs', i, 'of'];
    // An `of` that is no output at all is the schema's to report.
    return (outputTerms(output.of) ?? []).flatMap((term): Problem[] => [
      ...(term.arm === null && arms.length !== 1
        ? [{ path, expected: `${term.metric}[arm] with one of the ${arms.length} arms (${arms.join(', ')})`, found: `${term.metric} without an arm` }]
        : []),
      ...(term.arm !== null && !arms.includes(term.arm)
        ? [{ path, expected: `an arm of the runs (${arms.join(', ')})`, found: `the arm ${JSON.stringify(term.arm)}`, suggestion: suggest(term.arm, arms) }]
        : []),
      ...(metrics.includes(term.metric)
        ? []
        : [{ path, expected: `a metric the runs report (${metrics.join(', ')})`, found: `the metric ${JSON.stringify(term.metric)}`, suggestion: suggest(term.metric, metrics) }]),
    ]);
  });
}

/**
 * Values by point (in the order given) and replicate (1 … R): a term's value, or the first minus the second; null where missing.
 * The outputs were checked against the plan (`outputProblems`); these checks guard rows read back
 * from a runs.csv that does not match it.
 */
export function outputValues(output: ParsedOutput, rows: readonly SweepRow[], points: readonly string[], replicates: number, file: string): (number | null)[][] {
  const arms = [...new Set(rows.map((row) => row.arm))];
  const index = new Map(rows.map((row) => [`${row.point}\u0000${row.arm}\u0000${row.replicate}`, row]));
  const available = rows.length === 0 ? [] : Object.keys(rows[0].values);
  for (const term of output.terms) {
    if (term.arm === null && arms.length !== 1)
      throw new LeadsimError(`${file}: output ${output.name} names no arm, but the runs have ${arms.length} (${arms.join(', ')}). Write ${term.metric}[arm].`);
    if (term.arm !== null && !arms.includes(term.arm))
      throw new LeadsimError(`${file}: output ${output.name} names the arm ${JSON.stringify(term.arm)}; the runs have ${arms.join(', ')}.`);
    if (!available.includes(term.metric))
      throw new LeadsimError(`${file}: output ${output.name} names the metric ${JSON.stringify(term.metric)}, which runs.csv does not have. Metrics: ${available.join(', ')}.`);
  }
  const value = (term: OutputTerm, point: string, replicate: number): number | null =>
    index.get(`${point}\u0000${term.arm ?? arms[0]}\u0000${replicate}`)?.values[term.metric] ?? null;
  return points.map((point) =>
    Array.from({ length: replicates }, (_, r) => {
      const [first, second] = output.terms.map((term) => value(term, point, r + 1));
      if (first === null) return null;
      if (output.terms.length === 1) return first;
      return second === null ? null : first - second;
    }),
  );
}

/** The mean over a point's replicates; null when any is missing. */
export function pointMean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum / values.length;
}

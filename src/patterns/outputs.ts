/**
 * Pattern results as a table, a CSV file and a chart
 * ==================================================
 *
 * The terminal table gives each pattern's verdict with its estimate and 95%
 * interval; `patterns.csv` adds the claim, source and statistic; the chart is
 * a forest plot, one row per pattern on its own scale, with the reference the
 * claim is tested against.
 */
import { stringify } from 'csv-stringify/sync';
import type { TopLevelSpec } from 'vega-lite';

import { CHART_CONFIG, VEGA_LITE_SCHEMA } from '../exporters/charts/chart-style.ts';
import { csvNumber } from '../exporters/files/numbers.ts';
import type { PatternReport } from './evaluate.ts';
import type { PatternResult } from './pattern.ts';

export const PATTERNS_FILE = 'patterns.csv';

/** Three significant figures, as the run summary shows. */
function short(x: number | null): string {
  return x === null ? 'n/a' : Number(x.toPrecision(3)).toString();
}

/** "estimate [low, high]", or n/a. */
function estimateText(r: PatternResult): string {
  return r.estimate === null ? 'n/a' : `${short(r.estimate)} [${short(r.ci?.[0] ?? null)}, ${short(r.ci?.[1] ?? null)}]`;
}

function expectation(result: PatternResult): string {
  return `${result.pattern.expect === 'above' ? '>' : '<'} ${result.pattern.reference}`;
}

export function formatPatternTable(report: PatternReport): string {
  const rows = report.results.map((r) => [
    r.pattern.id,
    expectation(r),
    estimateText(r),
    String(r.n),
    r.verdict,
  ]);
  const header = ['pattern', 'predicted', 'estimate [95% CI]', 'n', 'verdict'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  const notes = report.results.filter((r) => r.note).map((r) => `${r.pattern.id}: ${r.note}`);
  return [
    line(header),
    ...rows.map(line),
    '',
    `${report.scenario.name}: ${report.replicates} replicates, ${report.runs} runs; mean over replicates of each statistic with its 95% interval (t-based, kept inside the statistic's range).`,
    'Holds: the interval lies on the predicted side; does not hold: it excludes that side; inconclusive: it spans the reference.',
    ...notes,
  ].join('\n');
}

export function patternsCsv(report: PatternReport): string {
  const header = ['pattern', 'claim', 'source', 'statistic', 'expect', 'reference', 'replicates', 'n', 'estimate', 'ci95_low', 'ci95_high', 'verdict', 'note'];
  const rows = report.results.map((r) => [
    r.pattern.id,
    r.pattern.claim,
    r.pattern.source,
    r.pattern.statistic,
    r.pattern.expect,
    r.pattern.reference,
    report.replicates,
    r.n,
    csvNumber(r.estimate),
    csvNumber(r.ci?.[0] ?? null),
    csvNumber(r.ci?.[1] ?? null),
    r.verdict,
    r.note ?? '',
  ]);
  return stringify([header, ...rows]);
}

const VERDICT_COLOURS = { holds: '#009E73', 'does not hold': '#D55E00', inconclusive: '#888888' } as const;

/** A forest plot: each pattern's estimate and interval on its own scale, with its reference line. */
export function patternsChart(report: PatternReport): TopLevelSpec {
  const values = report.results
    .filter((r) => r.estimate !== null)
    .map((r) => ({
      pattern: r.pattern.id,
      estimate: r.estimate,
      low: r.ci?.[0] ?? r.estimate,
      high: r.ci?.[1] ?? r.estimate,
      reference: r.pattern.reference,
      verdict: r.verdict,
    }));
  const x = { type: 'quantitative' as const, title: null, scale: { zero: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `Patterns on ${report.scenario.name}`, subtitle: `mean and 95% interval over ${report.replicates} replicates; dashed: the reference each claim is tested against` },
    data: { values },
    facet: { row: { field: 'pattern', type: 'nominal', title: null, sort: values.map((v) => v.pattern), header: { labelAngle: 0, labelAlign: 'left', labelFontSize: 13 } } },
    spec: {
      width: 360,
      height: 22,
      layer: [
        { mark: { type: 'rule', strokeDash: [4, 3], color: '#666' }, encoding: { x: { field: 'reference', ...x } } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'low', ...x }, x2: { field: 'high' }, color: { field: 'verdict', type: 'nominal' } } },
        {
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x: { field: 'estimate', ...x },
            color: { field: 'verdict', type: 'nominal', title: 'verdict', scale: { domain: Object.keys(VERDICT_COLOURS), range: Object.values(VERDICT_COLOURS) } },
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
    config: { ...CHART_CONFIG, legend: { ...CHART_CONFIG.legend, symbolType: 'circle' } },
  };
}

export const PATTERN_TABLE_MARKERS = ['<!-- patterns:start (written by `npm run docs:patterns`) -->', '<!-- patterns:end -->'] as const;

/** The table of docs/model.md §1. */
export function patternsMarkdown(report: PatternReport): string {
  const rows = report.results.map(
    (r) => `| \`${r.pattern.id}\` | ${r.pattern.claim} (${r.pattern.source}) | ${r.pattern.statistic} | ${expectation(r)} | ${estimateText(r)} | **${r.verdict}** |`,
  );
  return [
    `\`leadsim patterns ${report.scenario.name}\`: ${report.replicates} replicates, ${report.runs} runs.`,
    '',
    '| pattern | claim (source) | statistic | predicted | estimate [95% CI] | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Replace the text between the markers in a document with the table. */
export function withPatternTable(document: string, report: PatternReport): string {
  const [start, end] = PATTERN_TABLE_MARKERS;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the document lacks the markers ${start} … ${end}`);
  return `${document.slice(0, from + start.length)}\n${patternsMarkdown(report)}\n${document.slice(to)}`;
}

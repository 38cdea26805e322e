/**
 * The report's "Trusts" section
 * =============================
 *
 * For a run of several trusts only (a one-trust run's page is unchanged): how
 * far each scheduled initiative spread between trusts, what moved between
 * them, and the charts by trust. Read from trust-spread.csv and
 * trust-flows.csv (small: one row per trust or pair and run, never per week),
 * each measure a mean over replicates with its 95% interval per arm.
 */
import { readCsv } from '../results/csv-read.ts';
import { REGION_ROW } from '../exporters/tables/trust-tables.ts';
import { NON_NEGATIVE } from '../statistics/bounds.ts';
import { describeSample } from '../statistics/describe-sample.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import { isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';
import type { Section } from './page.ts';
import { statisticsCell, table } from './tables.ts';

/** Whether the folder holds a run of several trusts: only then are the trust networks written. */
export function hasTrustNetworks(folder: ResultsFolder): boolean {
  const files = Array.isArray(folder.manifest.files) ? folder.manifest.files : [];
  return files.some((file) => isRecord(file) && typeof file.path === 'string' && file.path.startsWith('networks/trusts-'));
}

export function trustsSection(folder: ResultsFolder, figures: Html[]): Section | null {
  if (!hasTrustNetworks(folder)) return null;
  const arms = Array.isArray(folder.manifest.arms) ? folder.manifest.arms.filter((a): a is string => typeof a === 'string') : [];
  const replicates = typeof folder.manifest.replicates === 'number' ? folder.manifest.replicates : 0;
  const cell = (values: (number | null)[]) => meanCell(values, replicates);
  const runKey = (row: Record<string, string>) => `${row.arm}\u0000${row.replicate}`;

  const spreadText = folder.read('trust-spread.csv');
  const spread = spreadText === null ? [] : readCsv(spreadText, 'trust-spread.csv').rows.filter((row) => row.trust !== REGION_ROW);
  const trusts = new Set(spread.map((row) => row.trust)).size;
  const initiatives = [...new Set(spread.map((row) => row.initiative))];
  const spreadRows = initiatives.flatMap((initiative) =>
    arms.map((arm) => {
      const byRun = new Map<string, Record<string, string>[]>();
      for (const row of spread) if (row.initiative === initiative && row.arm === arm) byRun.set(runKey(row), [...(byRun.get(runKey(row)) ?? []), row]);
      const reached = [...byRun.values()].map((rows) => rows.filter((row) => row.first_adopted_week !== '').length);
      const succeeded = [...byRun.values()].map((rows) => rows.filter((row) => row.succeeded_week !== '').length);
      // The week the last trust to adopt it first did: undefined in a run where some trust never did.
      const everywhere = [...byRun.values()].map((rows) => (rows.every((row) => row.first_adopted_week !== '') ? Math.max(...rows.map((row) => Number(row.first_adopted_week))) : null));
      return [html`<code>${initiative}</code>`, arm, cell(reached), cell(everywhere), cell(succeeded)];
    }),
  );

  const flowsText = folder.read('trust-flows.csv');
  const flows = flowsText === null ? [] : readCsv(flowsText, 'trust-flows.csv').rows;
  const columns = ['movers', 'ideas_carried', 'carried_launched', 'carried_succeeded', 'carried_abandoned'] as const;
  const flowRows = arms.map((arm) => {
    const totals = new Map<number, Record<(typeof columns)[number], number>>();
    for (let replicate = 1; replicate <= replicates; replicate++) totals.set(replicate, { movers: 0, ideas_carried: 0, carried_launched: 0, carried_succeeded: 0, carried_abandoned: 0 });
    for (const row of flows) {
      const sums = row.arm === arm ? totals.get(Number(row.replicate)) : undefined;
      if (sums !== undefined) for (const column of columns) sums[column] += Number(row[column]);
    }
    return [arm, ...columns.map((column) => cell([...totals.values()].map((sums) => sums[column])))];
  });

  return {
    id: 'trusts',
    title: 'Trusts',
    body: html`<p>The region's ${trusts} trusts, each run recorded trust by trust: <code>trusts.csv</code> (every measure, week and trust),
<code>trust-spread.csv</code>, <code>trust-flows.csv</code>, and the trusts as a network of flows in <code>networks/</code> (GEXF and GraphML).
Mean over replicates [95% CI].</p>
${initiatives.length === 0 ? '' : table(
  [{ header: 'Initiative' }, { header: 'Arm' }, { header: `Trusts reached (of ${trusts})`, numeric: true }, { header: 'Week it had reached every trust', numeric: true }, { header: 'Trusts where half adopted', numeric: true }],
  spreadRows,
  'How far each scheduled initiative spread between trusts',
)}
${table(
  [{ header: 'Arm' }, ...['Movers between trusts', 'Ideas carried', 'Carried ideas launched', 'reaching half their scope', 'abandoned'].map((header) => ({ header, numeric: true }))],
  flowRows,
  'What moved between trusts over a run',
)}
${figures}`,
  };
}

/** "mean [95% CI]" of a count over the runs; null values (undefined in that run) left out. */
function meanCell(values: (number | null)[], replicates: number): string {
  const { n, mean, ci95 } = describeSample(values, NON_NEGATIVE);
  return statisticsCell({ n, mean, ci95_low: ci95?.[0] ?? null, ci95_high: ci95?.[1] ?? null }, replicates);
}

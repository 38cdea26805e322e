/**
 * The report of a sensitivity analysis
 * ====================================
 *
 * A folder written by `leadsim sensitivity` holds sensitivity.json; its page
 * leads with the indices at the full sample (indices.csv, Morris μ*, μ, σ or
 * Sobol' S1, ST with their 95% intervals, factors by decreasing μ* or ST), then
 * each output's replicate-noise share with a warning where noise is large,
 * the robustness grid, the charts, the definition and the provenance.
 */
import { readCsv } from '../results/csv-read.ts';
import { chartFigure, folderCharts } from './charts.ts';
import { isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import type { Page, Section } from './page.ts';
import { manifestSection } from './provenance.ts';
import { numberCell, table } from './tables.ts';

/** Above this share of the point means' variance, replicate noise drowns the indices. */
export const NOISE_WARNING = 0.2;

/** The page of a sensitivity folder; null when the folder holds none. */
export async function sensitivityPage(folder: ResultsFolder): Promise<Page | null> {
  const definition = folder.readJson('sensitivity.json');
  if (!isRecord(definition)) return null;
  const text = (key: string) => {
    const value = definition[key];
    return typeof value === 'string' ? value : '';
  };
  const factors = Array.isArray(definition.factors) ? definition.factors.filter(isRecord) : [];
  const indicesText = folder.read('indices.csv');
  const rows = indicesText === null ? [] : readCsv(indicesText, `${folder.dir}/indices.csv`).rows;
  const figures = await Promise.all(folderCharts(folder).map(({ path, chart }) => chartFigure(chart, path)));
  const warnings = Array.isArray(folder.manifest.warnings) ? folder.manifest.warnings.map(String) : [];
  const method = text('method') === 'sobol' ? "Sobol' indices" : 'Morris screening';
  const facts = [
    method,
    `model ${text('model')}`,
    `factors ${factors.map((f) => String(f.name)).join(', ')}`,
    `${String(definition.designPoints)} design points × ${String(definition.replicates)} replicates`,
    typeof folder.manifest.runs === 'number' ? `${folder.manifest.runs} runs` : null,
    Array.isArray(definition.arms) ? `arms ${definition.arms.join(', ')}` : null,
    typeof definition.seed === 'number' ? `seed ${definition.seed}` : null,
  ];
  const sections: (Section | null)[] = [
    indicesSection(rows, text('method'), warnings),
    robustnessSection(folder),
    figures.length === 0 ? null : { id: 'charts', title: 'Charts', body: html`${figures}` },
    { id: 'definition', title: 'Definition', body: html`<details><summary>The analysis (sensitivity.json)</summary>\n<pre>${JSON.stringify(definition, null, 2)}</pre></details>` },
    manifestSection(folder),
  ];
  return { title: text('name'), description: text('description'), facts: facts.filter((f) => f !== null).join(' · '), sections: sections.filter((s) => s !== null) };
}

type Row = Record<string, string>;

function indicesSection(rows: Row[], method: string, warnings: string[]): Section | null {
  if (rows.length === 0 && warnings.length === 0) return null;
  const full = (output: string) => Math.max(...rows.filter((r) => r.output === output).map((r) => Number(r.n)));
  const outputs = [...new Set(rows.map((r) => r.output))];
  const cell = (row: Row | undefined) => {
    if (row === undefined || row.estimate === '') return 'n/a';
    const estimate = numberCell(Number(row.estimate));
    return row.ci95_low === '' ? estimate : `${estimate} [${numberCell(Number(row.ci95_low))}, ${numberCell(Number(row.ci95_high))}]`;
  };
  const [lead, ...others] = method === 'sobol' ? ['ST', 'S1'] : ['mu_star', 'mu', 'sigma'];
  const headers: Record<string, string> = { ST: 'ST [95% CI]', S1: 'S1 [95% CI]', mu_star: 'μ* [95% CI]', mu: 'μ [95% CI]', sigma: 'σ [95% CI]' };
  const parts: Html[] = outputs.map((output) => {
    const at = rows.filter((r) => r.output === output && Number(r.n) === full(output));
    const get = (factor: string, index: string) => at.find((r) => r.factor === factor && r.index === index);
    const factors = [...new Set(at.filter((r) => r.factor !== '').map((r) => r.factor))].sort((a, b) => Number(get(b, lead)?.estimate ?? -Infinity) - Number(get(a, lead)?.estimate ?? -Infinity));
    const noise = get('', 'noise_share');
    const share = noise === undefined || noise.estimate === '' ? null : Number(noise.estimate);
    const note =
      share === null
        ? html`<p class="note">Replicate noise not estimated (one replicate per point, or a missing value).</p>`
        : html`<p class="note">Replicate noise is ${numberCell(100 * share)}% of the variance of the point means${share > NOISE_WARNING ? html`: <strong>noise dominates; read these indices with care, or add replicates</strong>` : ''}.</p>`;
    return html`<h3>${output}</h3>
${note}
${table(
  [{ header: 'Factor' }, ...[lead, ...others].map((index) => ({ header: headers[index], numeric: true }))],
  factors.map((factor) => [factor, ...[lead, ...others].map((index) => cell(get(factor, index)))]),
)}`;
  });
  const warned = warnings.length === 0 ? '' : html`<ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul>`;
  return { id: 'indices', title: method === 'sobol' ? "Sobol' indices" : 'Morris screening', body: html`${warned}${parts}` };
}

function robustnessSection(folder: ResultsFolder): Section | null {
  const text = folder.read('robustness.csv');
  if (text === null) return null;
  const { columns, rows } = readCsv(text, `${folder.dir}/robustness.csv`);
  const [x, y] = columns;
  const shown = (value: string) => (value === '' ? 'n/a' : numberCell(Number(value)));
  return {
    id: 'robustness',
    title: 'Robustness map',
    body: html`<p class="note">The paired difference over a grid of ${x} and ${y} (other factors mid-range): mean over replicates with its 95% interval; "≈ 0" where the interval holds zero.</p>
${table(
  [{ header: x, numeric: true }, { header: y, numeric: true }, { header: 'Mean difference [95% CI]', numeric: true }, { header: 'Sign' }],
  rows.map((r) => [shown(r[x]), shown(r[y]), `${shown(r.mean_difference)} [${shown(r.ci95_low)}, ${shown(r.ci95_high)}]`, r.spans_zero === 'true' ? '≈ 0' : Number(r.mean_difference) > 0 ? '+' : '−']),
)}`,
  };
}

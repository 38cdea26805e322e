/**
 * Writing a report
 * ================
 *
 * `writeReport(dir)` turns a results folder, of a scenario run or of a sweep,
 * into `<dir>/report.html`: one self-contained page to read, print or mail.
 * A run's page leads with the findings (each arm against the first on the
 * headline measures) and the charts, then every measure and every
 * comparison, the definition that was run and the provenance from
 * manifest.json. A sweep's: its tables, comparisons, charts, definition and
 * provenance. Sections are listed in order in `runPage` / `sweepPage`: a new
 * one is a function returning a `Section` (or null) put in that list.
 *
 * `leadsim run` and sweeps render the page from their staged files
 * (`reportPage`), so it is written with the results, in the same atomic
 * replacement. `writeReport` writes it afresh into a finished folder, with
 * the manifest updated to list it; it replaces a report.html only when
 * leadsim can prove it wrote it (output-folder.ts), unless forced.
 *
 * A run's charts are rendered from the specs its manifest lists. A sweep's
 * too, when it has any; otherwise they are built from runs.csv. The page is
 * written in one step (see atomic-folder.ts): a failed report leaves any
 * earlier one in place.
 */
import { basename } from 'node:path';

import { writeFolderAtomically } from '../exporters/files/atomic-folder.ts';
import { MANIFEST_FILE, manifestFile } from '../exporters/files/manifest.ts';
import { jsonText } from '../exporters/files/numbers.ts';
import { inspectOutputFolder } from '../exporters/files/output-folder.ts';
import { sweepChartSpecs } from '../exporters/charts/sweep-charts.ts';
import { chartFigure, folderCharts } from './charts.ts';
import { folderCatalogue } from './catalogue.ts';
import { comparisonsSection } from './comparisons.ts';
import { findingsSection } from './findings.ts';
import { ReportError } from './errors.ts';
import { REPORT_FILE, isRecord, readFolder, stagedFolder } from './folder.ts';
import type { ResultsFolder, SweepFile } from './folder.ts';
import { html } from './html.ts';
import type { Html } from './html.ts';
import { pageHtml } from './page.ts';
import type { Page, Section } from './page.ts';
import { definitionSection, manifestSection } from './provenance.ts';
import { readSummary, runSummarySection } from './run-summary.ts';
import { sensitivityPage } from './sensitivity.ts';
import { sweepData, sweepSummarySection } from './sweep-summary.ts';
import { trustsSection } from './trusts.ts';

export { REPORT_FILE };

export interface WriteReportOptions {
  /** Replace a report.html that leadsim cannot prove it wrote. */
  force?: boolean;
}

/** Writes report.html into a results folder leadsim wrote, and lists it in the manifest; returns its absolute path. */
export async function writeReport(dir: string, { force = false }: WriteReportOptions = {}): Promise<string> {
  const before = inspectOutputFolder(dir);
  const folder = readFolder(dir);
  if (!before.proven.has(MANIFEST_FILE))
    throw new ReportError(`${folder.dir}/${MANIFEST_FILE} was not written by leadsim (no "generator": "leadsim"). Give the output folder of \`leadsim run\` or of a sweep.`);
  // The report goes into this folder and no other: keeping an edited page means moving it, not choosing another folder.
  if (!force && before.others.includes(REPORT_FILE))
    throw new ReportError(
      `${folder.dir}/${REPORT_FILE} was changed or added since leadsim wrote this folder (not listed in its manifest.json with these bytes). Give --force to replace it, or move it out of the folder first to keep it.`,
    );
  const text = await pageFor(folder);
  const files: unknown[] = Array.isArray(folder.manifest.files) ? folder.manifest.files.filter((file) => !(isRecord(file) && file.path === REPORT_FILE)) : [];
  const manifest = jsonText({ ...folder.manifest, files: [...files, manifestFile(REPORT_FILE, text)] });
  const [path] = await writeFolderAtomically(
    dir,
    (write) => {
      write(REPORT_FILE, text);
      write(MANIFEST_FILE, manifest);
    },
    { folder: before, force },
  );
  return path;
}

/** The report page for a results folder, as HTML text. */
export async function reportHtml(dir: string): Promise<string> {
  return pageFor(readFolder(dir));
}

/** report.html for a folder about to be written, from its staged files (for writeResults' and runSweep's `report`). */
export async function reportPage(dir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<{ path: string; content: string }> {
  return { path: REPORT_FILE, content: await pageFor(stagedFolder(dir, files)) };
}

async function pageFor(folder: ResultsFolder): Promise<string> {
  const sensitivity = await sensitivityPage(folder);
  if (sensitivity !== null) return pageHtml(sensitivity);
  return pageHtml(folder.sweep ? await sweepPage(folder, folder.sweep) : await runPage(folder));
}

async function runPage(folder: ResultsFolder): Promise<Page> {
  const scenario = isRecord(folder.manifest.scenario) ? folder.manifest.scenario : {};
  const { arms, replicates, seed } = folder.manifest;
  const charts = folderCharts(folder);
  // Charts by trust go in their own section (they exist only for several trusts).
  const byTrust = ({ path }: { path: string }) => path.startsWith('charts/trust-');
  const figures = await Promise.all(charts.filter((c) => !byTrust(c)).map(({ path, chart }) => chartFigure(chart, path)));
  const trustFigures = await Promise.all(charts.filter(byTrust).map(({ path, chart }) => chartFigure(chart, path)));
  const summary = readSummary(folder);
  const catalogue = folderCatalogue(folder);
  const facts = [
    'Scenario run',
    Array.isArray(arms) ? `arms ${arms.join(', ')}` : null,
    typeof replicates === 'number' ? `${replicates} replicates per arm` : null,
    typeof scenario.weeks === 'number' ? `${scenario.weeks} weeks` : null,
    typeof seed === 'number' ? `seed ${seed}` : null,
  ];
  return {
    title: typeof scenario.name === 'string' ? scenario.name : basename(folder.dir),
    description: typeof scenario.description === 'string' ? scenario.description : '',
    facts: facts.filter((f) => f !== null).join(' · '),
    sections: sections(
      findingsSection(folder, summary, catalogue),
      chartsSection(figures),
      trustsSection(folder, trustFigures),
      runSummarySection(folder, summary, catalogue),
      comparisonsSection(folder, catalogue),
      definitionSection(folder),
      manifestSection(folder),
    ),
  };
}

async function sweepPage(folder: ResultsFolder, sweep: SweepFile): Promise<Page> {
  const data = sweepData(folder, sweep);
  const listed = folderCharts(folder);
  const figures = await Promise.all(
    listed.length > 0
      ? listed.map(({ path, chart }) => chartFigure(chart, path))
      : (data === null ? [] : sweepChartSpecs(data)).map((chart) => chartFigure(chart)),
  );
  const points = sweep.points?.length ?? new Set(data?.rows.map((r) => r.point)).size;
  const facts = [
    'Parameter sweep',
    `${points} design points${sweep.design ? ` (${sweep.design})` : ''}`,
    `factors ${sweep.factors.map((f) => f.name).join(', ')}`,
    `arms ${sweep.arms.join(', ')}`,
    `${sweep.replicates} replicates per point and arm`,
    typeof sweep.seed === 'number' ? `seed ${sweep.seed}` : null,
  ];
  return {
    title: sweep.name,
    description: sweep.description,
    facts: facts.filter((f) => f !== null).join(' · '),
    sections: sections(
      data === null ? null : sweepSummarySection(data),
      comparisonsSection(folder, folderCatalogue(folder)),
      chartsSection(figures),
      definitionSection(folder),
      manifestSection(folder),
    ),
  };
}

function chartsSection(figures: Html[]): Section | null {
  return figures.length === 0 ? null : { id: 'charts', title: 'Charts', body: html`${figures}` };
}

function sections(...all: (Section | null)[]): Section[] {
  return all.filter((section) => section !== null);
}

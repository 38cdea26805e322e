/**
 * Writing a results folder
 * ========================
 *
 * `writeResults` turns a scenario run into the folder a user opens:
 *
 *   timeseries.csv            every run's weekly metrics, tidy long format
 *   summary.csv, summary.json mean and 95% CI per arm across replicates
 *   comparisons.csv           each arm − the first arm, paired by replicate
 *   convergence.csv           CI half-width of the headline measures by replicates run
 *   trusts.csv                every run's weekly metrics by trust (and for the region)
 *   trust-spread.csv          the week each scheduled initiative first reached each trust
 *   trust-flows.csv           movers and carried ideas between trusts, and what became of the ideas
 *   networks/trusts-<arm>.gexf, .graphml   the trusts as a network of flows (several trusts only)
 *   charts/<name>.vl.json     self-contained Vega-Lite specs
 *   charts/<name>.svg, .png   the same, rendered (charts by trust: several trusts only)
 *   report.html               when given a `report` to render: one page to share
 *   manifest.json             provenance and the list of files (written last)
 *
 * The folder is written atomically (see atomic-folder.ts), the report with
 * the results. The folder must be new, empty or an earlier run's
 * (output-folder.ts: checked before anything is written). Files an earlier
 * run wrote that this one no longer produces (a chart whose metrics are gone)
 * are removed, so the folder never mixes runs; other files are not ours and
 * are left alone.
 */
import { resolve } from 'node:path';

import { writeFolderAtomically } from './files/atomic-folder.ts';
import { chartData, chartSpecs } from './charts/charts.ts';
import { comparisonsCsv, convergenceCsv } from './tables/comparisons.ts';
import { MANIFEST_FILE, manifestFile, manifestText } from './files/manifest.ts';
import type { ManifestFile } from './files/manifest.ts';
import { checkOutputFolder, removeStaleFiles } from './files/output-folder.ts';
import { chartFiles } from './charts/chart-files.ts';
import type { ScenarioResults } from '../results/types.ts';
import { summaryCsv, summaryJsonText, timeseriesCsv } from './tables/tables.ts';
import type { BootstrapSettings } from './tables/tables.ts';
import { validateResults } from '../results/validate.ts';
import { hasSeveralTrusts, runsByTrust, trustFlowsCsv, trustSpreadCsv, trustsCsv } from './tables/trust-tables.ts';
import { trustNetworkFiles } from './networks/trust-network.ts';
import { trustChartSpecs } from './charts/trust-charts.ts';

const TRUST_FILES = ['trusts.csv', 'trust-spread.csv', 'trust-flows.csv'];

export interface WriteResultsOptions {
  /** Render charts (specs, SVG, PNG); true by default. */
  charts?: boolean;
  /** Add percentile-bootstrap 95% CI columns to summary.csv and summary.json; off by default. */
  bootstrap?: BootstrapSettings;
  /** Write into a folder that is not an earlier run's, replacing files leadsim cannot prove it wrote. */
  force?: boolean;
  /**
   * Renders a page from the staged files (manifest.json included, as a reader
   * of the folder will see it); it is written in the same atomic replacement
   * and listed in the manifest.
   */
  report?: (dir: string, files: ReadonlyMap<string, string | Uint8Array>) => Promise<{ path: string; content: string }>;
}

/** The files a run may write, for checking a folder before the run. */
export function isRunOutput(path: string): boolean {
  return RUN_FILES.includes(path) || path.startsWith('charts/') || path.startsWith('networks/trusts-');
}

const RUN_FILES = ['timeseries.csv', 'summary.csv', 'summary.json', 'comparisons.csv', 'convergence.csv', ...TRUST_FILES, 'report.html', MANIFEST_FILE];

/** Writes the results folder; returns the absolute paths written, manifest.json last. */
export async function writeResults(
  results: ScenarioResults,
  outDir: string,
  { charts = true, bootstrap, force = false, report }: WriteResultsOptions = {},
): Promise<string[]> {
  validateResults(results, 'writeResults');
  const target = resolve(outDir);
  const folder = checkOutputFolder(target, 'run', isRunOutput, force);
  const written = await writeFolderAtomically(
    target,
    async (write) => {
      const files: ManifestFile[] = [];
      const staged = new Map<string, string | Uint8Array>();
      const add = (path: string, content: string | Uint8Array) => {
        write(path, content);
        staged.set(path, content);
        files.push(manifestFile(path, content));
      };
      add('timeseries.csv', timeseriesCsv(results));
      add('summary.csv', summaryCsv(results, { bootstrap }));
      add('summary.json', summaryJsonText(results, { bootstrap }));
      add('comparisons.csv', comparisonsCsv(results));
      add('convergence.csv', convergenceCsv(results));
      // Written when the runs were recorded by trust (runScenario's always are); hand-made results may not be.
      if (runsByTrust(results).length > 0) {
        add('trusts.csv', trustsCsv(results));
        add('trust-spread.csv', trustSpreadCsv(results));
        add('trust-flows.csv', trustFlowsCsv(results));
        if (hasSeveralTrusts(results)) for (const [path, content] of trustNetworkFiles(results)) add(path, content);
      }
      if (charts) for (const [path, content] of await chartFiles([...chartSpecs(chartData(results)), ...trustChartSpecs(results)])) add(path, content);
      if (report) {
        const page = await report(target, new Map([...staged, [MANIFEST_FILE, manifestText(results, files)]]));
        add(page.path, page.content);
      }
      write(MANIFEST_FILE, manifestText(results, files));
    },
    { folder, force },
  );
  removeStaleFiles(folder, written);
  return written;
}

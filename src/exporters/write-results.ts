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
 *   charts/<name>.vl.json     self-contained Vega-Lite specs
 *   charts/<name>.svg, .png   the same, rendered
 *   manifest.json             provenance and the list of files (written last)
 *
 * The folder is written atomically (see atomic-folder.ts). Files that an
 * earlier write listed in its manifest and this one no longer produces (a
 * chart whose metrics are gone) are removed, so the folder never mixes runs;
 * other files in the folder are not ours and are left alone.
 */
import { readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

import { writeFolderAtomically } from './atomic-folder.ts';
import { chartData, chartSpecs } from './charts.ts';
import { comparisonsCsv, convergenceCsv } from './comparisons.ts';
import { MANIFEST_FILE, manifestFile, manifestText } from './manifest.ts';
import type { ManifestFile } from './manifest.ts';
import { chartFiles } from './chart-files.ts';
import type { ScenarioResults } from './results.ts';
import { summaryCsv, summaryJsonText, timeseriesCsv } from './tables.ts';
import type { BootstrapSettings } from './tables.ts';
import { validateResults } from './validate.ts';

export interface WriteResultsOptions {
  /** Render charts (specs, SVG, PNG); true by default. */
  charts?: boolean;
  /** Add percentile-bootstrap 95% CI columns to summary.csv and summary.json; off by default. */
  bootstrap?: BootstrapSettings;
}

/** Writes the results folder; returns the absolute paths written, manifest.json last. */
export async function writeResults(results: ScenarioResults, outDir: string, { charts = true, bootstrap }: WriteResultsOptions = {}): Promise<string[]> {
  validateResults(results, 'writeResults');
  const target = resolve(outDir);
  const previous = previousFiles(target);
  const written = await writeFolderAtomically(target, async (write) => {
    const files: ManifestFile[] = [];
    const add = (path: string, content: string | Uint8Array) => {
      write(path, content);
      files.push(manifestFile(path, content));
    };
    add('timeseries.csv', timeseriesCsv(results));
    add('summary.csv', summaryCsv(results, { bootstrap }));
    add('summary.json', summaryJsonText(results, { bootstrap }));
    add('comparisons.csv', comparisonsCsv(results));
    add('convergence.csv', convergenceCsv(results));
    if (charts) for (const [path, content] of await chartFiles(chartSpecs(chartData(results)))) add(path, content);
    write(MANIFEST_FILE, manifestText(results, files));
  });
  removeStale(target, previous, written);
  return written;
}

/** The files the previous write's manifest lists, as absolute paths inside `target`. */
function previousFiles(target: string): string[] {
  let listed: unknown;
  try {
    listed = (JSON.parse(readFileSync(resolve(target, MANIFEST_FILE), 'utf8')) as { files?: unknown }).files;
  } catch {
    return []; // no earlier write, or not one of ours
  }
  if (!Array.isArray(listed)) return [];
  return listed
    .map((file: { path?: unknown }) => (typeof file?.path === 'string' ? resolve(target, file.path) : null))
    .filter((path): path is string => path !== null && path.startsWith(target + sep)); // never outside the folder
}

function removeStale(target: string, previous: readonly string[], written: readonly string[]): void {
  const current = new Set(written);
  for (const path of previous) {
    if (current.has(path)) continue;
    try {
      rmSync(path, { force: true });
    } catch {
      continue; // a folder, or not ours to remove: cleaning up is best effort
    }
    try {
      if (dirname(path) !== target) rmdirSync(dirname(path)); // only succeeds when emptied
    } catch {
      // the folder still holds other files: keep it
    }
  }
}

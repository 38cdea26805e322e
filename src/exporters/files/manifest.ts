/**
 * Manifest
 * ========
 *
 * manifest.json says what produced a results folder and what is in it: the
 * leadsim version (with the git commit when run from a checkout, and the
 * Node.js version), seed, the scenario as run (defaults filled) and its hash,
 * when it ran, the metric catalogue (labels, units, bounds: what the report
 * shows instead of column names), and every other file with its size and
 * SHA-256, so a copy can be checked and a later write knows which files were
 * its own. `generator` marks the manifest as leadsim's and `kind` says whether
 * the folder holds a run or a sweep; a file is leadsim's own only while its
 * bytes match the hash listed here (output-folder.ts).
 */
import { createHash } from 'node:crypto';

import { jsonText } from './numbers.ts';
import type { MetricInfo, ScenarioResults } from '../../results/types.ts';
import { software } from './software.ts';
import type { Software } from './software.ts';

export const MANIFEST_FILE = 'manifest.json';

/** The marker of a manifest leadsim wrote. */
export const GENERATOR = 'leadsim';

export interface ManifestFile {
  /** Relative to the results folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest extends Software {
  generator: typeof GENERATOR;
  kind: 'run';
  leadsimVersion: string;
  seed: number;
  scenario: ScenarioResults['scenario'];
  scenarioHash: string;
  startedAt: string;
  finishedAt: string;
  arms: string[];
  replicates: number;
  metrics: MetricInfo[];
  files: ManifestFile[];
}

export function manifestFile(path: string, content: string | Uint8Array): ManifestFile {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { path, bytes, sha256: createHash('sha256').update(content).digest('hex') };
}

export function manifest(results: ScenarioResults, files: readonly ManifestFile[]): Manifest {
  return {
    generator: GENERATOR,
    kind: 'run',
    leadsimVersion: results.leadsimVersion,
    ...software(),
    seed: results.scenario.seed,
    scenario: results.scenario,
    scenarioHash: results.scenarioHash,
    startedAt: results.startedAt,
    finishedAt: results.finishedAt,
    arms: [...results.arms],
    replicates: results.scenario.replicates,
    metrics: results.metrics,
    files: [...files],
  };
}

export function manifestText(results: ScenarioResults, files: readonly ManifestFile[]): string {
  return jsonText(manifest(results, files));
}

/**
 * Definition and provenance
 * =========================
 *
 * What was run and how to reproduce it: the scenario (or sweep) as run, as
 * YAML, folded away in a <details> since it is long; and the manifest's
 * facts (version, seed, hash, times) and files with their sizes and SHA-256.
 * Manifests of runs and sweeps differ in their fields, so every top-level
 * field is shown, with known ones named in words.
 */
import { toYaml } from '../scenario/to-yaml.ts';

import { html } from './html.ts';
import type { Html } from './html.ts';
import { REPORT_FILE, isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';
import type { Section } from './page.ts';
import { numberCell, table } from './tables.ts';

const FIELD_NAMES: Record<string, string> = {
  leadsimVersion: 'leadsim version',
  gitCommit: 'Git commit',
  nodeVersion: 'Node.js version',
  seed: 'Seed',
  scenarioHash: 'Scenario hash',
  startedAt: 'Started',
  finishedAt: 'Finished',
  arms: 'Arms',
  replicates: 'Replicates per arm',
  sweep: 'Sweep',
};

/** Shown in their own sections rather than as a field. */
const NOT_FIELDS = new Set(['files', 'scenario']);

export function definitionSection(folder: ResultsFolder): Section | null {
  const { scenario } = folder.manifest;
  const parts: Html[] = [];
  if (folder.sweep) {
    // Points are in the tables; the metric catalogue is not part of the definition.
    const definition = Object.fromEntries(Object.entries(folder.sweep).filter(([key]) => key !== 'points' && key !== 'metrics'));
    parts.push(folded('The sweep', definition));
  }
  if (isRecord(scenario)) parts.push(folded(folder.sweep ? 'The base scenario' : 'The scenario as run, every default filled in', scenario));
  return parts.length === 0 ? null : { id: 'definition', title: 'Definition', body: html`${parts}` };
}

export function manifestSection(folder: ResultsFolder): Section {
  const fields = Object.entries(folder.manifest).filter(([key]) => !NOT_FIELDS.has(key));
  const duration = durationOf(folder.manifest);
  // The page cannot show its own hash: leaving its entry out gives the same page whenever it is made.
  const files = Array.isArray(folder.manifest.files) ? folder.manifest.files.filter(isRecord).filter((file) => file.path !== REPORT_FILE) : [];
  const body = html`<dl>
${fields.map(([key, value]) => html`<dt>${FIELD_NAMES[key] ?? key}</dt><dd>${fieldText(value)}</dd>\n`)}${duration === null ? '' : html`<dt>Duration</dt><dd>${duration}</dd>`}
</dl>
${files.length === 0 ? '' : table(
    [{ header: 'File' }, { header: 'Bytes', numeric: true }, { header: 'SHA-256' }],
    files.map((file) => [html`<code>${String(file.path)}</code>`, typeof file.bytes === 'number' ? numberCell(file.bytes) : '', html`<code>${typeof file.sha256 === 'string' ? file.sha256 : ''}</code>`]),
    'Files listed in manifest.json',
  )}`;
  return { id: 'provenance', title: 'Provenance', body };
}

function folded(summary: string, value: unknown): Html {
  return html`<details><summary>${summary}</summary>\n<pre>${toYaml(value)}</pre></details>\n`;
}


function fieldText(value: unknown): Html | string {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  if (typeof value === 'object' && value !== null) return html`<code>${JSON.stringify(value)}</code>`;
  return String(value);
}

function durationOf({ startedAt, finishedAt }: Record<string, unknown>): string | null {
  const ms = typeof startedAt === 'string' && typeof finishedAt === 'string' ? Date.parse(finishedAt) - Date.parse(startedAt) : NaN;
  if (!Number.isFinite(ms)) return null;
  return ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`;
}

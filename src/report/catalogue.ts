/**
 * The metric catalogue in a results folder
 * ========================================
 *
 * manifest.json (or a sweep's sweep.json) lists each metric's label, unit,
 * bounds and practical spread, so the report can say "Final uptake" in
 * percent rather than `final_uptake` as a bare number. Folders written
 * before the catalogue was recorded have none: names and plain numbers then.
 */
import type { MetricInfo } from '../results/types.ts';
import { isRecord } from './folder.ts';
import type { ResultsFolder } from './folder.ts';

export interface Catalogue {
  /** The metric's label, or its name when it is not catalogued. */
  label(metric: string): string;
  info(metric: string): MetricInfo | undefined;
  /** Whether the metric is a share (its unit says "share of …"), shown as a percentage. */
  isShare(metric: string): boolean;
}

export function folderCatalogue(folder: ResultsFolder): Catalogue {
  const listed = folder.sweep?.metrics ?? folder.manifest.metrics;
  const metrics = Array.isArray(listed) ? listed.filter((m): m is MetricInfo => isRecord(m) && typeof m.name === 'string' && typeof m.label === 'string') : [];
  const byName = new Map(metrics.map((m) => [m.name, m]));
  const info = (metric: string) => byName.get(metric) ?? (metric.startsWith('final:') ? byName.get(metric.slice('final:'.length)) : undefined);
  return {
    info,
    label: (metric) => info(metric)?.label ?? metric,
    isShare: (metric) => /^share\b/.test(info(metric)?.unit ?? ''),
  };
}

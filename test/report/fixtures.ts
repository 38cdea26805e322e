/**
 * Synthetic sweep folders for the sweep chart and report tests: sweep.json,
 * runs.csv and manifest.json in the shape the sweep runner writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { stringify } from 'csv-stringify/sync';

import type { MetricInfo } from '../../src/results/index.ts';
import { stream } from '../../src/random/stream.ts';

export const SWEEP_METRICS: MetricInfo[] = [
  { name: 'engagement_trainees', label: 'Trainee engagement', unit: '0–10', description: 'Mean engagement of trainees.' },
  { name: 'trainee_leadership_share', label: 'Trainee leadership share', unit: 'share of in-degree', description: 'Share of leadership held by trainees.' },
];

export interface SyntheticSweep {
  sweep: { name: string; description: string; factors: { name: string; path: string; values?: number[]; range?: [number, number] }[]; design: string; points: { point: string; factors: Record<string, number> }[]; arms: string[]; replicates: number; metrics: MetricInfo[]; seed: number; leadsimVersion: string; startedAt: string; finishedAt: string };
  runsCsv: string;
  manifest: Record<string, unknown>;
}

/**
 * Two arms × 3 replicates over a 3 × 2 grid of `steepness` and `ideas`, or a
 * 15-point Latin hypercube over the same ranges. Trainee engagement is
 * undefined (empty) in every first replicate, as when no trainees are in post.
 */
export function syntheticSweep({ design = 'grid', description = 'Steepness against the flow of ideas.' }: { design?: 'grid' | 'latin-hypercube'; description?: string } = {}): SyntheticSweep {
  const random = stream(5, 'sweep-fixture');
  const factors = [
    { name: 'steepness', path: 'arms.*.parameters.hierarchySteepness', ...(design === 'grid' ? { values: [0, 0.5, 1] } : { range: [0, 1] as [number, number] }) },
    { name: 'ideas', path: 'ideas.perWeek', ...(design === 'grid' ? { values: [1, 2] } : { range: [1, 2] as [number, number] }) },
  ];
  const combinations = design === 'grid'
    ? [0, 0.5, 1].flatMap((steepness) => [1, 2].map((ideas) => ({ steepness, ideas })))
    : Array.from({ length: 15 }, (_, i) => ({ steepness: (i + random.next()) / 15, ideas: 1 + ((i * 7) % 15 + random.next()) / 15 }));
  const points = combinations.map((factors, i) => ({ point: `p${String(i + 1).padStart(3, '0')}`, factors }));
  const arms = ['heroic', 'collective'];
  const replicates = 3;

  const columns = ['point', 'steepness', 'ideas', 'arm', 'replicate', 'seed', 'run_key', 'scenario_hash', 'final_uptake', 'sustained_uptake', 'claims_granted', 'weeks_to_50:sepsis-bundle', 'final:engagement_trainees', 'final:trainee_leadership_share'];
  const rows = points.flatMap(({ point, factors: { steepness, ideas } }) =>
    arms.flatMap((arm, a) =>
      Array.from({ length: replicates }, (_, r) => {
        const uptake = Math.min(1, Math.max(0, 0.9 - 0.3 * a * steepness + 0.05 * ideas + random.normal(0, 0.03)));
        return [
          point, steepness, ideas, arm, r + 1, 1000 + r, `${point}/${arm}/${r + 1}`, 'sha256:abc',
          uptake, uptake * 0.7, 40 + a * 30 + random.int(10), r === 2 && a === 0 ? '' : 10 + random.int(5),
          r === 0 ? '' : 5 + a - steepness + random.normal(0, 0.2), 0.1 + 0.2 * a * (1 - steepness) + random.normal(0, 0.02),
        ];
      }),
    ),
  );
  return {
    sweep: {
      name: 'steepness-sweep', description, factors, design, points, arms, replicates, metrics: SWEEP_METRICS, seed: 5,
      leadsimVersion: '0.1.0-test', startedAt: '2025-01-01T09:00:00.000Z', finishedAt: '2025-01-01T09:10:00.000Z',
    },
    runsCsv: stringify(rows, { header: true, columns, record_delimiter: 'unix' }),
    manifest: {
      leadsimVersion: '0.1.0-test', seed: 5, scenarioHash: 'sha256:abc', startedAt: '2025-01-01T09:00:00.000Z', finishedAt: '2025-01-01T09:10:00.000Z',
      arms, replicates, points: points.length,
      files: [{ path: 'runs.csv', bytes: 1, sha256: '00' }, { path: 'sweep.json', bytes: 1, sha256: '00' }],
    },
  };
}

/** Writes sweep.json, runs.csv and manifest.json into `dir`. */
export function writeSweepFolder(dir: string, sweep: SyntheticSweep): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sweep.json'), JSON.stringify(sweep.sweep, null, 2));
  writeFileSync(join(dir, 'runs.csv'), sweep.runsCsv);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(sweep.manifest, null, 2));
}

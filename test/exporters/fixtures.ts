/**
 * Hand-made and synthetic results for the exporter tests.
 */
import { stream } from '../../src/random/stream.ts';
import type { MetricInfo, RunResult, ScenarioResults } from '../../src/results/index.ts';

const provenance = {
  startedAt: '2025-01-01T09:00:00.000Z',
  finishedAt: '2025-01-01T09:00:05.000Z',
  leadsimVersion: '0.1.0-test',
  scenarioHash: 'sha256:0123abcd',
};

/**
 * Two arms × two replicates × weeks 0–1. Values are exact in binary so the
 * expected tables can be written by hand. Runs and points are deliberately
 * out of order: the exporters must sort them.
 */
export function tinyResults(): ScenarioResults {
  const run = (arm: string, replicate: number, uptake: number, engagement: number | null, summary: RunResult['summary']): RunResult => ({
    arm,
    replicate,
    series: [
      { week: 1, metric: 'uptake_total', value: uptake },
      { week: 1, metric: 'engagement_trainees', value: engagement },
      { week: 0, metric: 'uptake_total', value: 0 },
      { week: 0, metric: 'engagement_trainees', value: 0.5 },
    ],
    summary,
  });
  return {
    scenario: { name: 'tiny', description: 'A hand-made two-arm example.', seed: 7, weeks: 1, replicates: 2, staff: 10 },
    arms: ['heroic', 'collective'],
    runs: [
      run('collective', 2, 0.5, 0.75, { weeks_to_half: 1, final_uptake: 0.5 }),
      run('heroic', 1, 0.25, null, { weeks_to_half: null, final_uptake: 0.25 }),
      run('collective', 1, 0.5, 0.75, { weeks_to_half: 1, final_uptake: 0.5 }),
      run('heroic', 2, 0.75, 0.25, { weeks_to_half: 1, final_uptake: 0.75 }),
    ],
    metrics: [
      { name: 'uptake_total', label: 'Uptake (share of staff adopting)', description: 'Share of staff who adopted.' },
      { name: 'engagement_trainees', label: 'Trainee engagement', description: 'Mean engagement of trainees.' },
      { name: 'final_uptake', label: 'Final uptake', description: 'Uptake in the last week.' },
    ],
    ...provenance,
  };
}

export const SERIES_METRICS = [
  'uptake_total', 'uptake_committed', 'uptake_compliant', 'engagement_trainees', 'engagement_others',
  'trainees_disengaged_share', 'trainees_granted_share', 'leadership_density', 'leadership_centralization',
  'leadership_gini', 'trainee_leadership_share', 'initiatives_launched', 'initiatives_succeeded', 'initiatives_abandoned',
];

const CATALOGUE: MetricInfo[] = [
  { name: 'uptake_total', label: 'All adopting', description: 'Share of staff adopting.' },
  { name: 'uptake_committed', label: 'Committed', description: 'Share adopting out of commitment.' },
  { name: 'uptake_compliant', label: 'Compliant', description: 'Share adopting because told to.' },
  { name: 'engagement_trainees', label: 'Trainees', unit: '0–1', description: 'Mean engagement of trainees.' },
  { name: 'engagement_others', label: 'Other staff', unit: '0–1', description: 'Mean engagement of other staff.' },
  { name: 'leadership_density', label: 'Density', description: 'Density of the leadership network.' },
  { name: 'leadership_centralization', label: 'Centralization', description: 'Freeman degree centralization.' },
  { name: 'leadership_gini', label: 'Gini of leadership', description: 'Inequality of leadership granted.' },
  { name: 'trainee_leadership_share', label: 'Trainees among leaders', description: 'Share of leaders who are trainees.' },
];

/** Plausible curves with seeded noise: every series metric, a null stretch for trainee measures. */
export function syntheticResults({ replicates = 4, weeks = 26 } = {}): ScenarioResults {
  const arms = ['heroic', 'collective', 'hybrid-middle'];
  const runs: RunResult[] = [];
  arms.forEach((arm, a) => {
    for (let replicate = 1; replicate <= replicates; replicate++) {
      const random = stream(11, 'fixture', arm, replicate);
      const series = [];
      for (let week = 0; week <= weeks; week++) {
        const level = (1 + a) / (1 + Math.exp(-(week - 10 + 2 * a) / 3)) / 3;
        for (const metric of SERIES_METRICS) {
          const noisy = Math.min(1, Math.max(0, level * (metric.length % 5 ? 1 : 0.6) + random.normal(0, 0.03)));
          // No trainees in post for the first two weeks: their measures are undefined, not zero.
          const value = week < 2 && metric.includes('trainee') ? null : metric.startsWith('initiatives') ? Math.round(noisy * 20) : noisy;
          series.push({ week, metric, value });
        }
      }
      runs.push({ arm, replicate, series, summary: { weeks_to_half_uptake: 8 + a + random.int(4), final_uptake: series.find((p) => p.week === weeks && p.metric === 'uptake_total')!.value } });
    }
  });
  return {
    scenario: { name: 'synthetic', description: 'Synthetic curves for tests.', seed: 11, weeks, replicates, staff: 500 },
    arms,
    runs,
    metrics: CATALOGUE,
    ...provenance,
  };
}

/**
 * Run a sensitivity analysis
 * ==========================
 *
 *   plan ─► sweep task runner (worker pool, journal, resume; runs.csv)
 *        ─► analysis (analyse.ts) ─► design.csv, indices.csv, robustness.csv,
 *           charts/, manifest.json
 *
 * The runs go through the sweep machinery (src/sweep/run-sweep.ts runTasks):
 * tasks are a point's replicate under every arm, written in task order, so the
 * files are the same bytes for any number of workers, and a stopped or killed
 * analysis resumes from its journal. What is analysed (outputs, robustness
 * output, labels) is not part of the journal's identity: change it and run
 * again, and the finished runs are analysed afresh without being rerun.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { writeFileAtomically } from '../exporters/files/atomic-file.ts';
import { chartFiles } from '../exporters/charts/chart-files.ts';
import { GENERATOR, MANIFEST_FILE } from '../exporters/files/manifest.ts';
import { checkOutputFolder, inspectOutputFolder } from '../exporters/files/output-folder.ts';
import { software } from '../exporters/files/software.ts';
import { REPORT_FILE } from '../report/folder.ts';
import { jsonText } from '../exporters/files/numbers.ts';
import { sensitivityChartSpecs } from '../exporters/charts/sensitivity-charts.ts';
import { parseRunsCsv } from '../results/sweep-rows.ts';
import { LEADSIM_VERSION } from '../run/run-scenario.ts';
import { workerBeside } from '../run/worker-module.ts';
import { RUNS_FILE, STATE_FILE, TIMESERIES_FILE } from '../sweep/files.ts';
import { runTasks } from '../sweep/run-sweep.ts';
import type { SweepOptions, SweepOutcome, TaskPlan } from '../sweep/run-sweep.ts';
import { analyseSensitivity } from './analyse.ts';
import type { SensitivityResults } from './analyse.ts';
import type { SensitivityPlan } from './load.ts';
import { DESIGN_FILE, INDICES_FILE, ROBUSTNESS_FILE, SENSITIVITY_FILE, designCsv, indicesCsv, robustnessCsv } from './tables.ts';

export interface SensitivityOutcome extends SweepOutcome {
  /** The analysis, when every run is done. */
  results: SensitivityResults | null;
}

/** The files an analysis may write, for checking a folder before its runs. */
export function isSensitivityOutput(path: string): boolean {
  return SENSITIVITY_FILES.includes(path) || path.startsWith('charts/');
}

const SENSITIVITY_FILES = [SENSITIVITY_FILE, RUNS_FILE, TIMESERIES_FILE, STATE_FILE, DESIGN_FILE, INDICES_FILE, ROBUSTNESS_FILE, REPORT_FILE, MANIFEST_FILE];

export async function runSensitivity(plan: SensitivityPlan, options: SweepOptions): Promise<SensitivityOutcome> {
  const startedAt = new Date().toISOString();
  // Before any run: a folder of other files, or another result's, is refused unless forced (and then its proven files go, so it holds one result).
  const folder = checkOutputFolder(options.out, 'sensitivity', isSensitivityOutput, options.force);
  if (folder.holds !== 'sensitivity') for (const path of folder.proven) rmSync(join(folder.dir, path), { force: true });
  const outcome = await runTasks(sensitivityTaskPlan(plan), options);
  if (!outcome.complete) return { ...outcome, results: null };

  // 1. Analyse runs.csv (one row per run; the time series is not written).
  const rows = parseRunsCsv(readFileSync(join(options.out, RUNS_FILE), 'utf8'), plan.spec.factors.map((f) => f.name), join(options.out, RUNS_FILE));
  const results = analyseSensitivity(plan, rows);

  // 2. Tables and charts, each file whole or not at all; the manifest last.
  const outputs: [string, string | Uint8Array][] = [
    [DESIGN_FILE, designCsv(plan)],
    [INDICES_FILE, indicesCsv(results.indices)],
  ];
  if (results.robustness !== null) outputs.push([ROBUSTNESS_FILE, robustnessCsv(plan, results.robustness)]);
  outputs.push(
    ...(await chartFiles(
      sensitivityChartSpecs({
        analysis: plan.spec.name,
        method: plan.method.kind,
        outputs: results.outputs.map(({ name, label }) => ({ name, label })),
        indices: results.indices,
        robustness:
          results.robustness === null || plan.robustness === null
            ? null
            : { x: plan.robustness.x.factor, y: plan.robustness.y.factor, output: plan.robustness.output, cells: results.robustness },
      }),
    )),
  );
  mkdirSync(join(options.out, 'charts'), { recursive: true });
  // An earlier analysis's report (proven leadsim's by its manifest) describes other indices: it goes, and is written afresh.
  if (inspectOutputFolder(options.out).proven.has(REPORT_FILE)) rmSync(join(options.out, REPORT_FILE));
  for (const [path, content] of outputs) writeFileAtomically(join(options.out, path), content);
  const files = [SENSITIVITY_FILE, RUNS_FILE, TIMESERIES_FILE, ...outputs.map(([path]) => path)].map((path) => {
    const content = readFileSync(join(options.out, path));
    return { path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
  });
  const manifest = {
    generator: GENERATOR,
    kind: 'sensitivity',
    leadsimVersion: LEADSIM_VERSION,
    ...software(),
    sensitivity: plan.spec.name,
    seed: plan.seed,
    runs: outcome.tasksTotal * plan.arms.length,
    warnings: results.warnings,
    startedAt,
    finishedAt: new Date().toISOString(),
    files,
  };
  writeFileAtomically(join(options.out, MANIFEST_FILE), jsonText(manifest));
  return { ...outcome, results };
}

/** An analysis's runs as the sweep's task runner sees them. */
export function sensitivityTaskPlan(plan: SensitivityPlan): TaskPlan<SensitivityPlan['points'][number]['scenario']> {
  // What is analysed is not what is run: outputs and description stay out of the journal's identity.
  const { robustness, ...spec } = plan.spec;
  const runs = Object.fromEntries(Object.entries(spec).filter(([key]) => key !== 'outputs' && key !== 'description'));
  return {
    points: plan.points,
    factorNames: plan.spec.factors.map((f) => f.name),
    identity: { sensitivity: { ...runs, robustness: robustness && { factors: robustness.factors, levels: robustness.levels } } },
    files: [[SENSITIVITY_FILE, jsonText(describeSensitivity(plan))]],
    worker: workerBeside(import.meta.url),
  };
}

/** What the analysis is, without times: the same bytes for the same file. */
export function describeSensitivity(plan: SensitivityPlan) {
  const { spec, method } = plan;
  return {
    name: spec.name,
    description: spec.description,
    model: plan.model,
    method: method.kind,
    settings: method.settings,
    factors: spec.factors,
    outputs: spec.outputs,
    robustness: spec.robustness ?? null,
    arms: plan.arms,
    replicates: plan.replicates,
    weeks: plan.weeks,
    seed: plan.seed,
    points: plan.points.length,
    designPoints: plan.designSize,
    leadsimVersion: LEADSIM_VERSION,
  };
}

/**
 * Run a sweep on a pool of worker threads
 * =======================================
 *
 *   plan (points × replicates = tasks) ─► pool (one task per thread at a time)
 *   ─► journal, in task order (runs.csv, timeseries.csv) ─► summary and manifest
 *
 * Results stream to disk as tasks finish; only the few that finished ahead of
 * an earlier one wait in memory. A sweep stopped by a signal, or killed,
 * resumes from its journal when run again with the same output folder. The
 * folder is checked first (new, empty, or this sweep's: output-folder.ts);
 * the summary, charts, report and manifest are written last, in one atomic
 * replacement.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { closeSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';

import { stringify } from 'csv-stringify/sync';
import { Piscina } from 'piscina';

import { writeFileAtomically } from '../exporters/files/atomic-file.ts';
import { writeFolderAtomically } from '../exporters/files/atomic-folder.ts';
import { chartFiles } from '../exporters/charts/chart-files.ts';
import { SAFE_CELLS } from '../exporters/tables/csv-cell.ts';
import { GENERATOR, MANIFEST_FILE, manifestFile } from '../exporters/files/manifest.ts';
import { checkOutputFolder } from '../exporters/files/output-folder.ts';
import { csvNumber, jsonText } from '../exporters/files/numbers.ts';
import { sweepChartSpecs } from '../exporters/charts/sweep-charts.ts';
import { software } from '../exporters/files/software.ts';
import { parseRunsCsv, sweepMetricBounds } from '../results/sweep-rows.ts';
import { InvalidOptionError, LeadsimError, messageOf } from '../errors.ts';
import { metricInfo, scenarioMetrics } from '../run/create-run.ts';
import { LEADSIM_VERSION } from '../run/run-scenario.ts';
import { workerBeside, workerExecArgv } from '../run/worker-module.ts';
import { summaryMetrics } from '../run/summary.ts';
import type { Scenario } from '../scenario/schema.ts';
import { COMPARISONS_FILE, RUNS_FILE, STATE_FILE, SUMMARY_FILE, SWEEP_FILE, TIMESERIES_FILE } from './files.ts';
import { Journal } from './journal.ts';
import type { SweepPlan } from './load.ts';
import { sweepComparisonsCsv, sweepSummaryCsv } from './summary.ts';
import type { SweepTask, TaskResult } from './worker.ts';

export interface SweepOptions {
  out: string;
  /** Worker threads; default: one per core. */
  workers?: number;
  /** Stops dispatching; tasks under way finish and are written. */
  signal?: AbortSignal;
  /** After each task is written, in task order. */
  onTask?: (done: number, total: number) => void;
  /** Write into a folder that is not this sweep's, replacing files leadsim cannot prove it wrote. */
  force?: boolean;
  /** Only tasks [start, end) of the plan, journalled on their own: one shard of a cluster job (src/cluster/). */
  shard?: { start: number; end: number };
  /** Renders report.html from the finished sweep's files, written with its summary and manifest (as writeResults' `report`). */
  report?: (dir: string, files: ReadonlyMap<string, string | Uint8Array>) => Promise<{ path: string; content: string }>;
}

/** The files a sweep may write, for checking a folder before the sweep. */
export function isSweepOutput(path: string): boolean {
  return SWEEP_FILES.includes(path) || path.startsWith('charts/');
}

const SWEEP_FILES = [SWEEP_FILE, RUNS_FILE, TIMESERIES_FILE, SUMMARY_FILE, COMPARISONS_FILE, STATE_FILE, 'report.html', MANIFEST_FILE];

export interface SweepOutcome {
  folder: string;
  tasksDone: number;
  tasksTotal: number;
  complete: boolean;
}


export async function runSweep(plan: SweepPlan, options: SweepOptions): Promise<SweepOutcome> {
  const startedAt = new Date().toISOString();
  const folder = checkOutputFolder(options.out, 'sweep', isSweepOutput, options.force);
  // Forced into another result's folder: its files (proven leadsim's) go, so the folder holds one result.
  if (folder.holds !== 'sweep') for (const path of folder.proven) rmSync(join(folder.dir, path), { force: true });
  const outcome = await runTasks(sweepTaskPlan(plan), options);
  if (outcome.complete) await finalise(plan, options, startedAt);
  return outcome;
}

/** A sweep's runs as the task runner sees them. */
export function sweepTaskPlan(plan: SweepPlan): TaskPlan {
  return { points: plan.points, factorNames: plan.sweep.factors.map((f) => f.name), identity: plan.sweep, files: [[SWEEP_FILE, jsonText(describeSweep(plan))]] };
}

/** What the task runner needs: points in order, each with what its worker runs (a scenario, or any input with a seed and replicates). */
export interface TaskPlan<S extends TaskScenario = Scenario> {
  points: readonly { point: string; factors: Readonly<Record<string, number>>; scenario: S }[];
  factorNames: readonly string[];
  /** What names the plan besides its points' scenarios: a journal resumes only the same. */
  identity: unknown;
  /** Files written (whole) once the journal is open, e.g. sweep.json. */
  files?: readonly [name: string, content: string][];
  /** The worker module; by default the sweep's worker, which runs a scenario's arms. */
  worker?: URL;
}

export interface TaskScenario {
  seed: number;
  replicates: number;
}

/**
 * Runs every point's replicates on the pool and journals them (runs.csv, timeseries.csv) in task
 * order; a folder holding an interrupted run of the same plan resumes. Nothing is summarised.
 */
export async function runTasks<S extends TaskScenario>(plan: TaskPlan<S>, options: SweepOptions): Promise<SweepOutcome> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new InvalidOptionError('runSweep', 'workers', 'a whole number ≥ 1', workers);
  // Replicate by replicate, each across every point.
  const replicates = Math.max(...plan.points.map((p) => p.scenario.replicates));
  const all: SweepTask<S>[] = Array.from({ length: replicates }, (_, r) =>
    plan.points.filter((p) => r < p.scenario.replicates).map(({ point, scenario }) => ({ point, replicate: r + 1, scenario })),
  ).flat();
  const { shard } = options;
  const tasks = shard ? all.slice(shard.start, shard.end) : all;
  const points = new Map(plan.points.map((p) => [p.point, { factors: p.factors, hash: jsonHash(p.scenario) }]));
  const hashes = new Map([...points].map(([point, { hash }]) => [point, hash]));
  const journal = Journal.open(options.out, planHash(shard ? { shard, plan: plan.identity } : plan.identity, hashes));
  for (const [name, content] of plan.files ?? []) writeFileAtomically(join(options.out, name), content);

  const factorNames = plan.factorNames;
  let columns = journal.tasksDone > 0 ? readHeader(join(options.out, RUNS_FILE)) : null;
  const format = (task: SweepTask<S>, result: TaskResult): string => {
    const header = columns === null;
    const names = (columns ??= ['point', ...factorNames, 'arm', 'replicate', 'seed', 'run_key', 'scenario_hash', ...result.runs[0].values.map(([name]) => name)]);
    const point = points.get(task.point);
    if (point === undefined) throw new LeadsimError(`sweep: task ${task.point}/${task.replicate} names a design point the plan does not have.`);
    const rows = result.runs.map(({ arm, values }) => {
      const byName = new Map(values);
      // Column names are fixed by the first task; a name this run has that they lack would be lost.
      const unknown = values.find(([name]) => !names.includes(name));
      if (unknown) throw new LeadsimError(`sweep: ${task.point} reports ${JSON.stringify(unknown[0])}, which the first design point did not: runs.csv has no column for it.`);
      const fixed = [task.point, ...factorNames.map((name) => csvNumber(point.factors[name])), arm, task.replicate, task.scenario.seed];
      const keys = [`${task.point}/${arm}/${task.replicate}`, point.hash];
      return [...fixed, ...keys, ...names.slice(fixed.length + keys.length).map((name) => csvNumber(byName.get(name) ?? null))];
    });
    return stringify(header ? [names, ...rows] : rows, SAFE_CELLS);
  };

  await dispatch(tasks, journal, workers, format, plan.worker ?? workerBeside(import.meta.url), options);
  return { folder: options.out, tasksDone: journal.tasksDone, tasksTotal: tasks.length, complete: journal.tasksDone === tasks.length };
}

/** Runs the tasks not yet done on the pool and writes each, in task order, as soon as all before it are written. */
async function dispatch<S>(
  tasks: readonly SweepTask<S>[],
  journal: Journal,
  workers: number,
  format: (task: SweepTask<S>, result: TaskResult) => string,
  worker: URL,
  { signal, onTask }: SweepOptions,
): Promise<void> {
  const pool = new Piscina<SweepTask<S>, TaskResult>({
    filename: worker.href,
    minThreads: workers,
    maxThreads: workers,
    execArgv: workerExecArgv(worker),
  });
  const finished = new Map<number, TaskResult>();
  // A bounded window keeps memory flat: at most this many results wait to be written.
  const window = 2 * workers;
  let next = journal.tasksDone;
  let running = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const pump = () => {
        // Results finished out of order wait in `finished` too, so they count against the window.
        while (running + finished.size < window && next < tasks.length && !signal?.aborted) {
          const index = next++;
          running++;
          pool.run(tasks[index]).then((result) => {
            running--;
            finished.set(index, result);
            try {
              for (let output = finished.get(journal.tasksDone); output !== undefined; output = finished.get(journal.tasksDone)) {
                const done = journal.tasksDone;
                finished.delete(done);
                journal.append(format(tasks[done], output), output.series);
                onTask?.(journal.tasksDone, tasks.length);
              }
            } catch (error) {
              reject(error instanceof Error ? error : new LeadsimError(messageOf(error)));
              return;
            }
            pump();
          }, reject);
        }
        if (running === 0) resolve();
      };
      pump();
    });
  } finally {
    await pool.destroy();
  }
}

/** Summary, comparisons, charts, report and manifest, from runs.csv (the time series is never read back), in one atomic replacement. */
async function finalise(plan: SweepPlan, { out: folder, force, report }: SweepOptions, startedAt: string): Promise<void> {
  const factorNames = plan.sweep.factors.map((f) => f.name);
  const rows = parseRunsCsv(readFileSync(join(folder, RUNS_FILE), 'utf8'), factorNames);
  const description = describeSweep(plan);
  const bounds = (metric: string) => sweepMetricBounds(description.metrics, metric);
  const outputs: [string, string | Uint8Array][] = [[SUMMARY_FILE, sweepSummaryCsv(rows, factorNames, bounds)]];
  const comparisons = sweepComparisonsCsv(rows, factorNames, bounds);
  if (comparisons !== null) outputs.push([COMPARISONS_FILE, comparisons]);
  outputs.push(
    ...(await chartFiles(
      sweepChartSpecs({
        sweep: plan.sweep.name,
        arms: description.arms,
        factors: factorNames,
        replicates: plan.base.replicates,
        metrics: description.metrics,
        rows,
      }),
    )),
  );
  const journalled = [SWEEP_FILE, RUNS_FILE, TIMESERIES_FILE].map((path): [string, Uint8Array] => [path, readFileSync(join(folder, path))]);
  const finishedAt = new Date().toISOString();
  const manifestOf = (files: readonly [string, string | Uint8Array][]) =>
    jsonText({
      generator: GENERATOR,
      kind: 'sweep',
      leadsimVersion: LEADSIM_VERSION,
      ...software(),
      sweep: plan.sweep.name,
      seed: plan.base.seed,
      startedAt,
      finishedAt,
      files: files.map(([path, content]) => manifestFile(path, content)),
    });
  if (report) {
    const staged = new Map([...outputs, [MANIFEST_FILE, manifestOf([...journalled, ...outputs])]]);
    const page = await report(folder, staged);
    outputs.push([page.path, page.content]);
  }
  const manifest = manifestOf([...journalled, ...outputs]);
  await writeFolderAtomically(
    folder,
    (write) => {
      for (const [path, content] of outputs) write(path, content);
      write(MANIFEST_FILE, manifest); // last: it lists what a finished sweep wrote
    },
    { force },
  );
}

/** What the sweep is, without times: the same bytes for the same sweep. */
function describeSweep(plan: SweepPlan) {
  const { sweep, base, points } = plan;
  return {
    name: sweep.name,
    description: sweep.description,
    scenario: base.name,
    factors: sweep.factors,
    design: sweep.design === 'grid' ? 'grid' : 'latin-hypercube',
    points: points.map(({ point, factors }) => ({ point, factors })),
    arms: base.arms.map((arm) => arm.name),
    replicates: base.replicates,
    weeks: base.weeks,
    seed: base.seed,
    metrics: [...scenarioMetrics(base).map(metricInfo), ...summaryMetrics(base)],
    leadsimVersion: LEADSIM_VERSION,
  };
}

/** The number of tasks in a plan and the hash its journal is opened with: what a cluster job's shards add up to. */
export function taskPlanIdentity(plan: TaskPlan<TaskScenario>): { tasks: number; hash: string } {
  const tasks = plan.points.reduce((sum, p) => sum + p.scenario.replicates, 0);
  return { tasks, hash: planHash(plan.identity, new Map(plan.points.map((p) => [p.point, jsonHash(p.scenario)]))) };
}

/** Names the plan, its points' scenarios and the model version: a journal resumes only the same plan. */
function planHash(identity: unknown, hashes: ReadonlyMap<string, string>): string {
  return jsonHash({ leadsim: LEADSIM_VERSION, sweep: identity, points: [...hashes] });
}

/** SHA-256 of a value's JSON: for a scenario, the same as scenarioHash. */
function jsonHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The header of runs.csv, from the start of the file only. */
function readHeader(file: string): string[] {
  const buffer = Buffer.alloc(1 << 16);
  const fd = openSync(file, 'r');
  try {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8').split('\n', 1)[0].split(',');
  } finally {
    closeSync(fd);
  }
}

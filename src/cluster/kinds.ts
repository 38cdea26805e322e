/**
 * What a cluster job runs: a sweep or a sensitivity analysis
 * ==========================================================
 *
 * Both go through the sweep's task runner. A shard runs a slice of the plan's
 * tasks into its own journal; the merge, once the shards' journals are
 * appended into the results folder, runs the local command's own code, which
 * finds every task done and writes the summary, charts, report and manifest
 * exactly as a local run does.
 */
import { join } from 'node:path';

import { writeReport, reportPage } from '../report/index.ts';
import { loadSensitivity } from '../sensitivity/load.ts';
import { isSensitivityOutput, runSensitivity, sensitivityTaskPlan } from '../sensitivity/run-sensitivity.ts';
import { loadSweep } from '../sweep/load.ts';
import { checkOutputFolder } from '../exporters/files/output-folder.ts';
import { isSweepOutput, runSweep, runTasks, sweepTaskPlan, taskPlanIdentity } from '../sweep/run-sweep.ts';
import type { SweepOptions, SweepOutcome, TaskPlan, TaskScenario } from '../sweep/run-sweep.ts';
import type { JobKind, ShardRange } from './job-folder.ts';

export interface ClusterPlan {
  kind: JobKind;
  name: string;
  /** Where a local run writes by default. */
  defaultOut: string;
  tasks: number;
  runsPerTask: number;
  /** The journal's hash of the whole plan: a job runs only the plan it was submitted with. */
  planHash: string;
  /** The plan's own files (sweep.json, sensitivity.json), written beside the journal as a local run writes them. */
  files: readonly (readonly [name: string, content: string])[];
  /** Runs tasks [start, end) into `folder`'s own journal, resuming what it holds. */
  runShard(folder: string, shard: ShardRange, options: Pick<SweepOptions, 'workers' | 'signal' | 'onTask'>): Promise<SweepOutcome>;
  /** Refuses a results folder the local command would refuse (before anything is written there). */
  checkOut(out: string, force: boolean): void;
  /** The local command's finish on a folder whose journal holds every task. */
  finish(out: string, options: Pick<SweepOptions, 'workers' | 'force'>): Promise<SweepOutcome>;
}

export function loadClusterPlan(kind: JobKind, file: string): ClusterPlan {
  if (kind === 'sweep') {
    const plan = loadSweep(file);
    return {
      kind,
      ...runner(sweepTaskPlan(plan)),
      name: plan.sweep.name,
      defaultOut: join('out', 'sweeps', plan.sweep.name),
      runsPerTask: plan.base.arms.length,
      checkOut: (out, force) => void checkOutputFolder(out, 'sweep', isSweepOutput, force),
      finish: (out, options) => runSweep(plan, { ...options, out, report: reportPage }),
    };
  }
  const plan = loadSensitivity(file);
  return {
    kind,
    ...runner(sensitivityTaskPlan(plan)),
    name: plan.spec.name,
    defaultOut: join('out', 'sensitivity', plan.spec.name),
    runsPerTask: plan.arms.length,
    checkOut: (out, force) => void checkOutputFolder(out, 'sensitivity', isSensitivityOutput, force),
    finish: async (out, options) => {
      const outcome = await runSensitivity(plan, { ...options, out });
      // As `leadsim sensitivity` does after the analysis.
      if (outcome.complete) await writeReport(out);
      return outcome;
    },
  };
}

/** What either kind's shards share: the task count, the plan's hash, and running a slice of the tasks. */
function runner<S extends TaskScenario>(tasks: TaskPlan<S>): Pick<ClusterPlan, 'tasks' | 'planHash' | 'files' | 'runShard'> {
  const { tasks: count, hash } = taskPlanIdentity(tasks);
  return { tasks: count, planHash: hash, files: tasks.files ?? [], runShard: (folder, shard, options) => runTasks(tasks, { ...options, out: folder, shard }) };
}

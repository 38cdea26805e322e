/**
 * Opening a job folder with its plan
 * ==================================
 *
 * The job's file is loaded again (on a compute node, or when resuming) and
 * must still be the plan that was submitted: an edited sweep file would mix
 * two sweeps' runs.
 */
import { resolve } from 'node:path';

import { LeadsimError } from '../errors.ts';
import { readJob } from './job-folder.ts';
import type { JobFile } from './job-folder.ts';
import { loadClusterPlan } from './kinds.ts';
import type { ClusterPlan } from './kinds.ts';

export function openJob(folder: string): { dir: string; job: JobFile; plan: ClusterPlan } {
  const dir = resolve(folder);
  const job = readJob(dir);
  const plan = loadClusterPlan(job.kind, job.file);
  if (plan.planHash !== job.planHash || plan.tasks !== job.tasks)
    throw new LeadsimError(
      `${dir}: ${job.file} is no longer the ${job.kind} this job was submitted with (it, or the scenario it names, changed since). Restore it, or submit the changed ${job.kind} as a new job.`,
    );
  return { dir, job, plan };
}

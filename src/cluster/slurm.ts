/**
 * The SLURM commands leadsim uses
 * ===============================
 *
 * sbatch, squeue, sacct and scancel, run with their machine-readable options
 * (`--parsable`, `--noheader --format`, `--parsable2`) and parsed here, and
 * nowhere else. A command that fails is reported with what it printed.
 */
import { execFileSync } from 'node:child_process';

import { LeadsimError } from '../errors.ts';

/** Job states in which an array task is still coming or under way: not to be submitted again. */
export const ACTIVE_STATES: ReadonlySet<string> = new Set([
  'PENDING', 'CONFIGURING', 'RUNNING', 'COMPLETING', 'REQUEUED', 'REQUEUE_HOLD', 'REQUEUE_FED', 'RESIZING', 'SUSPENDED', 'STAGE_OUT', 'SIGNALING',
]);

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : '';
    const reason = stderr || (error instanceof Error ? error.message : String(error));
    throw new SlurmError(`${command} ${args.join(' ')} failed: ${reason}`);
  }
}

export class SlurmError extends LeadsimError {
  override name = 'SlurmError';
}

/** Submits a batch script; returns the job's id (`--parsable` prints `id` or `id;cluster`). */
export function sbatch(script: string, args: readonly string[]): string {
  const output = run('sbatch', ['--parsable', ...args, script]).trim();
  const id = output.split(';')[0];
  if (!/^\d+$/.test(id)) throw new SlurmError(`sbatch ${script}: expected a job id from --parsable, found ${JSON.stringify(output)}.`);
  return id;
}

/** The queue's state of the given jobs, one entry per array task (`123_4`) or job (`124`); jobs no longer queued are absent. */
export function squeue(jobs: readonly string[]): Map<string, { state: string; reason: string }> {
  const states = new Map<string, { state: string; reason: string }>();
  if (jobs.length === 0) return states;
  let output: string;
  try {
    output = run('squeue', ['--noheader', '--array', '--states=all', '--format=%i|%T|%r', `--jobs=${jobs.join(',')}`]);
  } catch (error) {
    // Jobs gone from the controller's memory are an "invalid job id", not a failure.
    if (error instanceof SlurmError && /Invalid job id/i.test(error.message)) return states;
    throw error;
  }
  for (const line of output.split('\n')) {
    const [id, state, reason] = line.trim().split('|');
    if (id && state) states.set(id, { state, reason });
  }
  return states;
}

/** Accounting's record of the jobs (JobID → state), or null where accounting is not configured. */
export function sacct(jobs: readonly string[]): Map<string, string> | null {
  if (jobs.length === 0) return new Map();
  let output: string;
  try {
    output = run('sacct', ['--noheader', '--parsable2', '--format=JobID,State', `--jobs=${jobs.join(',')}`]);
  } catch (error) {
    if (error instanceof SlurmError && /accounting storage is disabled|unable to connect|no such file/i.test(error.message)) return null;
    throw error;
  }
  const states = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [id, state] = line.trim().split('|');
    // Steps (123_4.batch) are the tasks' parts: the task's own line says its state.
    if (id && state && !id.includes('.')) states.set(id, state.split(' ')[0]);
  }
  return states;
}

export function scancel(jobs: readonly string[]): void {
  if (jobs.length > 0) run('scancel', [...jobs]);
}

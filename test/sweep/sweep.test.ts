import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { comparisonsCsv, writeResults } from '../../src/exporters/index.ts';
import { reportPage } from '../../src/report/index.ts';
import { ScenarioError } from '../../src/scenario/index.ts';
import { tinyResults } from '../exporters/fixtures.ts';
import { loadSweep, planSweep } from '../../src/sweep/load.ts';
import type { SweepPlan } from '../../src/sweep/load.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { sweepSchema } from '../../src/sweep/schema.ts';

const FILES = ['runs.csv', 'timeseries.csv', 'summary.csv', 'sweep.json'];
const folder = () => mkdtempSync(join(tmpdir(), 'leadsim-sweep-'));
const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** A small grid: 2 points × 3 replicates × 2 arms over 32 weeks. */
function smallPlan(): SweepPlan {
  const sweep = sweepSchema.parse({
    name: 'small',
    description: 'test',
    scenario: 'flagship',
    weeks: 32,
    replicates: 3,
    arms: [{ name: 'heroic', rules: 'heroic' }, { name: 'collective', rules: 'collective' }],
    factors: [{ name: 'rewiring', path: 'trust.ties.teamRewiring', values: [0.05, 0.2] }],
  });
  return planSweep(sweep, join(process.cwd(), 'scenarios', 'sweeps', 'test.yaml'));
}

describe('sweep plans', () => {
  it('expands a grid, first factor slowest, into validated scenarios', () => {
    const plan = loadSweep('scenarios/sweeps/steepness-voice.yaml');
    expect(plan.points).toHaveLength(15);
    expect(plan.points.slice(0, 4).map((p) => p.factors)).toEqual([
      { hierarchySteepness: 0, traineeVoice: 0 },
      { hierarchySteepness: 0, traineeVoice: 0.25 },
      { hierarchySteepness: 0, traineeVoice: 0.5 },
      { hierarchySteepness: 0.25, traineeVoice: 0 },
    ]);
    const p5 = plan.points[4].scenario;
    expect(p5.arms[0].parameters.hierarchySteepness).toBe(0.25);
    expect(p5.events[0]).toMatchObject({ type: 'leadership-programme', voice: 0.25 });
    expect(p5.replicates).toBe(20);
  });

  it('samples a Latin hypercube: one point per stratum of every factor, reproducibly', () => {
    const sweep = sweepSchema.parse({
      name: 'lhs', description: 'test', scenario: 'flagship', weeks: 40,
      factors: [
        { name: 'steep', path: 'arms.*.parameters.hierarchySteepness', range: [0, 1] },
        { name: 'foundation', path: 'trust.rotations.foundationWeeks', range: [8, 24], integer: true },
      ],
      design: { latinHypercube: { samples: 8 } },
    });
    const plan = planSweep(sweep, 'scenarios/sweeps/lhs.yaml');
    const steep = plan.points.map((p) => p.factors.steep);
    expect(steep.map((x) => Math.floor(x * 8)).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan.points.every((p) => Number.isInteger(p.factors.foundation) && p.factors.foundation >= 8 && p.factors.foundation <= 24)).toBe(true);
    expect(planSweep(sweep, 'scenarios/sweeps/lhs.yaml').points).toEqual(plan.points.map(({ point, factors, scenario }) => ({ point, factors, scenario })));
  });

  it('names the factor whose path does not lead to a number, and the point whose scenario is invalid', () => {
    const bad = (factor: object) => () =>
      planSweep(sweepSchema.parse({ name: 'bad', description: 'test', scenario: 'flagship', factors: [factor] }), 'bad.yaml');
    // New keys are created inside mappings (a model constant left at its default), so a misspelt one is the scenario's error.
    expect(bad({ name: 'x', path: 'trust.ties.nonsense.deeper', values: [1] })).toThrow(/at p001 \(x = 1\): trust\.ties\.nonsense: expected one of the keys/);
    expect(bad({ name: 'x', path: 'model.spread.compliantInfluenc', values: [0] })).toThrow(/Did you mean "compliantInfluence"\?/);
    expect(bad({ name: 'x', path: 'arms.7.parameters.voice', values: [1] })).toThrow(/factors\.x: expected a path to numbers/);
    expect(bad({ name: 'x', path: 'trust.name', values: [1] })).toThrow(ScenarioError);
    expect(bad({ name: 'x', path: 'trust.ties.teamRewiring', values: [0.1, 2] })).toThrow(/at p002 \(x = 2\)/);
  });

  it('checks designs: a grid needs values, a hypercube ranges', () => {
    const result = sweepSchema.safeParse({ name: 'x', description: 'd', scenario: 'flagship', factors: [{ name: 'a', path: 'seed', range: [0, 1] }] });
    expect(result.success).toBe(false);
  });
});

describe('runSweep', () => {
  it('writes the same bytes with one worker or two', async () => {
    const [one, two] = [folder(), folder()];
    await runSweep(smallPlan(), { out: one, workers: 1 });
    await runSweep(smallPlan(), { out: two, workers: 2 });
    expect(read(two)).toEqual(read(one));
    const runs = read(one)['runs.csv'].trim().split('\n');
    // Header plus 2 points × 3 replicates × 2 arms, in task order: replicate by replicate, across the points.
    expect(runs).toHaveLength(13);
    expect(runs.slice(1, 6).map((row) => row.split(',').slice(0, 5).join(','))).toEqual([
      'p001,0.05,heroic,1,42', 'p001,0.05,collective,1,42', 'p002,0.2,heroic,1,42', 'p002,0.2,collective,1,42', 'p001,0.05,heroic,2,42',
    ]);
    // The manifest names the software: this checkout's commit and this Node.
    expect(JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8'))).toMatchObject({ gitCommit: expect.stringMatching(/^[0-9a-f]{40}$/), nodeVersion: process.version });
  });

  it('resumes a stopped sweep, cutting a half-written row, to the same bytes as an uninterrupted one', async () => {
    const [whole, resumed] = [folder(), folder()];
    await runSweep(smallPlan(), { out: whole, workers: 2 });
    const stop = new AbortController();
    const first = await runSweep(smallPlan(), { out: resumed, workers: 2, signal: stop.signal, onTask: (done) => done >= 2 && stop.abort() });
    expect(first.complete).toBe(false);
    expect(first.tasksDone).toBeGreaterThanOrEqual(2);
    expect(first.tasksDone).toBeLessThan(6);
    // A kill in the middle of writing: half a row and half a series chunk after the last recorded task.
    appendFileSync(join(resumed, 'runs.csv'), 'p002,0.2,heroic,2,4');
    appendFileSync(join(resumed, 'timeseries.csv'), 'p002,heroic,2,7,uptake');
    const second = await runSweep(smallPlan(), { out: resumed, workers: 1 });
    expect(second.complete).toBe(true);
    expect(read(resumed)).toEqual(read(whole));
  });

  it('keeps results that finished out of order inside the window: a slow first task holds back dispatch', async () => {
    // Point 1 runs 1,000 weeks, points 2–11 32 weeks each: with two workers the quick ones finish while
    // the first runs. They wait in memory until it is written, so they count against the window
    // (2 × workers); otherwise every task would be dispatched, and finished, before the stop.
    const sweep = sweepSchema.parse({
      name: 'slow-first',
      description: 'test',
      scenario: 'flagship',
      weeks: 32,
      replicates: 1,
      arms: [{ name: 'heroic', rules: 'heroic' }],
      factors: [{ name: 'rewiring', path: 'trust.ties.teamRewiring', values: [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11] }],
    });
    const plan = planSweep(sweep, join(process.cwd(), 'scenarios', 'sweeps', 'test.yaml'));
    const slowFirst: SweepPlan = { ...plan, points: plan.points.map((p, i) => (i === 0 ? { ...p, scenario: { ...p.scenario, weeks: 1000 } } : p)) };
    const stop = new AbortController();
    const first = await runSweep(slowFirst, { out: folder(), workers: 2, signal: stop.signal, onTask: () => stop.abort() });
    expect(first.complete).toBe(false);
    expect(first.tasksDone).toBeLessThanOrEqual(4);
  });

  it('writes its journal with the shared atomic writer: a killed sweep\'s half-written state is cleared on resume', async () => {
    // 2 points × 2 replicates × 2 arms over 8 weeks.
    const plan = (): SweepPlan => ({ ...smallPlan(), points: smallPlan().points.map((p) => ({ ...p, scenario: { ...p.scenario, weeks: 8, replicates: 2 } })) });
    const [whole, resumed] = [folder(), folder()];
    await runSweep(plan(), { out: whole, workers: 1 });
    const stop = new AbortController();
    await runSweep(plan(), { out: resumed, workers: 1, signal: stop.signal, onTask: (done) => done >= 1 && stop.abort() });
    // kill -9 while the journal's state and sweep.json were being written: their staging files,
    // named as the shared writer names them (a hidden prefix before the target's name).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(resumed, `..sweep-state.json.staging-${String(dead)}-file`), '{"sweepHash":');
    writeFileSync(join(resumed, `.sweep.json.staging-${String(dead)}-file`), '{');
    expect((await runSweep(plan(), { out: resumed, workers: 1 })).complete).toBe(true);
    expect(read(resumed)).toEqual(read(whole));
    expect(readdirSync(resumed).filter((name) => name.includes('.staging-'))).toEqual([]);
  });

  it('refuses to resume into a folder made by a different sweep', async () => {
    const dir = folder();
    const stop = new AbortController();
    stop.abort();
    await runSweep(smallPlan(), { out: dir, workers: 1, signal: stop.signal });
    const other = smallPlan();
    const changed = { ...other, sweep: { ...other.sweep, name: 'other' } };
    await expect(runSweep(changed, { out: dir, workers: 1 })).rejects.toThrow(/holds an interrupted run of a different sweep/);
    // The way out it gives removes the runs' files, not the folder (which may hold the user's own).
    await expect(runSweep(changed, { out: dir, workers: 1 })).rejects.toThrow(
      `Choose another --out, or remove runs.csv, timeseries.csv, .sweep-state.json and the plan beside them (sweep.json or sensitivity.json) from ${dir} to start again there.`,
    );
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    for (const name of ['runs.csv', 'timeseries.csv', '.sweep-state.json', 'sweep.json']) rmSync(join(dir, name));
    expect((await runSweep(changed, { out: dir, workers: 1, force: true })).complete).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('says a finished sweep is finished, not interrupted, when an edited sweep is run into its folder', async () => {
    const dir = folder();
    expect((await runSweep(smallPlan(), { out: dir, workers: 2 })).complete).toBe(true);
    const other = smallPlan();
    const changed = { ...other, sweep: { ...other.sweep, description: 'edited' } };
    await expect(runSweep(changed, { out: dir, workers: 1 })).rejects.toThrow(/holds the finished results of a different sweep/);
  });
});

describe('runSweep: its output folder', () => {
  /** 2 points × 1 replicate × 2 arms over 8 weeks. */
  const tinyPlan = (): SweepPlan => ({ ...smallPlan(), points: smallPlan().points.map((p) => ({ ...p, scenario: { ...p.scenario, weeks: 8, replicates: 1 } })) });
  const runFolder = async () => {
    const dir = folder();
    await writeResults(tinyResults(), dir, { charts: false });
    return dir;
  };
  const stopped = () => {
    const stop = new AbortController();
    stop.abort();
    return stop.signal;
  };

  it('refuses a run\'s folder before any work, changing nothing', async () => {
    const dir = await runFolder();
    const before = readdirSync(dir).sort();
    await expect(runSweep(smallPlan(), { out: dir, workers: 1 })).rejects.toThrow(/holds a run's results, not a sweep's: .*--force/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'comparisons.csv'), 'utf8')).toBe(comparisonsCsv(tinyResults()));
  });

  it('forced into a run\'s folder, removes the run\'s files, so its report shows no old comparisons', async () => {
    const dir = await runFolder();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await runSweep(smallPlan(), { out: dir, workers: 1, force: true, signal: stopped() });
    expect(readdirSync(dir).sort()).toEqual(['.sweep-state.json', 'notes.txt', 'runs.csv', 'sweep.json', 'timeseries.csv']);
  });

  it('refuses a folder of other files, and a file, before any work', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'summary.csv'), 'mine');
    await expect(runSweep(smallPlan(), { out: dir, workers: 1 })).rejects.toThrow(/holds no leadsim results: summary\.csv; writing would replace summary\.csv/);
    expect(readdirSync(dir)).toEqual(['summary.csv']);
    await expect(runSweep(smallPlan(), { out: join(dir, 'summary.csv'), workers: 1 })).rejects.toThrow(/is a file, not a folder/);
  });

  it('writes the report with the summary and manifest, which lists it; a finished sweep runs again in place', async () => {
    const dir = folder();
    await runSweep(tinyPlan(), { out: dir, workers: 2, report: reportPage });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { generator: string; kind: string; files: { path: string }[] };
    expect(manifest).toMatchObject({ generator: 'leadsim', kind: 'sweep' });
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['runs.csv', 'summary.csv', 'report.html']));
    const outcome = await runSweep(tinyPlan(), { out: dir, workers: 1, report: reportPage });
    expect(outcome.complete).toBe(true);
  });
});

/**
 * Sensitivity benchmark
 * =====================
 *
 * 1. Cost: the analysis's own work in a 10,000-evaluation Sobol' run — k = 8
 *    factors, N = 1024, N(k + 2) = 10,240 evaluations — against the model's
 *    time for as many evaluations. An evaluation is a design point's replicate
 *    under the flagship's heroic and collective arms (104 weeks); the model
 *    time is measured on a few evaluations and scaled to 10,240. The analysis
 *    is the Saltelli design (scrambled Sobol' sequence, factor values), the
 *    Jansen estimators with the convergence prefixes, and the 1,000-resample
 *    bootstrap, for one output. Times are CPU seconds of this (single) thread,
 *    so other load on the machine does not enter the share. Target: ≤ 1%.
 * 2. Accuracy: the Jansen estimates of the Ishigami and G-function indices at
 *    N = 1024 over 100 independent scramblings: root mean square and largest
 *    error, the basis of the tolerances in test/sensitivity/analytic.test.ts.
 *
 *   npm run bench:sensitivity
 */
import { RULE_SETS } from '../src/leadership/index.ts';
import { stream } from '../src/random/stream.ts';
import { runArms } from '../src/run/run-scenario.ts';
import { loadScenario } from '../src/scenario/index.ts';
import { ANALYTIC_MODELS } from '../src/sensitivity/analytic.ts';
import { bootstrapIntervals } from '../src/sensitivity/bootstrap-indices.ts';
import { factorValue } from '../src/sensitivity/factor-scale.ts';
import { saltelliDesign } from '../src/sensitivity/saltelli-design.ts';
import { sobolIndices } from '../src/sensitivity/sobol-indices.ts';
import { median, progress } from './measure.ts';

const TARGET_SHARE = 0.01;
const K = 8;
const N = 1024;
const EVALUATIONS = N * (K + 2);

/** CPU seconds (user + system) of `work`. */
function cpuSeconds(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

// 1. Model time per evaluation: the flagship's heroic and collective arms, one replicate, after a warm-up.
progress('model: timing flagship evaluations (heroic + collective, 104 weeks)');
const flagship = loadScenario('scenarios/flagship.yaml', { ruleSets: RULE_SETS });
const scenario = { ...flagship, arms: flagship.arms.filter((arm) => arm.name === 'heroic' || arm.name === 'collective') };
runArms(scenario, 1);
const perEvaluation = median([2, 3, 4, 5, 6].map((replicate) => cpuSeconds(() => runArms(scenario, replicate))));
const modelSeconds = perEvaluation * EVALUATIONS;

// 2. The analysis's own work at that size.
progress(`analysis: design, estimators and bootstrap for k = ${K}, N = ${N}`);
const factor = { range: [0, 1] as [number, number], scale: 'linear' as const, integer: false };
let rows: Float64Array[] = [];
const sampling = cpuSeconds(() => {
  rows = saltelliDesign(K, N, stream(1, 'bench', 'scrambling')).rows;
  for (const u of rows) for (let i = 0; i < K; i++) factorValue(factor, u[i]);
});
const { evaluate } = ANALYTIC_MODELS['g-function'];
const y = Float64Array.from(rows, (u) => evaluate(Array.from(u)));
const estimators = cpuSeconds(() => {
  sobolIndices(y, N, K, 'jansen');
  for (let n = 16; n < N; n *= 2) sobolIndices(y, N, K, 'jansen', Int32Array.from({ length: n }, (_, j) => j));
});
const bootstrap = cpuSeconds(() => {
  bootstrapIntervals(N, 2 * K, (picked) => {
    const { first, total } = sobolIndices(y, N, K, 'jansen', picked);
    return [...first, ...total];
  }, { resamples: 1000, random: stream(1, 'bench', 'bootstrap') });
});
const analysis = sampling + estimators + bootstrap;
const share = analysis / modelSeconds;

const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
console.log(`Sobol' run: k = ${K}, N = ${N}, ${EVALUATIONS} evaluations`);
console.log(`  model: ${ms(perEvaluation)} CPU per evaluation (median of 5) × ${EVALUATIONS} = ${(modelSeconds / 60).toFixed(1)} CPU minutes (scaled)`);
console.log(`  analysis: sampling ${ms(sampling)}, estimators ${ms(estimators)}, bootstrap (1,000 resamples) ${ms(bootstrap)}; total ${ms(analysis)}`);
console.log(`  share of model time: ${(100 * share).toFixed(3)}% (target ≤ ${100 * TARGET_SHARE}%)`);

// 3. Accuracy over 100 scramblings.
progress('accuracy: 100 scramblings of Ishigami and the G-function at N = 1024');
for (const [model, low, high] of [['ishigami', -Math.PI, Math.PI], ['g-function', 0, 1]] as const) {
  const { inputs, evaluate: f, indices } = ANALYTIC_MODELS[model];
  const exact = indices();
  const errors = { S1: [] as number[], ST: [] as number[] };
  for (let s = 0; s < 100; s++) {
    const design = saltelliDesign(inputs, N, stream(s, 'bench', 'accuracy', model)).rows;
    const out = design.map((u) => f(Array.from(u, (x) => low + x * (high - low))));
    const { first, total } = sobolIndices(out, N, inputs, 'jansen');
    for (let i = 0; i < inputs; i++) {
      errors.S1.push(first[i] - exact.first[i]);
      errors.ST.push(total[i] - exact.total[i]);
    }
  }
  const rms = (e: number[]) => Math.sqrt(e.reduce((sum, x) => sum + x * x, 0) / e.length).toFixed(3);
  const max = (e: number[]) => Math.max(...e.map(Math.abs)).toFixed(3);
  console.log(`${model}, N = ${N}, 100 scramblings: S1 error rms ${rms(errors.S1)}, max ${max(errors.S1)}; ST error rms ${rms(errors.ST)}, max ${max(errors.ST)}`);
}

if (share > TARGET_SHARE) {
  console.log(`MISSED: the analysis costs ${(100 * share).toFixed(3)}% of the model time (target ≤ ${100 * TARGET_SHARE}%)`);
  process.exitCode = 1;
}

/**
 * The estimators against OpenTURNS (Debian's python3-openturns 1.20, installed by .ci/run): the
 * same Saltelli design and outputs, in OpenTURNS' SobolIndicesExperiment layout, through its
 * JansenSensitivityAlgorithm and SaltelliSensitivityAlgorithm, give the same indices to 1e-9.
 * Skipped, with a message, where no python3 has openturns.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { stream } from '../../src/random/stream.ts';
import { ANALYTIC_MODELS } from '../../src/sensitivity/analytic.ts';
import { saltelliDesign } from '../../src/sensitivity/saltelli-design.ts';
import { sobolIndices } from '../../src/sensitivity/sobol-indices.ts';

const python = ['/usr/bin/python3', 'python3']
  .filter((p) => !p.startsWith('/') || existsSync(p))
  .find((p) => spawnSync(p, ['-c', 'import openturns'], { stdio: 'ignore' }).status === 0);
if (python === undefined) console.warn('test/sensitivity/openturns.test.ts skipped: no python3 with openturns (install Debian\'s python3-openturns; .ci/run does).');

function openturns(design: Float64Array[], outputs: number[], samples: number) {
  const input = JSON.stringify({ design: design.map((row) => Array.from(row)), outputs, samples });
  return JSON.parse(execFileSync(python!, [new URL('./openturns-indices.py', import.meta.url).pathname], { input, encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<
    'jansen' | 'saltelli',
    { first: number[]; total: number[] }
  >;
}

describe.skipIf(python === undefined)('Sobol\' estimators against OpenTURNS', () => {
  it.each([
    ['Ishigami', 'ishigami', -Math.PI, Math.PI, 64],
    ['the G-function', 'g-function', 0, 1, 128],
  ] as const)('%s: Jansen and Saltelli indices equal OpenTURNS\' to 1e-9', (_, model, low, high, samples) => {
    const { inputs, evaluate } = ANALYTIC_MODELS[model];
    const design = saltelliDesign(inputs, samples, stream(11, 'openturns', model)).rows.map((u) => u.map((x) => low + x * (high - low)));
    // A little noise, so no index is exactly 0 or 1 by construction.
    const noise = stream(11, 'noise');
    const outputs = design.map((x) => evaluate(Array.from(x)) + noise.normal(0, 0.1));
    const theirs = openturns(design, outputs, samples);
    for (const estimator of ['jansen', 'saltelli'] as const) {
      const ours = sobolIndices(outputs, samples, inputs, estimator);
      Array.from(ours.first).forEach((value, i) => expect(Math.abs(value - theirs[estimator].first[i])).toBeLessThan(1e-9));
      Array.from(ours.total).forEach((value, i) => expect(Math.abs(value - theirs[estimator].total[i])).toBeLessThan(1e-9));
    }
  });
});

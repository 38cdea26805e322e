/**
 * The package as a user installs it
 * =================================
 *
 * `npm pack` (which builds dist/ first), then a scratch project outside the
 * repository (under the system's temporary folder) installs the tarball, as
 * someone would from the registry: its dependencies come from the npm
 * registry. There, the README's scripting example (a) is type-checked and
 * compiled by `tsc --module nodenext` and (b) runs with plain `node`; (c)
 * `npx leadsim run flagship --replicates 1` runs the installed command, and a
 * small sweep runs on its worker threads. The
 * tarball carries the compiled library, its declarations, the bundled
 * scenarios and the licence, and no tests, benchmarks or notebooks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT, codeBlocks } from '../docs/code-blocks.ts';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const example = codeBlocks(join(ROOT, 'README.md'), 'ts').find(({ heading }) => heading === 'Scripting in TypeScript');

let scratch: string;
let packed: string[];

/** Runs a command in the scratch project; on failure, an error with its output. */
function inScratch(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: 'pipe', timeout: 540_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${scratch}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'leadsim-package-'));
  const [pack] = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  packed = pack.files.map(({ path }: { path: string }) => path);
  writeFileSync(join(scratch, 'package.json'), `${JSON.stringify({ name: 'leadsim-user', private: true, type: 'module' }, null, 2)}\n`);
  process.stderr.write(`test/package: installing ${pack.filename} and its dependencies in ${scratch}\n`);
  inScratch(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, pack.filename), '@types/node@20']);
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe('the packed tarball', () => {
  it('carries the compiled library, declarations, scenarios and licence, and nothing of development', () => {
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/cli/main.js', 'dist/sweep/worker.js', 'dist/sensitivity/worker.js', 'dist/patterns/worker.js', 'bin/leadsim.js', 'scenarios/flagship.yaml', 'LICENSE', 'CITATION.cff', 'README.md', 'package.json'])
      expect(packed, file).toContain(file);
    expect(packed.filter((file) => /^(test|bench|notebooks|scripts|src\/demo)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules', 'leadsim', 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
  });

  it("type-checks the README's scripting example with tsc --module nodenext", () => {
    expect(example, 'the README has a "Scripting in TypeScript" ts block').toBeDefined();
    writeFileSync(join(scratch, 'example.ts'), example!.code);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    inScratch(process.execPath, [tsc, '--module', 'nodenext', '--target', 'es2022', '--strict', '--outDir', 'build', 'example.ts']);
    expect(existsSync(join(scratch, 'build', 'example.js'))).toBe(true);
  }, 300_000);

  it("runs the README's scripting example with plain node", () => {
    const output = inScratch(process.execPath, [join('build', 'example.js')]);
    expect(output).toMatch(/^mehra, replicate 1: \d+ people at the end, \d+ leadership ties$/m);
    const summary = readFileSync(join(scratch, 'out', 'mehra', 'summary.csv'), 'utf8');
    expect(summary).toContain('mehra');
    expect(summary).toContain('claims_granted_so_far');
  }, 300_000);

  it('runs npx leadsim run flagship --replicates 1', () => {
    // --no: the installed command, never one fetched from the registry.
    const output = inScratch(NPX, ['--no', 'leadsim', 'run', 'flagship', '--replicates', '1', '--out', 'flagship-run']);
    expect(output).toContain('Final uptake');
    expect(readFileSync(join(scratch, 'flagship-run', 'timeseries.csv'), 'utf8').split('\n')[0]).toMatch(/^arm,replicate,week/);
    expect(readFileSync(join(scratch, 'flagship-run', 'charts', 'uptake.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 300_000);
});

describe('the installed command', () => {
  it('runs a sweep on worker threads from the compiled code (tsx is not installed)', () => {
    expect(existsSync(join(scratch, 'node_modules', 'tsx'))).toBe(false);
    const sweep = ['name: tiny', 'description: Two points on the flagship trust', 'scenario: flagship', 'weeks: 31', 'replicates: 1',
      'arms: [{ name: hybrid, rules: hybrid }]', 'factors: [{ name: steepness, path: arms.*.parameters.hierarchySteepness, values: [0, 1] }]', 'design: grid', ''];
    writeFileSync(join(scratch, 'tiny.yaml'), sweep.join('\n'));
    inScratch(NPX, ['--no', 'leadsim', 'sweep', 'tiny.yaml', '--workers', '2', '--quiet', '--out', 'tiny']);
    expect(readFileSync(join(scratch, 'tiny', 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
  }, 300_000);

  it("records the package's version and the Node version in manifest.json, and no commit outside a checkout", () => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'flagship-run', 'manifest.json'), 'utf8'));
    expect(manifest.leadsimVersion).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(manifest.nodeVersion).toBe(process.version);
    expect(manifest).not.toHaveProperty('gitCommit');
  });
});

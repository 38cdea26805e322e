/**
 * The research notebooks run
 * ==========================
 *
 * Every notebook in notebooks/ is executed headlessly with Jupyter
 * (`jupyter nbconvert --to notebook --execute`, into a temporary folder: the
 * committed notebooks are not touched) and fails on any cell error. The
 * library is compiled for the kernel from this checkout first, and the kernel
 * is this checkout's (a kernel spec in a private JUPYTER_PATH), so the test
 * runs the current source whatever was registered with Jupyter before.
 *
 * Needs Jupyter (Debian: jupyter-nbconvert, python3-ipykernel,
 * python3-nbclient; .ci/run installs them); skipped, with a message, only when
 * Jupyter itself is absent. The tslab kernel (notebooks/node_modules) is
 * installed here when missing, as `npm run notebooks:setup` does, so
 * `npm ci && npm test` needs nothing more; the kernel is not registered with
 * the machine's Jupyter.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const folder = join(root, 'notebooks');
const notebooks = readdirSync(folder).filter((file) => /^\d\d-.*\.ipynb$/.test(file)).sort();

const jupyter = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
const hasJupyter = jupyter.status === 0;
if (!hasJupyter)
  console.warn(
    'test/notebooks: Jupyter is not installed (no `jupyter nbconvert`), so the notebooks are not executed. ' +
      'Install jupyter-nbconvert, python3-ipykernel and python3-nbclient (Debian) to run them.',
  );

interface Cell {
  cell_type: 'code' | 'markdown';
  source: string | string[];
  outputs?: { output_type: string; name?: string; text?: string | string[]; data?: Record<string, unknown> }[];
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name: string } };
}
const read = (file: string): Notebook => JSON.parse(readFileSync(file, 'utf8'));
const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));

describe('the committed notebooks', () => {
  it('are numbered 01 to 05 at least', () => {
    expect(notebooks.length).toBeGreaterThanOrEqual(5);
    expect(notebooks.slice(0, 5).map((file) => file.slice(0, 2))).toEqual(['01', '02', '03', '04', '05']);
  });

  it.each(notebooks)('%s uses the tslab kernel and is committed with its outputs', (file) => {
    const notebook = read(join(folder, file));
    expect(notebook.metadata.kernelspec?.name).toBe('tslab');
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    expect(code.length).toBeGreaterThan(0);
    // tslab leaves execution counts empty, so outputs are the sign that it was run before it was committed.
    expect(code.filter((cell) => (cell.outputs ?? []).length > 0).length, 'run the notebook and commit it with its outputs').toBeGreaterThan(code.length / 2);
    const errors = code.flatMap((cell) => (cell.outputs ?? []).filter((o) => o.output_type === 'error' || o.name === 'stderr'));
    expect(errors.map((o) => text(o.text).slice(0, 300))).toEqual([]);
    // Charts are inline SVG, so they show on a repository page and in exported HTML.
    if (code.some((cell) => text(cell.source).includes('renderSvg(')))
      expect(code.some((cell) => (cell.outputs ?? []).some((o) => o.data?.['image/svg+xml']))).toBe(true);
  });
});

describe.skipIf(!hasJupyter)('the notebooks run top to bottom', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    if (!existsSync(join(folder, 'node_modules', 'tslab'))) {
      // The kernel's own dependencies (notebooks/package-lock.json), from the npm registry, once.
      process.stderr.write('test/notebooks: installing the tslab kernel in notebooks/node_modules (npm ci)…\n');
      execFileSync(NPM, ['ci', '--prefix', folder, '--no-audit', '--no-fund'], { cwd: root, stdio: 'pipe' });
    }
    // Build the package from this checkout's source and link it for the kernel.
    execFileSync(process.execPath, [join(folder, 'setup.mjs'), '--build-only'], { cwd: root, stdio: 'pipe' });
    work = mkdtempSync(join(tmpdir(), 'leadsim-notebooks-'));
    // This checkout's kernel, found before any registered one.
    const spec = join(work, 'jupyter', 'kernels', 'tslab');
    mkdirSync(spec, { recursive: true });
    const kernel = { argv: [process.execPath, join(folder, 'kernel.mjs'), 'kernel', '--config-path', '{connection_file}'], display_name: 'TypeScript', language: 'typescript' };
    writeFileSync(join(spec, 'kernel.json'), JSON.stringify(kernel));
    // Before any JUPYTER_PATH of the machine's (where nbconvert may find its templates).
    const jupyterPath = [join(work, 'jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(delimiter);
    env = { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: '1' };
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Executes a notebook into `work`; on failure, the error the kernel printed (nbconvert shows only the cell). */
  const execute = (file: string, cwdFolder = folder) => {
    const args = ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=300', '--output-dir', join(work, 'out'), file];
    const run = spawnSync('jupyter', args, { cwd: cwdFolder, env, encoding: 'utf8', timeout: 300_000 });
    if (run.status === 0) return { ok: true, message: '' };
    const rerun = spawnSync('jupyter', [...args.slice(0, -1), '--allow-errors', '--output', `${file}.errors`, file], { cwd: cwdFolder, env, encoding: 'utf8', timeout: 300_000 });
    const errors = rerun.status === 0
      ? read(join(work, 'out', `${file}.errors.ipynb`)).cells.flatMap((cell) => (cell.outputs ?? []).filter((o) => o.name === 'stderr').map((o) => text(o.text)))
      : [];
    return { ok: false, message: `${file} failed:\n${errors.join('\n') || run.stderr.slice(-3000)}` };
  };

  it.each(notebooks)('%s', (file) => {
    const started = performance.now();
    const { ok, message } = execute(file);
    expect(ok, message).toBe(true);
    const code = read(join(work, 'out', file)).cells.filter((cell) => cell.cell_type === 'code');
    expect(code.filter((cell) => (cell.outputs ?? []).length > 0).length).toBeGreaterThan(code.length / 2);
    console.log(`${file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('fails on a cell that throws', () => {
    const broken = {
      cells: [
        { cell_type: 'code', execution_count: null, id: 'a', metadata: {}, outputs: [], source: 'const x: number = 1;' },
        { cell_type: 'code', execution_count: null, id: 'b', metadata: {}, outputs: [], source: "throw new Error('deliberately broken');" },
      ],
      metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    writeFileSync(join(work, 'broken.ipynb'), JSON.stringify(broken));
    const { ok, message } = execute('broken.ipynb', work);
    expect(ok).toBe(false);
    expect(message).toContain('deliberately broken');
  }, 300_000);
});

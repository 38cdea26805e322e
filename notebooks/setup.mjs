#!/usr/bin/env node
/**
 * Notebook set-up
 * ===============
 *
 * `npm run notebooks:setup` runs `npm ci` in this folder (the tslab kernel and
 * nothing else), then this script, which
 *
 * 1. builds the library for the notebooks: the kernel compiles cells with its
 *    own TypeScript (5.0, CommonJS), which cannot load the project's `.ts`
 *    sources, so it gets the package as users do, compiled: the repository's
 *    `npm run build` (scripts/build.mjs, into `dist/`), then
 *    `notebooks/node_modules/leadsim/`, where `import … from 'leadsim'` finds
 *    it: the package.json and links to `dist/` and `scenarios/` (ignored by
 *    git, remade by every set-up; after changing `src/`, run
 *    `npm run notebooks:build`);
 * 2. registers the kernel with Jupyter as "tslab" (display name "TypeScript"):
 *    kernel.mjs in this checkout, which preloads the library and starts
 *    tslab. Skipped with `--build-only`; `--kernel-prefix=DIR` registers it
 *    under DIR instead of for the whole machine.
 *
 * Jupyter's Python is the one that runs the `jupyter` command (its `#!`
 * line), else `/usr/bin/python3`, else `python3`; set LEADSIM_JUPYTER_PYTHON
 * to choose another.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const notebooks = dirname(fileURLToPath(import.meta.url));
const root = dirname(notebooks);
const library = join(notebooks, 'node_modules', 'leadsim');

build();
if (!process.argv.includes('--build-only')) registerKernel();

function build() {
  if (!existsSync(join(root, 'node_modules', 'typescript'))) fail('the project\'s dependencies are missing: run `npm ci` in the repository first.');
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  } catch {
    fail('building the package failed (above).');
  }
  // Made beside the library and swapped in at the end, so a kernel starting meanwhile (or a test run
  // building at the same time) never finds it half-made. Node follows the links to their real paths,
  // where the compiled modules find ../../package.json (the version) and ../../scenarios/.
  const staging = join(notebooks, 'node_modules', `.leadsim-build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  copyFileSync(join(root, 'package.json'), join(staging, 'package.json'));
  for (const folder of ['dist', 'scenarios']) symlinkSync(relative(library, join(root, folder)), join(staging, folder), 'dir');
  const old = `${staging}-old`;
  if (existsSync(library)) renameSync(library, old);
  renameSync(staging, library);
  rmSync(old, { recursive: true, force: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  console.log(`notebooks: leadsim ${version} (dist/) linked into ${relative(root, library)}/`);
}

function registerKernel() {
  if (!existsSync(join(notebooks, 'node_modules', 'tslab'))) fail('tslab is missing: run `npm run notebooks:setup` (it installs it).');
  const python = jupyterPython();
  const kernel = join(notebooks, 'kernel.mjs'); // tslab, with the library preloaded
  // --kernel-prefix=DIR registers under DIR/share/jupyter/kernels (found with JUPYTER_PATH=DIR/share/jupyter)
  // rather than for the whole machine: CI uses it, so a clone that is deleted afterwards leaves no kernel behind.
  const prefix = process.argv.find((arg) => arg.startsWith('--kernel-prefix='))?.slice('--kernel-prefix='.length);
  execFileSync(process.execPath, [kernel, 'install', `--python=${python}`, `--binary=${kernel}`, ...(prefix ? [`--prefix=${prefix}`] : [])], { stdio: 'inherit' });
  const where = prefix ? ` under ${prefix} (set JUPYTER_PATH=${join(prefix, 'share', 'jupyter')} to use it)` : '';
  console.log(`notebooks: registered the tslab kernel with ${python}${where}; open the notebooks with \`jupyter notebook notebooks/\`.`);
}

function jupyterPython() {
  const candidates = [];
  if (process.env.LEADSIM_JUPYTER_PYTHON) candidates.push(process.env.LEADSIM_JUPYTER_PYTHON);
  const jupyter = onPath('jupyter');
  const shebang = jupyter ? /^#!\s*(\S+)/.exec(readFileSync(jupyter, 'utf8').split('\n')[0]) : null;
  if (shebang && !shebang[1].endsWith('/env')) candidates.push(shebang[1]);
  candidates.push('/usr/bin/python3', 'python3');
  for (const python of candidates) {
    try {
      execFileSync(python, ['-c', 'import jupyter_client'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  fail('no Python with jupyter_client found: install Jupyter (on Debian: apt-get install jupyter-nbconvert python3-ipykernel python3-nbclient), or set LEADSIM_JUPYTER_PYTHON.');
}

function onPath(command) {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(folder, command);
    if (folder && existsSync(file)) return file;
  }
  return null;
}

function fail(message) {
  console.error(`notebooks: ${message}`);
  process.exit(1);
}

/**
 * The codebase's shape
 * ====================
 *
 * Checks that keep `src/` readable as a newcomer finds it: no source file
 * over 300 lines, no import cycle between files (type-only imports and
 * re-exports count: a type cycle still ties two modules together), and a
 * README layout table that names every folder of `src/` and nothing that does
 * not exist. Each check lists every offender, not just the first.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 300;
const SOURCE = /\.(ts|mts|js|mjs|css|html)$/;

/** Every file under `folder`, relative to the repository, forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(ROOT, path).split('\\').join('/'))
    .sort();
}

function lineCount(path: string): number {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The graph of relative imports between TypeScript files of `src/`, as ts.preProcessFile reads them (imports, `import type`, re-exports, dynamic imports). */
function importGraph(): DirectedGraph {
  const graph = new DirectedGraph();
  const files = filesUnder(SRC).filter((path) => /\.m?ts$/.test(path));
  for (const file of files) graph.addNode(file);
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package
      const target = relative(ROOT, resolve(ROOT, dirname(file), fileName)).split('\\').join('/');
      if (graph.hasNode(target)) graph.mergeEdge(file, target);
    }
  }
  return graph;
}

/** The `src/…` paths named in the README's layout table. */
function layoutTablePaths(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Layout.*$([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const firstCells = rows.map((row) => row.split('|')[1] ?? '');
  return firstCells.flatMap((cell) => [...cell.matchAll(/`(src\/[^`]*)`/g)].map((match) => match[1])).map((path) => path.replace(/\/$/, ''));
}

describe('the codebase', () => {
  it(`has no source file in src/ over ${String(MAX_LINES)} lines`, () => {
    const long = filesUnder(SRC)
      .filter((path) => SOURCE.test(path))
      .map((path) => ({ path, lines: lineCount(path) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path} (${String(lines)} lines)`);
    expect(long, 'files to split by concern').toEqual([]);
  });

  it('has no import cycle in src/, counting type-only imports', () => {
    const graph = importGraph();
    expect(graph.size, 'imports found').toBeGreaterThan(100);
    const cycles = stronglyConnectedComponents(graph)
      .filter((component) => component.length > 1 || graph.hasEdge(component[0] ?? '', component[0] ?? ''))
      .map((component) => component.sort().join(' ↔ '));
    expect(cycles, 'files importing each other, directly or through others').toEqual([]);
  });

  it("has a README layout table that names every folder of src/, and only folders that exist", () => {
    const named = layoutTablePaths();
    expect(named.length, 'paths in the layout table').toBeGreaterThan(0);
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `src/${entry.name}`);
    expect(folders.filter((folder) => !named.includes(folder)), 'folders of src/ missing from the table').toEqual([]);
    expect(named.filter((path) => !existsSync(join(ROOT, path)) || !statSync(join(ROOT, path)).isDirectory()), 'table rows naming no folder').toEqual([]);
  });
});

/**
 * A document's code blocks, as scripts
 * ====================================
 *
 * Shared by the tests that run the README's and the guides' examples: the
 * fenced blocks of one language, with the heading each sits under and its
 * line; a type check of them with the project's settings; and a run of one
 * with tsx against the library's TypeScript sources (the `leadsim-source`
 * export condition, so no build is needed between a change and its test).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CodeBlock {
  /** "NN heading (line L)", for test names. */
  name: string;
  /** block-N.<language>: its file name in a scratch folder. */
  file: string;
  heading: string;
  code: string;
}

/** The blocks fenced as ```language in a Markdown file. */
export function codeBlocks(markdownFile: string, language: string): CodeBlock[] {
  const text = readFileSync(markdownFile, 'utf8');
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match, i) => {
    const before = text.slice(0, match.index);
    const heading = [...before.matchAll(/^#+ (.*)$/gm)].at(-1)?.[1] ?? 'top';
    const line = before.split('\n').length;
    return { name: `${String(i + 1).padStart(2, '0')} ${heading} (line ${line})`, file: `block-${i + 1}.${language}`, heading, code: match[1] };
  });
}

/** out/<name>, holding each block as its file from before the suite's tests until after them. */
export function scratchFolder(name: string, blocks: readonly CodeBlock[]): string {
  const folder = join(ROOT, 'out', name);
  beforeAll(() => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const { file, code } of blocks) writeFileSync(join(folder, file), code);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Type-checks every .ts file of a folder inside the repository with the project's settings; fails with tsc's output. */
export function expectTypeChecks(folder: string, document: string): void {
  const { output, status } = typeCheck(folder);
  expect(output, `type errors in ${document} (block-N.ts is its Nth ts block)`).toBe('');
  expect(status).toBe(0);
}

function typeCheck(folder: string): { output: string; status: number | null } {
  const config = { extends: relative(folder, join(ROOT, 'tsconfig.json')), include: ['*.ts'], compilerOptions: { noEmit: true, noUnusedLocals: true } };
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(config));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', folder], { encoding: 'utf8' });
  return { output: run.stdout + run.stderr, status: run.status };
}

/** Runs a TypeScript script with tsx, `leadsim` being the library's sources; its stdout, or an Error with both streams. */
export function runScript(file: string, cwd: string): string {
  const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  try {
    return execFileSync(process.execPath, ['--conditions=leadsim-source', '--import', tsx, file], { cwd, encoding: 'utf8', stdio: 'pipe', timeout: 300_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

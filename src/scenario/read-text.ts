/**
 * Reading a scenario or sweep file's text
 * =======================================
 *
 * Everything about the file itself is checked before it is parsed, each a
 * ScenarioError naming the file: its extension, that it exists and is a file,
 * its size (a scenario is a page of text; MAX_FILE_BYTES keeps a mistaken
 * file from filling memory), that it is text (UTF-8, no NUL bytes: a binary
 * file is named as such, never echoed back) and that it is not empty.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

import { messageOf } from '../errors.ts';
import { ScenarioError } from './errors.ts';

export const FILE_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The largest scenario or sweep file read: 1 MiB (the bundled ones are under 4 KiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

export function readScenarioText(file: string): string {
  const fail = (expected: string, found: string) => new ScenarioError([{ file, path: '', expected, found }]);
  const extension = extname(file).toLowerCase();
  if (!FILE_EXTENSIONS.includes(extension)) throw fail('a .yaml, .yml or .json file', extension ? `a ${extension} file` : 'no extension');
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw fail('a scenario file', 'a folder');
    if (stat.size > MAX_FILE_BYTES) throw fail(`a file of at most ${MAX_FILE_BYTES / 1024} KiB`, `${Math.ceil(stat.size / 1024)} KiB`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw fail('a readable scenario file', code === 'ENOENT' ? 'no such file' : messageOf(error));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw fail('a text file (YAML or JSON)', `binary data (a NUL byte at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('a text file in UTF-8 (YAML or JSON)', 'bytes that are not UTF-8 (binary data, or another encoding)');
  }
  if (text.trim() === '') throw fail('a scenario (key: value lines)', bytes.length === 0 ? 'an empty file' : 'a file of only white space');
  return text;
}

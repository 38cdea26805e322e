import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'vitest';

import { ScenarioError } from '../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../src/scenario/index.ts';

const folder = mkdtempSync(join(tmpdir(), 'leadsim-scenario-'));

/** Writes `text` to a fresh file in a temporary folder and returns its path. */
export function scenarioFile(text: string, name = 'scenario.yaml'): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

/** The issues of the ScenarioError that `load` throws; fails the test if it throws nothing or something else. */
export function issuesOf(load: () => unknown): readonly ScenarioIssue[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  return expect.unreachable('expected a ScenarioError');
}

/** A scenario like the flagship, fixed for tests. */
export const EXAMPLE = fileURLToPath(new URL('fixtures/example.yaml', import.meta.url));

/** The smallest valid scenario: everything else has a default. */
export const MINIMAL = 'name: minimal\ndescription: The smallest valid scenario\n';

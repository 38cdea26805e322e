/**
 * What the docs say of the bundled scenarios is what they are
 * ============================================================
 *
 * Each `leadsim validate` line docs/scenarios.md shows is the line the
 * command prints today, and the README's description of `region` gives its
 * weeks.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { bundledScenario } from '../../src/scenario/bundled.ts';
import { ROOT } from './code-blocks.ts';

const shown = [...readFileSync(join(ROOT, 'docs', 'scenarios.md'), 'utf8').matchAll(/^(\S+): valid \(.*$/gm)].map(([line, name]) => ({ name, line }));

describe('docs/scenarios.md', () => {
  it('shows validate lines', () => {
    expect(shown.map(({ name }) => name)).toContain('region');
  });

  it.each(shown)('shows what `leadsim validate $name` prints', ({ name, line }) => {
    const { status, stdout } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', name], { cwd: ROOT, encoding: 'utf8' });
    expect(status).toBe(0);
    expect(stdout.split('\n')).toContain(line);
  }, 60_000);
});

it('the README gives the bundled region\'s weeks', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replaceAll('\n', ' ');
  const region = readme.match(/`region` \((.*?)\)\. /)?.[1];
  expect(region).toBeDefined();
  expect(region).toContain(`${bundledScenario('region').weeks} weeks`);
});

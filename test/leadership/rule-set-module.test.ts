/**
 * `--rule-set-module`, as docs/rule-sets.md shows it
 * ==================================================
 *
 * The page's example module and arms are written to a scratch folder inside
 * the repository (so `leadsim` resolves to the package itself, as in a
 * reader's clone) and run through the command line: validate accepts the arm
 * and checks the new parameter's range with the file's line; run runs it.
 * Modules that cannot be used are refused, each with the file, what was
 * expected and what was found.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { RULE_SETS } from '../../src/leadership/index.ts';
import { loadRuleSetModule, registryWithModules } from '../../src/leadership/rule-set-module.ts';
import { ROOT, codeBlocks, scratchFolder } from '../docs/code-blocks.ts';

const page = join(ROOT, 'docs', 'rule-sets.md');
const moduleBlock = codeBlocks(page, 'ts').find(({ code }) => code.includes('export default defineRuleSet'));
const arms = codeBlocks(page, 'yaml')[0];
const scratch = scratchFolder('test-rule-set-module', []);

function leadsim(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--conditions=leadsim-source', '--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

function scratchFile(name: string, content: string): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('the example of docs/rule-sets.md', () => {
  it('is on the page', () => {
    expect(moduleBlock).toBeDefined();
    expect(arms.code).toContain('rules: protected-trainees');
  });

  it('validates and runs through --rule-set-module; a value out of its range is refused with its line', () => {
    const module = scratchFile('protected-trainees.ts', moduleBlock?.code ?? '');
    const scenario = scratchFile('my-trust.yaml', `name: my-trust\ndescription: The page's arms\nweeks: 8\nreplicates: 1\n${arms.code}`);
    const valid = leadsim('validate', scenario, '--rule-set-module', module);
    expect(valid.stderr).toBe('');
    expect(valid.stdout).toMatch(/my-trust\.yaml: valid \(2 arms/);
    // Without the module the arm names an unknown rule set.
    expect(leadsim('validate', scenario).stderr).toMatch(/arms\[1\]\.rules: expected a rule set \(heroic, collective, hybrid\), found "protected-trainees"/);

    const outOfRange = scratchFile('out-of-range.yaml', readFileSync(scenario, 'utf8').replace('traineeBoost: 0.6', 'traineeBoost: 2'));
    const refused = leadsim('validate', outOfRange, '--rule-set-module', module);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/out-of-range\.yaml:7:\d+: arms\[1\]\.parameters\.traineeBoost: expected a number in \[0, 1\], found 2/);

    const run = leadsim('run', scenario, '--rule-set-module', module, '--out', join(scratch, 'out'), '--no-charts', '--json', '--quiet');
    expect(run.stderr).toBe('');
    const summary: unknown = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      arms: [{ name: 'collective' }, { name: 'protected', rules: 'protected-trainees', description: "Collective leadership; colleagues back trainees' claims more readily." }],
    });
  }, 120_000);
});

describe('a module that cannot be used is refused, naming the file, what was expected and what was found', () => {
  const good = 'export default { name: "mine", description: "d", parameters: {}, create: () => ({}) };';
  it.each([
    ['no default export', 'export const x = 1;', /none\.mjs: expected a module whose default export is a rule set .*, found no default export/],
    ['a default export that is not a rule set', 'export default 42;', /default export: expected a rule set .*, found 42/],
    ['a parameter without a range', 'export default { name: "mine", description: "d", parameters: { w: { default: 1, description: "w" } }, create: () => ({}) };', /found parameters\.w\.min undefined \(expected a number\)/],
    ['a default outside its range', 'export default { name: "mine", description: "d", parameters: { w: { default: 2, min: 0, max: 1, description: "w" } }, create: () => ({}) };', /parameter w: expected a default in \[0, 1\], found 2/],
    ['an empty list', 'export default [];', /found an empty list/],
    ['a bad name in a list', `export default [${good.slice(15, -1)}, { ...${good.slice(15, -1)}, name: "Mine 2" }];`, /default export \[1\]: .*lower-case letters.*"Mine 2"/],
    ['a module that throws', 'throw new Error("boom");', /expected a module that loads, found an error: boom/],
  ])('%s', async (_case, code, message) => {
    const file = scratchFile(_case === 'no default export' ? 'none.mjs' : `${_case.replaceAll(' ', '-')}.mjs`, code);
    await expect(loadRuleSetModule(file)).rejects.toThrow(message);
  });

  it.each([
    ['a file that is not a module', 'rules.yaml', /rules\.yaml: expected a JavaScript or TypeScript module .*, found a \.yaml file/],
    ['a missing file', 'missing.mjs', /missing\.mjs: expected a rule-set module, found no such file/],
  ])('%s', async (_case, name, message) => {
    await expect(loadRuleSetModule(join(scratch, name === 'rules.yaml' ? scratchFile(name, 'x: 1') : name))).rejects.toThrow(message);
  });

  it.each(['my-rules', 'my-rules.mjs'])('a folder, %s, is called a folder, whatever its name', async (name) => {
    const folder = join(scratch, name);
    mkdirSync(folder, { recursive: true });
    await expect(loadRuleSetModule(folder)).rejects.toThrow(`${folder}: expected a JavaScript or TypeScript module (.js, .mjs, .ts, .mts), found a folder; give the module file in it`);
  });

  it('a rule set under a name already taken (a module adds rule sets, never replaces one)', async () => {
    const file = scratchFile('heroic.mjs', good.replace('"mine"', '"heroic"'));
    await expect(registryWithModules([file])).rejects.toThrow(/heroic\.mjs: expected rule sets with new names, found "heroic", already a rule set/);
    const mine = await registryWithModules([scratchFile('mine.mjs', good)]);
    expect(Object.keys(mine)).toEqual([...Object.keys(RULE_SETS), 'mine']);
  });
});

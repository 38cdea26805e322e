/**
 * Small plans for the cluster tests, and reading a results folder's CSV and JSON files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 2 design points × `replicates` × 2 arms of the flagship over `weeks` weeks. */
export function writeSmallSweep(dir: string, replicates: number, weeks: number): string {
  const file = join(dir, 'small.yaml');
  writeFileSync(
    file,
    [
      'name: small',
      'description: cluster test',
      'scenario: flagship',
      `weeks: ${weeks}`,
      `replicates: ${replicates}`,
      'arms:',
      '  - { name: heroic, rules: heroic }',
      '  - { name: collective, rules: collective }',
      'factors:',
      '  - { name: rewiring, path: trust.ties.teamRewiring, values: [0.05, 0.2] }',
      '',
    ].join('\n'),
  );
  return file;
}

/** Morris screening of the Ishigami function: 40 points, quick to run. */
export function writeIshigami(dir: string): string {
  const file = join(dir, 'ishigami.yaml');
  writeFileSync(
    file,
    [
      'name: ishigami-cluster',
      'description: Ishigami, Morris screening, for the cluster test',
      'model: ishigami',
      'seed: 5',
      'method:',
      '  morris: { trajectories: 10, levels: 4 }',
      'factors:',
      '  - { name: x1, path: inputs.x1, range: [-3.14159, 3.14159] }',
      '  - { name: x2, path: inputs.x2, range: [-3.14159, 3.14159] }',
      '  - { name: x3, path: inputs.x3, range: [-3.14159, 3.14159] }',
      'outputs:',
      '  - { name: y, of: y }',
      '',
    ].join('\n'),
  );
  return file;
}

/** Every CSV and JSON file a local run writes (manifest.json aside: it records times), by name. */
export function resultFiles(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir).filter((name) => /\.(csv|json)$/.test(name) && name !== 'manifest.json');
  return new Map(names.sort().map((name) => [name, readFileSync(join(dir, name))]));
}

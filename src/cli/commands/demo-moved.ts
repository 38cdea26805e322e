/**
 * `leadsim demo`: the old name of `leadsim contagion`
 * ===================================================
 *
 * `leadsim demo` once ran the bare contagion engine, while "the demo" of the
 * README is the workshop page (`npm run demo`). The command now only says
 * where each went and fails, so a script that still calls it stops rather
 * than silently doing something else. Hidden from `leadsim --help`.
 */
import { Command } from 'commander';

import { LeadsimError } from '../../errors.ts';

export const DEMO_MOVED =
  '`leadsim demo` is now `leadsim contagion` (simple vs complex contagion on a staff network, same options). ' +
  'The workshop page is `npm run demo` in a clone of the repository (docs/workshop.md).';

export function demoMovedCommand(): Command {
  return new Command('demo')
    .description('Renamed: see `leadsim contagion`.')
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .action(() => {
      throw new LeadsimError(DEMO_MOVED);
    });
}

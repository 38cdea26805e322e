/**
 * leadsim command line
 * ====================
 *
 * One file per command under ./commands; this file only wires them up.
 */
import { Command } from 'commander';

import { contagionCommand } from './commands/contagion.ts';
import { demoMovedCommand } from './commands/demo-moved.ts';
import { exportNetworkCommand } from './commands/export-network.ts';
import { listCommand } from './commands/list.ts';
import { patternsCommand } from './commands/patterns.ts';
import { reportCommand } from './commands/report.ts';
import { runCommand } from './commands/run.ts';
import { sensitivityCommand } from './commands/sensitivity.ts';
import { sweepCommand } from './commands/sweep.ts';
import { validateCommand } from './commands/validate.ts';
import { LeadsimError } from '../errors.ts';
import { terminalSafe } from './terminal.ts';
import { LEADSIM_VERSION } from '../run/run-scenario.ts';

const program = new Command('leadsim')
  .description('Agent-based simulation of heroic and collective leadership in healthcare organisations.')
  .version(LEADSIM_VERSION)
  .showHelpAfterError()
  .addCommand(runCommand())
  .addCommand(sweepCommand())
  .addCommand(patternsCommand())
  .addCommand(sensitivityCommand())
  .addCommand(contagionCommand())
  .addCommand(validateCommand())
  .addCommand(reportCommand())
  .addCommand(exportNetworkCommand())
  .addCommand(listCommand())
  .addCommand(demoMovedCommand(), { hidden: true });

try {
  await program.parseAsync();
} catch (error) {
  // Our own errors are for the user: print the message, not a stack.
  if (!(error instanceof LeadsimError)) throw error;
  process.stderr.write(`leadsim: ${terminalSafe(error.message)}\n`);
  process.exitCode = 1;
}

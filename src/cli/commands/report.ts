/**
 * `leadsim report DIR`: one page to read a results folder
 * =======================================================
 *
 * DIR is the output folder of `leadsim run` or of a sweep. Writes
 * DIR/report.html (tables, charts, definition and provenance in one
 * self-contained file), lists it in the folder's manifest and prints its path.
 */
import { Command } from 'commander';

import { writeReport } from '../../report/index.ts';

export function reportCommand(): Command {
  return new Command('report')
    .description('Write report.html into a results folder: summary tables, charts, definition and provenance in one self-contained page.')
    .argument('<dir>', 'a results folder written by `leadsim run` or by a sweep')
    .option('--force', 'replace a report.html that leadsim did not write')
    .action(async (dir: string, options: { force?: boolean }) => {
      process.stdout.write(`${await writeReport(dir, { force: options.force })}\n`);
    });
}

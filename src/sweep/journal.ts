/**
 * The sweep journal
 * =================
 *
 * A sweep writes as it goes: each finished task appends its time series to
 * timeseries.csv and its rows to runs.csv, then records the files' lengths
 * and the number of tasks done in .sweep-state.json (written with the shared
 * atomic writer, so it is always whole, and a killed write's staging is
 * cleared by the next). Tasks are written in task order,
 * whatever order the workers finish them in, so the files are the same bytes
 * for any number of workers. On resume the files are cut back to the recorded
 * lengths, so a kill mid-write never leaves half a row.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { LeadsimError } from '../errors.ts';
import { writeFileAtomically } from '../exporters/files/atomic-file.ts';
import { MANIFEST_FILE } from '../exporters/files/manifest.ts';
import { RUNS_FILE, STATE_FILE, TIMESERIES_FILE } from './files.ts';

const TIMESERIES_HEADER = 'point,arm,replicate,week,metric,value\n';

const journalState = z.strictObject({
  sweepHash: z.string(),
  tasksDone: z.int().min(0),
  runsBytes: z.int().min(0),
  timeseriesBytes: z.int().min(0),
});

export type JournalState = z.infer<typeof journalState>;

/** The state recorded in a journal file, or undefined when it is not one (damaged or edited by hand). */
function readState(stateFile: string): JournalState | undefined {
  return journalState.safeParse(JSON.parse(readFileSync(stateFile, 'utf8'))).data;
}

/** What to do to start afresh in a folder that may also hold the user's own files: remove the runs' files, not the folder. */
const startAgain = (folder: string) => `remove ${RUNS_FILE}, ${TIMESERIES_FILE}, ${STATE_FILE} and the plan beside them (sweep.json or sensitivity.json) from ${folder} to start again there.`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export class Journal {
  readonly folder: string;
  private state: JournalState;

  private constructor(folder: string, state: JournalState) {
    this.folder = folder;
    this.state = state;
  }

  /** Opens the folder's journal: resumes one made by the same sweep, or starts afresh in an empty or new folder. */
  static open(folder: string, sweepHash: string): Journal {
    const stateFile = join(folder, STATE_FILE);
    if (existsSync(stateFile)) {
      const state = readState(stateFile);
      // Without its recorded lengths the files cannot be cut back safely, so nothing is touched.
      if (state === undefined)
        throw new LeadsimError(`sweep: ${stateFile} is not a sweep journal (expected its sweepHash, tasksDone, runsBytes and timeseriesBytes), so the sweep cannot resume. ${capitalised(startAgain(folder))}`);
      if (state.sweepHash !== sweepHash) {
        // The manifest is written last: with it, the other sweep finished; without, it was interrupted.
        const held = existsSync(join(folder, MANIFEST_FILE)) ? 'the finished results' : 'an interrupted run';
        throw new LeadsimError(
          `sweep: ${folder} holds ${held} of a different sweep (or of this one before it changed). Choose another --out, or ${startAgain(folder)}`,
        );
      }
      // Cut back what was written after the last recorded task; a file shorter than recorded was damaged.
      for (const [file, bytes] of [[RUNS_FILE, state.runsBytes], [TIMESERIES_FILE, state.timeseriesBytes]] as const) {
        const path = join(folder, file);
        const size = existsSync(path) ? statSync(path).size : -1;
        if (size < bytes)
          throw new LeadsimError(`sweep: ${path} is ${size < 0 ? 'missing' : 'shorter than its journal records'}, so the sweep cannot resume. ${capitalised(startAgain(folder))}`);
        truncateSync(path, bytes);
      }
      return new Journal(folder, state);
    }
    if (existsSync(join(folder, RUNS_FILE)))
      throw new LeadsimError(`sweep: ${folder} already holds sweep results without a journal to resume. Choose another --out, or ${startAgain(folder)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, RUNS_FILE), '');
    writeFileSync(join(folder, TIMESERIES_FILE), TIMESERIES_HEADER);
    const journal = new Journal(folder, { sweepHash, tasksDone: 0, runsBytes: 0, timeseriesBytes: Buffer.byteLength(TIMESERIES_HEADER) });
    journal.save();
    return journal;
  }

  get tasksDone(): number {
    return this.state.tasksDone;
  }

  /** Appends one task's output (series first, rows last), then records it as done; a cluster job's merge appends a whole shard's tasks at once. */
  append(runsText: string, timeseriesText: string, tasks = 1): void {
    appendFileSync(join(this.folder, TIMESERIES_FILE), timeseriesText);
    appendFileSync(join(this.folder, RUNS_FILE), runsText);
    this.state = {
      ...this.state,
      tasksDone: this.state.tasksDone + tasks,
      runsBytes: this.state.runsBytes + Buffer.byteLength(runsText),
      timeseriesBytes: this.state.timeseriesBytes + Buffer.byteLength(timeseriesText),
    };
    this.save();
  }

  /** Tasks recorded as done in a folder's journal, or 0 where there is none yet: read without opening (or cutting back) the files. */
  static progress(folder: string): number {
    const stateFile = join(folder, STATE_FILE);
    if (!existsSync(stateFile)) return 0;
    return readState(stateFile)?.tasksDone ?? 0;
  }

  private save(): void {
    writeFileAtomically(join(this.folder, STATE_FILE), JSON.stringify(this.state));
  }
}

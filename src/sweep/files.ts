/**
 * Sweep folder files
 * ==================
 *
 * The names of the files a sweep writes, shared by the writer and the report.
 */
export const SWEEP_FILE = 'sweep.json';
export const RUNS_FILE = 'runs.csv';
export const TIMESERIES_FILE = 'timeseries.csv';
export const SUMMARY_FILE = 'summary.csv';
export const COMPARISONS_FILE = 'comparisons.csv';
export const STATE_FILE = '.sweep-state.json';

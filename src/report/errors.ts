/**
 * Report errors
 * =============
 *
 * A folder the report cannot describe faithfully (no manifest, a file that is
 * not the JSON it should be, a chart that would load from the network) gets a
 * typed error naming the folder and file, never a half-made report.
 */
import { LeadsimError } from '../errors.ts';

export class ReportError extends LeadsimError {
  override name = 'ReportError';
}

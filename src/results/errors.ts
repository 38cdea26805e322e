/**
 * Exporter errors
 * ===============
 *
 * Results the exporters cannot write faithfully (an unknown arm, a week given
 * twice, NaN) are a bug in whatever produced them: they throw a typed error
 * naming the run and what is wrong, rather than writing a misleading table.
 */
import { LeadsimError } from '../errors.ts';

export class InvalidResultsError extends LeadsimError {
  override name = 'InvalidResultsError';
}

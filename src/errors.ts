/**
 * Errors
 * ======
 *
 * Typed errors so callers and tests match the kind of failure, not its
 * wording. Messages read "where: what is wrong. what it should be."
 */

export class LeadsimError extends Error {
  override name = 'LeadsimError';
}

/** A graph that the engine cannot compile (self-loop, bad weight…). */
export class InvalidGraphError extends LeadsimError {
  override name = 'InvalidGraphError';
}

/** An option outside its domain. */
export class InvalidOptionError extends LeadsimError {
  override name = 'InvalidOptionError';
  readonly where: string;
  readonly option: string;

  constructor(where: string, option: string, expected: string, found: unknown) {
    super(`${where}: invalid \`${option}\`: expected ${expected}, found ${describe(found)}.`);
    this.where = where;
    this.option = option;
  }
}

/** The message of anything thrown: an Error's own, or the thing itself as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Strings longer than this are shown by their start and length: an error never echoes a whole file back. */
const SHOWN_CHARACTERS = 60;

export function describe(value: unknown): string {
  if (typeof value === 'string')
    return value.length <= SHOWN_CHARACTERS ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

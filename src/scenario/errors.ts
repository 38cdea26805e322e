/**
 * Scenario errors
 * ===============
 *
 * A scenario that cannot be read or is not valid raises one ScenarioError
 * carrying every issue found, so a user fixes them all in one pass. Each issue
 * names the file, the field, what was expected and what was found.
 */
import { LeadsimError } from '../errors.ts';

export interface ScenarioIssue {
  /** The scenario file, or what the caller named the source (`<object>`). */
  file: string;
  /** Where in the scenario, e.g. `arms[1].rules`; empty for the file as a whole. */
  path: string;
  /** 1-based position of the offending YAML or JSON node, when read from a file. */
  line?: number;
  column?: number;
  expected: string;
  found: string;
  /** A close valid value or key, for "did you mean …?". */
  suggestion?: string;
}

export class ScenarioError extends LeadsimError {
  override name = 'ScenarioError';
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    const lines = issues.map(formatIssue);
    super(lines.length === 1 ? lines[0] : [`${issues[0].file}: ${lines.length} issues`, ...lines.map((l) => `  ${l}`)].join('\n'));
    this.issues = issues;
  }
}

/** `file:line:column: path: expected …, found …. Did you mean "…"?` */
function formatIssue({ file, path, line, column, expected, found, suggestion }: ScenarioIssue): string {
  const where = [file, line, column].filter((part) => part !== undefined).join(':');
  const field = path ? ` ${path}:` : '';
  const hint = suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion)}?`;
  return `${where}:${field} expected ${expected}, found ${found}.${hint}`;
}

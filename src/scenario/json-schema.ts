/**
 * JSON Schema for scenario files
 * ==============================
 *
 * Generated from the zod schema, so editors (through the yaml-language-server
 * comment at the top of a scenario) offer the same fields, defaults and
 * descriptions the loader enforces. Cross-field checks (weeks inside the run,
 * existing departments) are beyond JSON Schema; `leadsim validate` does them.
 * `npm run schema` writes it to scenarios/schema.json.
 */
import { join } from 'node:path';

import { z } from 'zod';

import { SCENARIOS_FOLDER } from './bundled.ts';
import { scenarioSchema } from './checked-schema.ts';

export const JSON_SCHEMA_FILE = join(SCENARIOS_FOLDER, 'schema.json');

export function scenarioJsonSchema(): Record<string, unknown> {
  // Draft-07: the version editors' YAML and JSON language servers support fully.
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-07' });
}

/** The contents of scenarios/schema.json. */
export function jsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}

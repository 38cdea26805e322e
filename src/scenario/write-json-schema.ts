/**
 * `npm run schema`: writes scenarios/schema.json
 * ==============================================
 *
 * A test fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';

import { JSON_SCHEMA_FILE, jsonSchemaText } from './json-schema.ts';

writeFileSync(JSON_SCHEMA_FILE, jsonSchemaText());
process.stdout.write(`wrote ${JSON_SCHEMA_FILE}\n`);

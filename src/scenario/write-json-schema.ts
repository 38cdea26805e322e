/**
 * `npm run schema`: writes scenarios/schema.json and the model's constants in docs/model.md
 * ==========================================================================================
 *
 * Tests fail when the committed files differ from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { JSON_SCHEMA_FILE, jsonSchemaText } from './json-schema.ts';
import { MODEL_DOCUMENT, withModelTables } from './model-table.ts';

writeFileSync(JSON_SCHEMA_FILE, jsonSchemaText());
process.stdout.write(`wrote ${JSON_SCHEMA_FILE}\n`);
writeFileSync(MODEL_DOCUMENT, withModelTables(readFileSync(MODEL_DOCUMENT, 'utf8')));
process.stdout.write(`wrote the model's constants in ${MODEL_DOCUMENT}\n`);

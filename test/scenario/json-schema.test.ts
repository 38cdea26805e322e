import { readFileSync } from 'node:fs';

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { listBundledScenarios } from '../../src/scenario/index.ts';
import { JSON_SCHEMA_FILE, jsonSchemaText } from '../../src/scenario/json-schema.ts';
import { MODEL_DOCUMENT, modelParameters, withModelTables } from '../../src/scenario/model-table.ts';

describe('scenarios/schema.json', () => {
  it('is what `npm run schema` writes from the zod schema', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8'), 'scenarios/schema.json is stale: run `npm run schema`').toBe(jsonSchemaText());
  });

  it('is named by every bundled scenario and accepts it, as an editor would', () => {
    const validate = new Ajv().compile(JSON.parse(jsonSchemaText()));
    for (const { file } of listBundledScenarios()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toMatch(/^# yaml-language-server: \$schema=\.\/schema\.json\n/);
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('has every field documented in docs/scenarios.md, and the model\'s constants in docs/model.md', () => {
    const docs = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');
    const schema = JSON.parse(jsonSchemaText()) as JsonSchema;
    const { model, ...rest } = schema.properties!;
    const names = fieldNames({ ...schema, properties: rest });
    expect(names).toContain('exemplaryMultiplier');
    const undocumented = [...names, 'model'].filter((name) => !docs.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
    expect(fieldNames(model)).toContain('compliantInfluence');
    const modelDocs = readFileSync(MODEL_DOCUMENT, 'utf8');
    expect(modelDocs, 'docs/model.md §7.12 is stale: run `npm run schema`').toBe(withModelTables(modelDocs));
    const paths = modelParameters().map((p) => p.path);
    expect(paths).toContain('model.spread.compliantInfluence');
    expect(paths.filter((path) => !path.startsWith('model.grades.') && !modelDocs.includes(`\`${path}\``))).toEqual([]);
  });

  it('rejects a misspelt key', () => {
    const validate = new Ajv().compile(JSON.parse(jsonSchemaText()));
    expect(validate({ name: 'x', description: 'y', trust: { staffng: {} } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/trust', keyword: 'additionalProperties', params: { additionalProperty: 'staffng' } });
  });
});

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Every property name anywhere in a JSON Schema. */
function fieldNames({ properties = {}, items = [], oneOf = [] }: JsonSchema): string[] {
  const children = [...Object.values(properties), ...[items].flat(), ...oneOf];
  return [...new Set([...Object.keys(properties), ...children.flatMap(fieldNames)])];
}

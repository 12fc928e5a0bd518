import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { contentJsonSchemaText } from '../../../core/content/json-schema';

it('data/content.schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
  const committed = readFileSync(new URL('../../../data/content.schema.json', import.meta.url), 'utf8');
  assert.equal(committed, contentJsonSchemaText());
});

it('the JSON Schema refuses unknown keys, like the kiosk does', () => {
  const schema = JSON.parse(contentJsonSchemaText()) as { additionalProperties?: boolean };
  assert.equal(schema.additionalProperties, false);
});

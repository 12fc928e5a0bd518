/** The content schema as JSON Schema, for editors' autocomplete (data/content.schema.json). */
import { z } from 'zod';
import { contentSchema } from './schema';

/** JSON Schema (draft 2020-12) of content.json as staff write it. Cross-field rules stay in validate. */
export function contentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(contentSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'buurtkiosk content.json',
    description:
      'Inhoud van het buurtkiosk-scherm: buurtpunten, uren, activiteiten, contacten en mededelingen.',
  };
}

/** The file text written to data/content.schema.json. */
export function contentJsonSchemaText(): string {
  return JSON.stringify(contentJsonSchema(), null, 2) + '\n';
}

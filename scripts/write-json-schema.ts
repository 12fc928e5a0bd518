/** Regenerates data/content.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { contentJsonSchemaText } from '../core/content/json-schema';

writeFileSync(new URL('../data/content.schema.json', import.meta.url), contentJsonSchemaText());
console.log('data/content.schema.json bijgewerkt');

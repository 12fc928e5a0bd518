/** The content schema as JSON Schema, for editors' autocomplete (data/content.schema.json). */
import { z } from 'zod';
import { contentSchema } from './schema';

/**
 * A text's length counts after trimming, so a JSON Schema `maxLength` would refuse padded text the
 * kiosk accepts; a pattern says the same as the kiosk: at most `max` characters between any spaces.
 */
function trimmedMaxPattern(max: number): string {
  return `^\\s*[\\s\\S]{0,${max}}\\s*$`;
}

/** JSON Schema patterns have no flags: a /i in the schema would make the export stricter than the kiosk. */
function refuseRegexFlags(schema: z.core.$ZodType): void {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if ('pattern' in def && def.pattern instanceof RegExp && def.pattern.flags !== '') {
      throw new Error(
        `content schema: /${def.pattern.source}/${def.pattern.flags} has flags; spell the cases out`,
      );
    }
  }
}

/** Replaces the `trimmed` marks of text fields (see schema.ts) by what JSON Schema can say. */
function exportTrimmed(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(exportTrimmed);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.trimmed === true) {
    delete schema.trimmed;
    if (typeof schema.maxLength === 'number') {
      schema.pattern = trimmedMaxPattern(schema.maxLength);
      delete schema.maxLength;
    }
  }
  Object.values(schema).forEach(exportTrimmed);
}

/**
 * JSON Schema (draft 2020-12) of content.json as staff write it. It accepts everything the kiosk
 * accepts; cross-field rules (an end after its start, a day that exists) stay in validate.
 */
export function contentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(contentSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema }) => refuseRegexFlags(zodSchema),
  });
  exportTrimmed(schema);
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

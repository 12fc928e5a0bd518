/** Shared test inputs for the opening-hours engine: the sample buurtpunten and a location builder. */
import { readFileSync } from 'node:fs';
import type { Location } from '../../../../core/content/schema';
import { locationSchema } from '../../../../core/content/schema';
import { validateContentText } from '../../../../core/content/validate';

const result = validateContentText(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
);
if (!result.ok) throw new Error('data/content.json does not validate');

/** The sample locations from data/content.json. */
export const bijloke: Location = result.content.locations.find((l) => l.id === 'bijloke')!;
export const hofTenRode: Location = result.content.locations.find((l) => l.id === 'hof-ten-rode')!;

/** A location with only the opening fields given, validated like content.json would be. */
export function place(fields: {
  hours?: Record<string, { from: string; until: string }[]>;
  exceptions?: Record<string, unknown>[];
  publicHolidays?: 'open' | 'closed';
}): Location {
  return locationSchema.parse({
    id: 'test',
    name: 'Testpunt',
    buurt: 'Test',
    address: { street: 'Straat 1', postalCode: '9200', city: 'Dendermonde' },
    hours: {},
    ...fields,
  });
}

/** Epoch ms of an ISO instant written with its offset, e.g. "2026-12-03T09:00:00+01:00". */
export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant in test: ${iso}`);
  return ms;
};

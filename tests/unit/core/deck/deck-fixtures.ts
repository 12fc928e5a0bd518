/** Shared inputs for the deck tests: the sample content, variations of it, and Brussels instants. */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { resolveRendererConfig, type RendererConfig } from '../../../../core/config/device-config';
import type { Content, ContentInput } from '../../../../core/content/schema';
import { validateContent } from '../../../../core/content/validate';

const sampleText = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');

/** The sample content as input, for tests to change before validating. */
export const sampleInput = (): ContentInput => JSON.parse(sampleText) as ContentInput;

/** Validated content: the sample with `change` applied (fails the test when it does not validate). */
export function contentWith(change: (c: ContentInput) => void = () => {}): Content {
  const input = sampleInput();
  change(input);
  const result = validateContent(input);
  if (!result.ok) throw new Error(`test content does not validate: ${JSON.stringify(result.problems)}`);
  return result.content;
}

/** The default config for a screen at `location`. */
export const configFor = (location?: string): RendererConfig =>
  resolveRendererConfig(location === undefined ? {} : { location });

/** Epoch ms of a Brussels wall-clock time "2026-12-03T14:00" (computed by luxon, not by our code). */
export function brussels(local: string): number {
  const dt = DateTime.fromISO(local, { zone: 'Europe/Brussels' });
  if (!dt.isValid) throw new Error(`bad local time in test: ${local}`);
  return dt.toMillis();
}

/** An activity for content.json at a bijloke location unless `fields` say otherwise. */
export function activity(title: string, start: string, end: string, fields: Record<string, string> = {}) {
  return { title, start, end, location: 'bijloke', ...fields };
}

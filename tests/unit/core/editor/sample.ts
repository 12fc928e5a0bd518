/** The bundled sample content as a fresh draft for each test. */
import { readFileSync } from 'node:fs';
import type { Draft } from '../../../../core/editor/read-draft';

const text = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');

export function sampleDraft(): Draft {
  return JSON.parse(text) as Draft;
}

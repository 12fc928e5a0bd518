/** The sample content.json and its lines, to break at a known line: the lines in messages are those of a real file. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export const sample = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');
export const lines = sample.split('\n');

/** The 1-based line of the sample that contains `needle`. */
export function lineWith(needle: string): number {
  const index = lines.findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, needle);
  return index + 1;
}

/** The sample with line `n` (1-based) replaced by `replace(line)`. */
export function withLine(n: number, replace: (line: string) => string): string {
  return lines.map((l, i) => (i === n - 1 ? replace(l) : l)).join('\n');
}

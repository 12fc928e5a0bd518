/** The line of a value in JSON text by its path, so staff read "regel 42" next to a problem. */
import { formatPath, type PathStep } from './problem';
import { parseJsonSafely } from './safe-json';

/** The last text asked about: callers ask for many paths of one file in a row. */
let cached: { text: string; lineOf: (path: string) => number | undefined } | null = null;

/**
 * The line of `path` in `text`, or of the nearest part of it that is there (a missing field gives
 * the line of its block); undefined when the text is not JSON.
 */
export function lineOfPath(text: string, path: readonly PathStep[]): number | undefined {
  if (cached?.text !== text) {
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) return undefined;
    cached = { text, lineOf: parsed.lineOf };
  }
  return cached.lineOf(formatPath(path));
}

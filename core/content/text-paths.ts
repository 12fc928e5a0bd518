/** Finding texts anywhere in parsed JSON content, by what they hold. */
import type { PathStep } from './problem';

/** The path of every text in `value` that `matches`, in the order they stand in the file. */
export function pathsOfTexts(
  value: unknown,
  matches: (text: string) => boolean,
  path: PathStep[] = [],
): PathStep[][] {
  if (typeof value === 'string') return matches(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, i) => pathsOfTexts(item, matches, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => pathsOfTexts(item, matches, [...path, key]));
  }
  return [];
}

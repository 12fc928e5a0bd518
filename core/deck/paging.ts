/** Splits a list into pages for slides that cannot show everything at once. */

/** Consecutive pages of at most `size` items; every item lands on exactly one page, in order. */
export function pageItems<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer: ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** The key of page `index` (0-based) of a paged slide kind: "activities", "activities-2", … */
export function pageKey(kind: string, index: number): string {
  return index === 0 ? kind : `${kind}-${index + 1}`;
}

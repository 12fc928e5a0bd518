/** Splits a list into pages for slides (and touch-screen pages) that cannot show everything at once. */

/**
 * Consecutive pages of at most `size` items, as even as possible (nine in fours: 3 + 3 + 3, not
 * 4 + 4 + 1), so no page is a lone item on an empty screen; every item lands on exactly one page, in order.
 */
export function pageItems<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer: ${size}`);
  const count = Math.ceil(items.length / size);
  const pages: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    // The first (length % count) pages take one item more.
    const length = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    pages.push(items.slice(start, start + length));
    start += length;
  }
  return pages;
}

/** The key of page `index` (0-based) of a paged slide kind: "activities", "activities-2", … */
export function pageKey(kind: string, index: number): string {
  return index === 0 ? kind : `${kind}-${index + 1}`;
}

/** What every page of a paged slide kind carries besides its own fields. */
export interface PageOf<K extends string> {
  kind: K;
  key: string;
  durationMs: number;
  /** 1-based page number and the number of pages. */
  page: number;
  pageCount: number;
}

/** One slide per page of `items`, with its key, duration and page numbers; `fields` words the page. */
export function pagedSlides<K extends string, T, F extends object>(
  kind: K,
  items: readonly T[],
  size: number,
  durationMs: number,
  fields: (page: T[]) => F,
): Array<PageOf<K> & F> {
  const pages = pageItems(items, size);
  return pages.map((part, index) => ({
    kind,
    key: pageKey(kind, index),
    durationMs,
    page: index + 1,
    pageCount: pages.length,
    ...fields(part),
  }));
}

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

/**
 * Consecutive pages of at most `size` items each that `fits` (a page of one item goes whether it fits
 * or not: nothing smaller can be made of it): as few pages as can be, and of those the most even in
 * length, longer pages first. When every page of `pageItems(items, size)` fits, that is the answer:
 * short texts are paged as if nothing were measured.
 */
export function pageItemsFitting<T>(
  items: readonly T[],
  size: number,
  fits: (page: readonly T[]) => boolean,
): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer: ${size}`);
  // best[i]: the best paging of the first i items, as its page count, then the sum of the squares of
  // the page lengths (least is most even), and where its last page starts. The fewest pages for the
  // whole list use the fewest for every part up to one of its page breaks, so comparing the count
  // first, the squares second, is the same at every i as for the whole.
  const best: { pages: number; squares: number; from: number }[] = [{ pages: 0, squares: 0, from: 0 }];
  for (let end = 1; end <= items.length; end++) {
    let chosen: { pages: number; squares: number; from: number } | null = null;
    // The shortest last page first, so a tie leaves the longer pages in front.
    for (let from = end - 1; from >= Math.max(0, end - size); from--) {
      const length = end - from;
      if (length > 1 && !fits(items.slice(from, end))) continue;
      const before = best[from]!;
      const pages = before.pages + 1;
      const squares = before.squares + length * length;
      if (chosen === null || pages < chosen.pages || (pages === chosen.pages && squares < chosen.squares))
        chosen = { pages, squares, from };
    }
    // A page of one item is always allowed, so there is always a choice.
    best.push(chosen!);
  }
  const pages: T[][] = [];
  for (let end = items.length; end > 0; end = best[end]!.from) {
    pages.unshift(items.slice(best[end]!.from, end));
  }
  return pages;
}

/**
 * Lines a text of `text`'s length takes at `perLine` characters a line (at least one): the
 * estimate the measured page plans of the services and activities slides are made of.
 */
export function linesOf(text: string, perLine: number): number {
  return Math.max(1, Math.ceil([...text].length / perLine));
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

/**
 * One slide per page of `items`, with its key, duration and page numbers; `fields` words the page.
 * With `fits`, a page holds only as many items as fit it (`pageItemsFitting`).
 */
export function pagedSlides<K extends string, T, F extends object>(
  kind: K,
  items: readonly T[],
  size: number,
  durationMs: number,
  fields: (page: T[]) => F,
  fits?: (page: readonly T[]) => boolean,
): Array<PageOf<K> & F> {
  const pages = fits ? pageItemsFitting(items, size, fits) : pageItems(items, size);
  return pages.map((part, index) => ({
    kind,
    key: pageKey(kind, index),
    durationMs,
    page: index + 1,
    pageCount: pages.length,
    ...fields(part),
  }));
}

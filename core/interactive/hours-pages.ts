/**
 * A buurtpunt's block on the touch screen's hours page, over as many pages as it needs. The page
 * does not scroll, and up to six changes with notes of 120 characters do not fit one page beside
 * the status and the week table on the smaller screens. The status slide leaves changes out where
 * they do not fit (core/deck/status-fit.ts), counting on this page to list them all: a visitor who
 * asks for the opening hours expects every closure, so here the block continues on the next page,
 * as the section already turns its pages, soonest change first and each whole, and the last line
 * of a page says how many follow. The first page has the whole status and the week table; the
 * next ones name the buurtpunt (not its address, which the first page has: the room may be needed)
 * and its state above the rest of its changes. A week table that does not fit under a long
 * sentence goes to the second page, before the changes: never cut, and read in the block's order.
 * Planned by measured height (hours-page-room.ts), so each page fits every screen.
 */
import type { LocationBlock } from '../hours/location-block';
import { fitsHoursPage } from './hours-page-room';

/**
 * The last line of a page whose changes go on: "… en nog 2 wijzigingen op de volgende pagina", or
 * with none shown above it "2 wijzigingen op de volgende pagina".
 */
export function moreOnNextPage(count: number, afterOthers: boolean): string {
  const changes = count === 1 ? '1 wijziging' : `${count} wijzigingen`;
  return afterOthers ? `… en nog ${changes} op de volgende pagina` : `${changes} op de volgende pagina`;
}

/** A page's block, and how many of the changes still to show it shows. */
interface PageTry {
  block: LocationBlock;
  changes: number;
}

/**
 * What one page can show of the block, most first: the week table while it is still to show, and
 * as many of the `rest` changes as fit with the line saying how many follow; then the week table
 * alone. At the least the first page shows its status, the next ones one part, however tall.
 */
function pageTries(page: LocationBlock, week: boolean, rest: readonly string[], first: boolean): PageTry[] {
  const tries: PageTry[] = [];
  const show = (withWeek: boolean, changes: number, saysMore: boolean) => {
    const more = rest.length - changes;
    const upcoming = rest.slice(0, changes);
    if (saysMore && more > 0) upcoming.push(moreOnNextPage(more, changes > 0));
    tries.push({ block: { ...page, week: withWeek ? page.week : [], upcoming }, changes });
  };
  for (let changes = rest.length; changes >= (week || first ? 0 : 1); changes--) show(week, changes, true);
  if (week) show(true, 0, false);
  if (first) show(false, 0, false);
  else if (!week) show(false, 1, false);
  return tries;
}

/**
 * The pages of `block` under a header naming `headerName`: one when it fits, else each next one
 * showing at least one part more (a part too tall for any page is its page's whole content).
 */
export function blockPages(block: LocationBlock, headerName: string): LocationBlock[] {
  const pages: LocationBlock[] = [];
  let week = block.week.length > 0;
  let next = 0;
  let page = block;
  for (;;) {
    const tries = pageTries(page, week, block.upcoming.slice(next), pages.length === 0);
    const { block: shown, changes } = tries.find((t) => fitsHoursPage(t.block, headerName)) ?? tries.at(-1)!;
    pages.push(shown);
    week &&= shown.week.length === 0;
    next += changes;
    if (!week && next >= block.upcoming.length) return pages;
    page = { ...block, address: '', headline: null, detail: null };
  }
}

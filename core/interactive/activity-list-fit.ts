/**
 * How many activities a page of the touch screen's list holds (<kiosk-activities-page>): as many as
 * allowed while they fit every screen, fewer when their titles, times or places are long, as evenly
 * as the texts allow (`pageItemsFitting`), so no card is cut off. The list's cards are narrower than
 * the rotation's (two columns in landscape), so they have a measure of their own (the rotation's is
 * in core/deck/activity-slides.ts).
 */
import type { ActivityItem } from '../activities/activity-item';
import { linesOf, pageItemsFitting } from '../deck/paging';

/**
 * The list at the base type size (--fit 1) on one of the four screens, in CSS px, measured in
 * Chromium with the bundled font. The room is the page's list box under its pager, and without one
 * (a single page has no pager). In landscape the cards stand in two columns, a row as high as its
 * higher card; in portrait in one. A card is its padding around the higher of its square visual (a
 * photo or calendar leaf) and its words: the title, the time and the place, one under the other,
 * a gap apart (800×480 leaves the place to the detail view). Characters per line are the most that
 * never undercount: every text of n characters that Chromium set on L lines has ceil(n / chars) >= L.
 * For the time over every wording of it; for the title over every run of 4 to 120 characters,
 * starting at a word, of ordinary Dutch prose; for the place likewise, 4 to 500 characters, over
 * buurtpunt addresses and descriptions of where to go. Checked in Chromium at the four sizes on 105
 * random lists and lists as long as still fit: none cut, the tightest page 5 px from its end (at
 * 1280×800); tests/e2e/touch-activities.spec.ts keeps a few of them.
 */
interface ListScreen {
  name: string;
  /** The list's height under the pager, and on the only page, with no pager. */
  room: number;
  roomAlone: number;
  columns: number;
  rowGap: number;
  /** A card's padding, top and bottom together. */
  padding: number;
  visual: number;
  /** The gap between the title, the time and the place. */
  wordsGap: number;
  titleLine: number;
  whenLine: number;
  titleChars: number;
  whenChars: number;
  /** Null where the list does not show the place. */
  place: { line: number; chars: number } | null;
}

const SCREENS: readonly ListScreen[] = [
  {
    name: '800×480',
    room: 279.4,
    roomAlone: 334.6,
    columns: 2,
    rowGap: 5.8,
    padding: 11.6,
    visual: 48,
    wordsGap: 1.8,
    titleLine: 18.4,
    whenLine: 19.2,
    titleChars: 25,
    whenChars: 28,
    place: null,
  },
  {
    name: '1280×800',
    room: 523.9,
    roomAlone: 587.9,
    columns: 2,
    rowGap: 9.6,
    padding: 19.2,
    visual: 80,
    wordsGap: 2.9,
    titleLine: 29.5,
    whenLine: 30.8,
    titleChars: 25,
    whenChars: 28,
    place: { line: 25, chars: 36 },
  },
  {
    name: '1920×1080',
    room: 707.5,
    roomAlone: 793.8,
    columns: 2,
    rowGap: 13,
    padding: 26,
    visual: 108,
    wordsGap: 3.9,
    titleLine: 39.8,
    whenLine: 41.5,
    titleChars: 30,
    whenChars: 33,
    place: { line: 33.7, chars: 45 },
  },
  {
    name: '1080×1920',
    room: 1448.1,
    roomAlone: 1534.5,
    columns: 1,
    rowGap: 14.3,
    padding: 28.6,
    visual: 118.8,
    wordsGap: 4.3,
    titleLine: 43.8,
    whenLine: 45.7,
    titleChars: 29,
    whenChars: 32,
    place: { line: 37.1, chars: 44 },
  },
];

/**
 * Lines of the place a list card shows at most (the renderer's -webkit-line-clamp, in
 * renderer/interactive/kiosk-activities-page.ts): a place of 500 characters would make one card
 * taller than the page; the detail view shows all of it.
 */
export const PLACE_LINES = 3;

/** A card's height on `screen`. */
function cardHeight(screen: ListScreen, item: ActivityItem): number {
  const title = linesOf(item.title, screen.titleChars) * screen.titleLine;
  const when = screen.wordsGap + linesOf(item.when, screen.whenChars) * screen.whenLine;
  const place = screen.place
    ? screen.wordsGap + Math.min(PLACE_LINES, linesOf(item.place, screen.place.chars)) * screen.place.line
    : 0;
  return screen.padding + Math.max(screen.visual, title + when + place);
}

/** A card's height on each screen, in the order of SCREENS. */
function cardHeights(item: ActivityItem): number[] {
  return SCREENS.map((screen) => cardHeight(screen, item));
}

/**
 * True when a page of cards of these heights (each from `cardHeights`) fits every screen: its rows,
 * each as high as its highest card, and the gaps between them. `alone`: the only page, no pager.
 */
function cardsFit(cards: readonly (readonly number[])[], alone: boolean): boolean {
  return SCREENS.every((screen, s) => {
    let height = 0;
    for (let row = 0; row < cards.length; row += screen.columns) {
      const high = Math.max(...cards.slice(row, row + screen.columns).map((card) => card[s]!));
      height += high + (row > 0 ? screen.rowGap : 0);
    }
    return height <= (alone ? screen.roomAlone : screen.room);
  });
}

/** True when a page of `items` fits every screen at the base type size; `alone`: the only page. */
export function activityListFits(items: readonly ActivityItem[], alone = false): boolean {
  return cardsFit(items.map(cardHeights), alone);
}

/**
 * The list's pages of at most `size` items: all on one when they fit it (no pager takes room then),
 * else as few pages as fit under the pager, as evenly as the texts allow; every item on exactly one
 * page, in order. None for no items. Each card is measured once: the search tries every item on up
 * to `size` pages, and with a thousand activities measuring each try took 30 ms of a touch-screen plan.
 */
export function activityListPages<T extends ActivityItem>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const measured = items.map((item) => ({ item, heights: cardHeights(item) }));
  const heights = (page: readonly { heights: number[] }[]) => page.map((card) => card.heights);
  if (items.length <= size && cardsFit(heights(measured), true)) return [[...items]];
  return pageItemsFitting(measured, size, (page) => cardsFit(heights(page), false)).map((page) =>
    page.map((card) => card.item),
  );
}

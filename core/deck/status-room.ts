/**
 * How tall a buurtpunt's block on the status slide is on each of the four screens, worked out from
 * its words as the browser lays them out (renderer/slides/kiosk-location-status.ts and
 * kiosk-status-slide.ts; keep the two in step), so the slide's pages can be planned to fit: the
 * block's fonts and gaps follow from the screen's type unit as app.css sets them, its texts wrap by
 * the font's own advances (text-width.ts), and the room is what the slide has under the header,
 * measured in Chromium. Checked against Chromium over 400 random blocks (names, addresses, notes and
 * hours up to the schema's longest, long compounds, capitals, digits, links, Cyrillic, emoji): never
 * lower than the browser, by 0.3 px on average for ordinary texts, and up to a few lines higher where
 * a line ends within a hair of its box. tests/e2e/status-long-texts.spec.ts checks the pages it plans.
 */
import type { LocationBlock } from '../hours/location-block';
import type { WeekRow } from '../hours/week-table';
import { textWidth, wrappedLines, type FontWeight } from './text-width';

/** One of the screens the kiosk runs on, in CSS px. */
export interface StatusScreen {
  name: string;
  width: number;
  height: number;
  /** The status slide's room inside its padding, under a header of one line. */
  room: number;
}

/** Measured: the viewport less the header (one line), the progress bar and the slide's padding. */
export const STATUS_SCREENS: readonly StatusScreen[] = [
  { name: '800×480', width: 800, height: 480, room: 397 },
  { name: '1280×800', width: 1280, height: 800, room: 666.4 },
  { name: '1920×1080', width: 1920, height: 1080, room: 899.8 },
  { name: '1080×1920', width: 1080, height: 1920, room: 1728.7 },
];

/** A block as a page shows it: its words, and whether at the own buurtpunt's larger size. */
export interface BlockOnPage {
  block: LocationBlock;
  large: boolean;
}

/**
 * How much wider than the sum of its advances a text is taken to be: kerning widened one measured
 * text by 0.14 %, and a line that ends within a hair of its box is better counted as not fitting.
 */
const WIDTH_SLACK = 1.003;
/** The width of "0" in ems, the `ch` the slide's flex bases are given in. */
const CH = 0.648;
/** The header's date at its widest, beside the screen's name. */
const WIDEST_DATE = 'woensdag 30 september · ';
const WIDEST_TIME = '22:00';
/** The heading over the list of changes (the block draws this text). */
export const CHANGES_HEADING = 'Afwijkende openingsuren';
const TODAY_MARK = 'vandaag';

/**
 * The type scale and spacing of app.css on `screen`. This and the measures below are the touch
 * screen's hours page's too, which shows the same block at other sizes and in other room
 * (core/interactive/hours-page-room.ts).
 */
export function screenScale(screen: StatusScreen) {
  const vmin = Math.min(screen.width, screen.height) / 100;
  const portrait = screen.height > screen.width;
  const u = portrait ? 1.1 * vmin : vmin;
  return {
    vmin,
    portrait,
    small: Math.max(14, 2.6 * u),
    body: Math.max(16, 3.2 * u),
    title: Math.max(20, 4.6 * u),
    huge: Math.max(28, 7.2 * u),
    spaceS: 1.2 * u,
    spaceM: 2.4 * u,
    spaceL: 3.6 * u,
  };
}
export type ScreenScale = ReturnType<typeof screenScale>;

/** Chromium's "normal" line height for the font: its ascent and descent, each rounded to a pixel. */
export function normalLine(px: number): number {
  return Math.round(0.95 * px) + Math.round(0.29 * px);
}

/** Lines of `text` at `px` in a box `width` px wide. */
export function linesAt(text: string, width: number, px: number, weight: FontWeight): number {
  return wrappedLines(text, width / (px * WIDTH_SLACK), weight);
}

/** The width of `text` at `px`, with the slack of `linesAt`. */
export function widthAt(text: string, px: number, weight: FontWeight): number {
  return textWidth(text, weight) * px * WIDTH_SLACK;
}

/** The header's height above a one-line one: a long name wraps beside the date. */
export function headerGrowth(screen: StatusScreen, s: ScreenScale, name: string): number {
  const date = widthAt(WIDEST_DATE, s.small, 400) + widthAt(WIDEST_TIME, s.small, 700);
  const room = screen.width - 8 * s.vmin - date;
  return (linesAt(name, room, s.small, 700) - 1) * normalLine(s.small);
}

/** The slide's room width, and the widths of the own block and another beside it (landscape). */
function widths(screen: StatusScreen, s: ScreenScale) {
  const room = screen.width - 2 * s.spaceM;
  const ownBasis = 34 * CH * s.body;
  const otherBasis = 30 * CH * s.small;
  const free = room - s.spaceM - ownBasis - otherBasis;
  return {
    alone: room,
    own: ownBasis + (free * 3) / 5,
    beside: otherBasis + (free * 2) / 5,
    pair: (room - s.spaceM) / 2,
  };
}

/** The block's fonts at its size. */
function fonts(s: ScreenScale, large: boolean) {
  const text = large ? s.body : s.small;
  return {
    text,
    name: large ? s.title : 0.85 * s.title,
    badge: large ? s.huge : s.title,
    headline: large ? s.title : 0.85 * s.title,
    detail: Math.max(s.small, 1.1 * text),
  };
}

/** The height of a week table `width` px wide at most, and its own width. */
function table(rows: readonly WeekRow[], width: number, px: number) {
  const line = normalLine(px);
  const pad = 0.7 * px;
  const day = Math.max(...rows.map((r) => widthAt(r.name, px, r.today ? 700 : 400))) + 0.35 * px + 0.8 * px;
  const mark = (rows.some((r) => r.today) ? widthAt(TODAY_MARK, px, 700) : 0) + pad;
  const hours = rows.map((r) => widthAt(r.hours, px, r.today ? 700 : 400));
  const natural = day + mark + pad + Math.max(0, ...hours);
  // Narrower than its natural width, the day and mark columns keep theirs and the hours wrap.
  const hoursRoom = Math.min(natural, width) - day - mark - pad;
  const height = rows.reduce(
    (sum, r) => sum + linesAt(r.hours, hoursRoom, px, r.today ? 700 : 400) * line + 0.12 * px,
    0,
  );
  return { natural, height };
}

/** The height of the list of changes `width` px wide, its heading included. */
function changes(upcoming: readonly string[], width: number, px: number): number {
  const line = normalLine(px);
  const item = width - 1.1 * px;
  return (
    linesAt(CHANGES_HEADING, width, px, 700) * line +
    upcoming.reduce((sum, text) => sum + linesAt(text, item, px, 400) * line, 0)
  );
}

/**
 * The week and the changes: side by side when the changes get 8em beside the table's natural
 * width (they wrap under it otherwise, as the flex line does), each as wide as it is then. Within a
 * hair of that width either can happen, and the taller counts.
 */
export function weekAndChangesHeight(
  block: LocationBlock,
  width: number,
  s: ScreenScale,
  px: number,
): number {
  const week = block.week.length > 0 ? table(block.week, width, px) : null;
  if (block.upcoming.length === 0) return week?.height ?? 0;
  if (week === null) return changes(block.upcoming, width, px);
  const besideWidth = width - week.natural - s.spaceL;
  const beside = () => Math.max(week.height, changes(block.upcoming, besideWidth, px));
  const under = () => week.height + s.spaceS + changes(block.upcoming, width, px);
  const doubt = (WIDTH_SLACK - 1) * week.natural + 1;
  if (besideWidth >= 8 * px + doubt) return beside();
  if (besideWidth < 8 * px - doubt) return under();
  return Math.max(beside(), under());
}

/** The natural height of `block` `width` px wide on a screen of scale `s`. */
function blockHeight(s: ScreenScale, { block, large }: BlockOnPage, width: number): number {
  const f = fonts(s, large);
  const inner = width - 2 * 1.2 * s.spaceM;
  const where =
    linesAt(block.name, inner, f.name, 700) * 1.1 * f.name +
    0.5 * s.spaceS +
    linesAt(block.address, inner, f.text, 400) * normalLine(f.text);
  const indicator = 1.44 * f.badge + 2 * Math.floor(0.35 * s.vmin);
  let status = where + s.spaceS + indicator;
  if (block.headline !== null)
    status += s.spaceS + linesAt(block.headline, inner, f.headline, 700) * 1.15 * f.headline;
  if (block.detail !== null)
    status += s.spaceS + linesAt(block.detail, inner, f.detail, 400) * normalLine(f.detail);
  // The body is there even when empty, and so is the gap above it.
  return 2 * s.spaceM + status + s.spaceS + weekAndChangesHeight(block, inner, s, f.text);
}

/**
 * The widths the blocks of a page get: in portrait each the slide's width, one under the other; in
 * landscape side by side, the own one wider.
 */
function pageWidths(screen: StatusScreen, s: ScreenScale, blocks: readonly BlockOnPage[]): number[] {
  const w = widths(screen, s);
  if (s.portrait || blocks.length === 1) return blocks.map(() => w.alone);
  if (blocks.some((b) => b.large)) return blocks.map((b) => (b.large ? w.own : w.beside));
  return blocks.map(() => w.pair);
}

/**
 * How much room is left on `screen` with these blocks on one page (negative: they do not fit),
 * under a header naming `headerName`. In landscape the tallest block counts, in portrait all of them
 * one under the other.
 */
export function roomLeft(screen: StatusScreen, blocks: readonly BlockOnPage[], headerName: string): number {
  const s = screenScale(screen);
  const room = screen.room - headerGrowth(screen, s, headerName);
  const widthsOf = pageWidths(screen, s, blocks);
  const heights = blocks.map((b, i) => blockHeight(s, b, widthsOf[i]!));
  const used = s.portrait
    ? heights.reduce((a, b) => a + b, 0) + s.spaceM * (blocks.length - 1)
    : Math.max(...heights);
  return room - used;
}

/** True when these blocks fit one page on every screen. */
export function blocksFit(blocks: readonly BlockOnPage[], headerName: string): boolean {
  return STATUS_SCREENS.every((screen) => roomLeft(screen, blocks, headerName) >= 0);
}

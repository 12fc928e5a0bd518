/**
 * How tall a buurtpunt's block is on the touch screen's hours page (renderer/interactive/
 * kiosk-hours-page.ts, <kiosk-location-status variant="page">) on each of the four screens, worked
 * out with the status slide's model of the same block (core/deck/status-room.ts: the font's
 * advances, the week table, the list of changes, the header a long name wraps). Only the page's
 * type sizes, its room, and in landscape the row the name, the state and the sentence share are
 * its own; keep them in step with those two renderer files and kiosk-interactive.ts. Checked
 * against Chromium over some 1,000 random blocks at each size (names, addresses, sentences and notes up
 * to the schema's longest, six blocks a day, long compounds, links, Cyrillic, emoji, a page that
 * goes on): never lower than the browser, by 0.2 px for ordinary texts and a few lines more where
 * a line ends within a hair of its box or the changes may stand beside the table or under it.
 */
import {
  headerGrowth,
  linesAt,
  normalLine,
  screenScale,
  weekAndChangesHeight,
  widthAt,
  type ScreenScale,
  type StatusScreen,
} from '../deck/status-room';
import type { LocationBlock } from '../hours/location-block';

/**
 * The block's room on the hours page at the base type size (--fit 1): the page's `.fill` under the
 * menu, the title and a one-line header, above the pager, measured in Chromium.
 */
export const HOURS_PAGE_SCREENS: readonly StatusScreen[] = [
  { name: '800×480', width: 800, height: 480, room: 279.4 },
  { name: '1280×800', width: 1280, height: 800, room: 523.9 },
  { name: '1920×1080', width: 1920, height: 1080, room: 707.5 },
  { name: '1080×1920', width: 1080, height: 1920, room: 1448.1 },
];

/** A part of the block's status: how wide it is on one line, and how tall `width` px wide. */
interface StatusPart {
  width: number;
  height: (width: number) => number;
}

/** The name and address, the state indicator, the sentence and its detail, at the page's sizes. */
function statusParts(s: ScreenScale, block: LocationBlock): StatusPart[] {
  const [text, big, small] = [s.small, s.title, Math.max(s.small, 1.1 * s.small)];
  const border = 2 * Math.floor(0.35 * s.vmin);
  const parts: StatusPart[] = [
    {
      width: Math.max(widthAt(block.name, big, 700), widthAt(block.address, text, 400)),
      height: (w) =>
        linesAt(block.name, w, big, 700) * 1.1 * big +
        0.5 * s.spaceS +
        // An empty address (a page that goes on) is an empty line: no height, the gap above it stays.
        (block.address === '' ? 0 : linesAt(block.address, w, text, 400)) * normalLine(text),
    },
    // The icon, its gap and the paddings beside the word: 2.15 em.
    { width: 2.15 * big + widthAt(block.label, big, 700) + border, height: () => 1.44 * big + border },
  ];
  const { headline, detail } = block;
  if (headline !== null)
    parts.push({
      width: widthAt(headline, big, 700),
      height: (w) => linesAt(headline, w, big, 700) * 1.15 * big,
    });
  if (detail !== null)
    parts.push({
      width: widthAt(detail, small, 400),
      height: (w) => linesAt(detail, w, small, 400) * normalLine(small),
    });
  return parts;
}

/**
 * The status's height `inner` px wide: in portrait its parts one under the other; in landscape in
 * rows, a part on the row before when it fits beside (within a pixel it is taken not to), each row
 * as high as its highest part.
 */
function statusHeight(s: ScreenScale, block: LocationBlock, inner: number): number {
  const parts = statusParts(s, block);
  if (s.portrait) return parts.reduce((sum, p) => sum + p.height(inner), 0) + (parts.length - 1) * s.spaceS;
  let done = 0;
  let used = 0;
  let row = 0;
  for (const part of parts) {
    const width = Math.min(part.width, inner);
    if (used > 0 && used + s.spaceL + width > inner - 1) {
      done += row + s.spaceS;
      used = 0;
      row = 0;
    }
    used += (used > 0 ? s.spaceL : 0) + width;
    row = Math.max(row, part.height(width));
  }
  return done + row;
}

/** The natural height of `block` on the hours page of `screen`. */
export function hoursBlockHeight(screen: StatusScreen, block: LocationBlock): number {
  const s = screenScale(screen);
  const inner = screen.width - 2.4 * s.spaceL - 2.4 * s.spaceM;
  // The body is there even when empty, and so is the gap above it.
  return (
    2 * s.spaceM + statusHeight(s, block, inner) + s.spaceS + weekAndChangesHeight(block, inner, s, s.small)
  );
}

/** How much room `block` leaves on the hours page of `screen` under a header naming `headerName`. */
export function hoursRoomLeft(screen: StatusScreen, block: LocationBlock, headerName: string): number {
  const s = screenScale(screen);
  return screen.room - headerGrowth(screen, s, headerName) - hoursBlockHeight(screen, block);
}

/** True when `block` fits the hours page on every screen. */
export function fitsHoursPage(block: LocationBlock, headerName: string): boolean {
  return HOURS_PAGE_SCREENS.every((screen) => hoursRoomLeft(screen, block, headerName) >= 0);
}

/**
 * Announcements whose text is too long for one slide on the smallest screen. The schema allows 2,000
 * characters (a long text is not wrong), but a slide does not scroll and its type never shrinks
 * below the base size, so what does not fit is cut off. Measured (docs/usb-import.md) with a
 * 60-character title at the four screen sizes: with a photo the text stopped fitting between 700
 * and 800 characters (first at 800×480, 1280×800 and 1080×1920), without one between 1,200 and
 * 1,500. The limits below leave room for a longer title and longer words.
 *
 * The slide keeps staff's line breaks (core/deck/announcement-text.ts), and a line ended early
 * still takes a whole line of the screen: a list of forty short lines is too long at 300 characters.
 * So a text is also counted in the screen lines it takes, each of its lines at least one.
 */
import type { Content } from '../content/schema';
import { announcementLines } from '../deck/announcement-text';
import { linesOf } from '../deck/paging';

/** Characters of text that fit on every screen, beside or above a photo. */
export const FITS_WITH_IMAGE = 600;
/** Characters of text that fit on every screen without a photo. */
export const FITS_WITHOUT_IMAGE = 1000;

/**
 * The text on each screen at the base type size under a title of 120 characters (the longest),
 * without and beside a photo, measured in Chromium: characters a line holds (the fewest in ordinary
 * prose over texts of 20 to 1,500 characters) and lines that fit. The screens with the fewest lines
 * first. A text of one paragraph within the character limits always fits these lines.
 */
const SCREENS: readonly {
  name: string;
  chars: readonly [without: number, beside: number];
  lines: readonly [without: number, beside: number];
}[] = [
  { name: '800×480', chars: [100, 56], lines: [14, 11] },
  { name: '1280×800', chars: [100, 56], lines: [14, 12] },
  { name: '1920×1080', chars: [113, 58], lines: [14, 13] },
  { name: '1080×1920', chars: [50, 50], lines: [27, 13] },
];

/** One announcement whose text will not fit. */
export interface LongAnnouncement {
  /** Its index in `content.announcements`, for its name (core/content/place.ts). */
  index: number;
  length: number;
  fits: number;
}

/** How much fits beside a photo or without one, and which of the two character counts applies. */
function limitOf(announcement: Content['announcements'][number]) {
  const beside = announcement.image !== undefined;
  return { fits: beside ? FITS_WITH_IMAGE : FITS_WITHOUT_IMAGE, at: beside ? 1 : 0 } as const;
}

/** The announcements whose text is longer than fits on the smallest screen, in content order. */
export function longAnnouncements(content: Pick<Content, 'announcements'>): LongAnnouncement[] {
  return content.announcements.flatMap((announcement, index) => {
    const length = [...announcement.text].length;
    const { fits } = limitOf(announcement);
    return length > fits ? [{ index, length, fits }] : [];
  });
}

/** One announcement short enough in characters but too long in lines. */
export interface ManyLineAnnouncement {
  index: number;
  /** The screen lines it takes, empty lines included, and how many fit, on the first screen it does not fit. */
  lines: number;
  fits: number;
  beside: boolean;
}

/**
 * The announcements whose text fits in characters but whose lines do not: short lines, a list, empty
 * lines between paragraphs (a run of them counts as one, as the slide shows it). Not those
 * `longAnnouncements` names already.
 */
export function manyLineAnnouncements(content: Pick<Content, 'announcements'>): ManyLineAnnouncement[] {
  return content.announcements.flatMap((announcement, index) => {
    const { fits, at } = limitOf(announcement);
    if ([...announcement.text].length > fits) return [];
    const lines = announcementLines(announcement.text);
    for (const screen of SCREENS) {
      const taken = lines.reduce((sum, line) => sum + linesOf(line, screen.chars[at]), 0);
      if (taken > screen.lines[at])
        return [{ index, lines: taken, fits: screen.lines[at], beside: at === 1 }];
    }
    return [];
  });
}

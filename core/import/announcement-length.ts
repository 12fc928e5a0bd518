/**
 * Announcements whose text is too long for one slide on the smallest screen. The schema allows
 * 2,000 characters (a long text is not wrong), but a slide does not scroll and its type never shrinks
 * below the base size, so what does not fit is cut off. Measured (docs/usb-import.md) with a
 * 60-character title at the four screen sizes: with a photo the text stopped fitting between 700
 * and 800 characters (first at 800×480, 1280×800 and 1080×1920), without one between 1,200 and
 * 1,500. The limits below leave room for a longer title and longer words.
 */
import type { Content } from '../content/schema';

/** Characters of text that fit on every screen, beside or above a photo. */
export const FITS_WITH_IMAGE = 600;
/** Characters of text that fit on every screen without a photo. */
export const FITS_WITHOUT_IMAGE = 1000;

/** One announcement whose text will not fit. */
export interface LongAnnouncement {
  /** Its index in `content.announcements`, for its name (core/content/place.ts). */
  index: number;
  length: number;
  fits: number;
}

/** The announcements whose text is longer than fits on the smallest screen, in content order. */
export function longAnnouncements(content: Pick<Content, 'announcements'>): LongAnnouncement[] {
  return content.announcements.flatMap((announcement, index) => {
    const length = [...announcement.text].length;
    const fits = announcement.image === undefined ? FITS_WITHOUT_IMAGE : FITS_WITH_IMAGE;
    return length > fits ? [{ index, length, fits }] : [];
  });
}

/** The Facebook slide: a QR code per buurt with a page, a note ("nog in opbouw") for one without. */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import { readableUrl } from '../content/readable-url';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Buurten per slide: two QR codes side by side (or stacked in portrait) stay large enough to scan. */
export const FACEBOOK_PER_PAGE = 2;

/** One buurt's Facebook page: a link to show as a QR code, or a note instead. */
export interface FacebookEntry {
  location: string;
  name: string;
  buurt: string;
  /** The https link encoded in the QR code, or null when the page does not exist yet. */
  url: string | null;
  /** The link as people read it: "facebook.com/profile.php?id=…". */
  label: string | null;
  /** "Facebookpagina nog in opbouw" when there is no link. */
  note: string | null;
}

export interface FacebookSlide extends PageOf<'facebook'> {
  entries: FacebookEntry[];
}

/** Builds the Facebook slide(s): every location with a `facebook` entry, the screen's own first. */
export function buildFacebookSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<FacebookSlide> {
  const withPage = content.locations.filter((l) => l.facebook !== undefined);
  const own = withPage.filter((l) => l.id === config.location);
  const entries = [...own, ...withPage.filter((l) => l.id !== config.location)].map(toEntry);
  const durationMs = config.durations.facebook * 1000;
  const slides: FacebookSlide[] = pagedSlides('facebook', entries, FACEBOOK_PER_PAGE, durationMs, (page) => ({
    entries: page,
  }));
  return { slides, nextChangeAt: null };
}

function toEntry(location: Location): FacebookEntry {
  const url = location.facebook?.url ?? null;
  const note = location.facebook?.note;
  return {
    location: location.id,
    name: location.name,
    buurt: location.buurt,
    url,
    label: url === null ? null : readableUrl(url),
    note: url === null ? facebookNote(note ?? 'nog in opbouw') : null,
  };
}

/**
 * "nog in opbouw" → "Facebookpagina nog in opbouw". A note that already names the page
 * ("Facebookpagina volgt binnenkort", "FB-pagina komt eraan") is shown as written, not with the
 * word twice; a note written with a capital ("Nog in opbouw") continues the sentence in lower case.
 */
export function facebookNote(note: string): string {
  if (/facebook|\bfb\b/i.test(note)) return note;
  const continues = /^\p{Lu}\p{Ll}/u.test(note) ? note.charAt(0).toLowerCase() + note.slice(1) : note;
  return `Facebookpagina ${continues}`;
}

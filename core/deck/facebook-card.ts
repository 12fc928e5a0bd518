/**
 * What a Facebook card prints whole, so its QR code always stands whole in the card on every
 * screen. The code carries the link; the printed link is for reading along: at 800×480 about six
 * lines of twenty characters stand beside the code, so a link of up to LONG_LINK characters (as
 * printed, without "https://www.") is never higher than the code, and a longer one is printed in a
 * few lines ending in "…" (printed whole, 500 characters pushed the code out of its card). A longer
 * link also makes a finer code: 4.2 px a module at 800×480 for 100 characters, under 4 (what a phone
 * camera needs) from about 150, 2.7 at the schema's 500. A buurtpunt's name or buurt of more than
 * LONG_NAME characters (the schema allows 120) ends after two lines with "…": with both at their
 * longest the code was pushed below the slide at every size. Shorter ones are always whole.
 */

/** Characters of a printed link (core/content/readable-url.ts) shown whole. */
export const LONG_LINK = 100;

/** Characters of a name or buurt shown whole. */
export const LONG_NAME = 60;

/** The lines of a card's texts where they are too long to print whole; null: whole. */
export interface FacebookCardLines {
  name: number | null;
  buurt: number | null;
  link: number | null;
}

const length = (text: string) => [...text].length;

/** True when the printed link `label` is too long to print whole. */
export function isLongLink(label: string): boolean {
  return length(label) > LONG_LINK;
}

/** The lines a card of `name`, `buurt` and printed link `label` gives each of them. */
export function facebookCardLines(name: string, buurt: string, label: string | null): FacebookCardLines {
  return {
    name: length(name) > LONG_NAME ? 2 : null,
    buurt: length(buurt) > LONG_NAME ? 2 : null,
    link: label !== null && isLongLink(label) ? 4 : null,
  };
}

/**
 * Texts of the about page ("Het buurtopbouwwerk", on the rotation and the touch screen) too long for
 * the page they stand on. The schema allows 2,000 characters for the introduction, an aim's text,
 * the participation and the Sociaal Huis description (a long text is not wrong), and the page plan
 * (core/deck/about-slides.ts) gives a long aim a page of its own, but a slide does not scroll and its
 * type never shrinks below the base size: a text longer than its page holds ends with "…" after
 * the lines that fit. Measured at the four screen sizes (core/deck/about-room.ts): on the 800×480
 * screen's touch page an aim alone holds about 11 lines of 94 characters under a one-line title.
 */
import { placeOf } from '../content/place';
import type { Content } from '../content/schema';
import { charsInLines, type LineLimited } from '../deck/about-room';
import { aboutPages, contactLead, shownLead } from '../deck/about-slides';
import { capitalize } from '../time/dutch-words';

/** One text of the about page that will not fit. */
export interface LongAboutText {
  /** Where it is in content.json, for its name (core/content/place.ts). */
  path: string;
  length: number;
  /** About how many characters fit. */
  fits: number;
}

/** About `chars`, rounded down: to fifty, or to ten under a hundred. */
function roughly(chars: number): number {
  return chars >= 100 ? Math.floor(chars / 50) * 50 : Math.max(10, Math.floor(chars / 10) * 10);
}

const length = (text: string) => [...text].length;

/** Where the text `part` of a page is, and its length (the buurten: their names together). */
function limitedText(c: Content, part: LineLimited, aim: number): { path: string; length: number } {
  switch (part) {
    case 'intro':
      return { path: 'about.intro', length: length(c.about.intro) };
    case 'aim':
      return { path: `about.aims[${aim}].text`, length: length(c.about.aims[aim]?.text ?? '') };
    case 'participation':
      return { path: 'about.participation', length: length(c.about.participation ?? '') };
    case 'buurten':
      return { path: 'about.buurten', length: c.about.buurten.reduce((n, b) => n + length(b), 0) };
  }
}

/** The about page's texts that end with "…" on some screen, in the page's order. */
export function longAboutTexts(c: Content): LongAboutText[] {
  const found: LongAboutText[] = [];
  for (const page of aboutPages(c)) {
    for (const part of ['intro', 'aim', 'participation', 'buurten'] as const) {
      const lines = page.lines[part];
      if (lines === null) continue;
      const fits = roughly(charsInLines(part, lines, page.indices.length));
      found.push({ ...limitedText(c, part, page.indices[0] ?? 0), fits });
    }
  }
  const lead = contactLead(c.organisation);
  const shown = shownLead(c);
  if (shown !== lead) {
    found.push({ path: 'organisation.description', length: length(lead), fits: roughly(length(shown) - 1) });
  }
  return found;
}

/**
 * "Over ons, doelstelling "Brugfiguur zijn", tekst: de tekst is 2000 tekens lang; op een klein
 * scherm passen er ongeveer 1000. Wat niet past, valt weg: maak de tekst korter." For the buurten,
 * their names together; for the Sociaal Huis description, on the about page (the contact line there
 * is never cut: its description is shortened).
 */
export function aboutLengthWarnings(c: Content): string[] {
  return longAboutTexts(c).map(({ path, length, fits }) => {
    const place = capitalize(placeOf(path, c) ?? 'een tekst over het buurtopbouwwerk');
    if (path === 'about.buurten') {
      return `${place}: de namen zijn samen ${length} tekens lang; op een klein scherm passen er ongeveer ${fits}. Wat niet past, valt weg: laat buurten weg of maak hun namen korter.`;
    }
    const where = path === 'organisation.description' ? ` op de pagina "${c.about.title}"` : '';
    return `${place}: de tekst is ${length} tekens lang; op een klein scherm passen er${where} ongeveer ${fits}. Wat niet past, valt weg: maak de tekst korter.`;
  });
}

/**
 * Buurtpunten whose block on the touch screen's "Openingsuren" page is too tall for a page even in
 * pieces on the smallest screen. The page goes on over the next ones, its week table and each change
 * on a page of their own where needed (core/interactive/hours-pages.ts), but the status itself (the
 * name, the address, the state and the sentence, with a note of 120 characters in it) stays on one
 * page: with every text at the schema's longest it is taller than an 800×480 page, which then
 * scrolls by finger. Looked at on the same days as the status slide's block (status-length.ts).
 */
import { placeOf } from '../content/place';
import type { Content } from '../content/schema';
import { overviewBlock } from '../interactive/hours-overview';
import { blockPages } from '../interactive/hours-pages';
import { HOURS_PAGE_SCREENS, hoursRoomLeft } from '../interactive/hours-page-room';
import { capitalize } from '../time/dutch-words';
import { instantAt, localDateOf } from '../time/local-time';
import { NOON, daysToLookAt, longestHeader } from './status-length';

/** The indexes of the buurtpunten whose hours page is taller than a screen on some day from `now`. */
export function tallHoursPages(c: Content, now: number): number[] {
  const today = localDateOf(now);
  const header = longestHeader(c);
  return c.locations.flatMap((location, index) => {
    for (const date of daysToLookAt(location, today)) {
      const block = overviewBlock(location, instantAt(date, NOON), date);
      const tooTall = blockPages(block, header).some((page) =>
        HOURS_PAGE_SCREENS.some((screen) => hoursRoomLeft(screen, page, header) < 0),
      );
      if (tooTall) return [index];
    }
    return [];
  });
}

/**
 * "Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …: op een klein scherm past het blok
 * van het buurtpunt op het aanraakscherm (Openingsuren) niet op één pagina, ook niet met de
 * weektabel en de afwijkingen op de volgende pagina's; een bezoeker moet er scrollen om alles te
 * lezen. Maak de naam, het adres of de opmerkingen korter."
 */
export function tallHoursPageWarnings(c: Content, now: number): string[] {
  return tallHoursPages(c, now).map((index) => {
    const place = capitalize(placeOf(`locations[${index}]`, c) ?? 'een buurtpunt');
    return `${place}: op een klein scherm past het blok van het buurtpunt op het aanraakscherm (Openingsuren) niet op één pagina, ook niet met de weektabel en de afwijkingen op de volgende pagina's; een bezoeker moet er scrollen om alles te lezen. Maak de naam, het adres of de opmerkingen korter.`;
  });
}

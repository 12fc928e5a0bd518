/**
 * Staff warnings for announcements whose text is short in characters but long in lines
 * (core/import/announcement-length.ts): the slide keeps every line break, so a long list or many
 * empty lines run off the bottom of the slide, which does not scroll.
 */
import { placeOf } from '../content/place';
import type { Content } from '../content/schema';
import { capitalize } from '../time/dutch-words';
import { manyLineAnnouncements } from './announcement-length';

/**
 * "Mededeling "Beste buren": de tekst telt 40 regels op het scherm (elke nieuwe regel en witregel
 * telt mee); op een klein scherm passen er ongeveer 10. Wat niet past, valt weg: maak de tekst
 * korter of zet meer op één regel."
 */
export function manyLineAnnouncementWarnings(c: Content): string[] {
  return manyLineAnnouncements(c).map(({ index, lines, fits, beside }) => {
    const name = capitalize(placeOf(`announcements[${index}]`, c) ?? 'een mededeling');
    const photo = beside ? ' naast de foto' : '';
    return `${name}: de tekst telt ${lines} regels op het scherm (elke nieuwe regel en witregel telt mee); op een klein scherm passen er${photo} ongeveer ${fits}. Wat niet past, valt weg: maak de tekst korter of zet meer op één regel.`;
  });
}

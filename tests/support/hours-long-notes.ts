/**
 * Six changes in the coming 60 days, the most the touch screen's hours page lists, each with a note
 * of 120 characters, for Hof ten Rode: more than one page holds beside its status and week table
 * on the smaller screens. None falls on its next opening (Tuesday 8 December), so its sentence stays
 * short. At Thursday 3 December 2026 20:00 the hours page shows them over two pages.
 */
import type { ContentInput } from '../../core/content/schema';
import { NOTE_120, OPENING_NOTE_120 } from './status-content';

export const LONG_NOTES_AT = '2026-12-03T20:00:00+01:00';

export const SIX_LONG_CHANGES: ContentInput['locations'][number]['exceptions'] = [
  { from: '2026-12-10', hours: [{ from: '13:00', until: '16:00' }], note: OPENING_NOTE_120 },
  { from: '2026-12-15', closed: true, note: NOTE_120 },
  { from: '2026-12-22', to: '2027-01-03', closed: true, note: NOTE_120 },
  { from: '2027-01-07', hours: [{ from: '09:00', until: '12:00' }], note: OPENING_NOTE_120 },
  { from: '2027-01-12', closed: true, note: NOTE_120 },
  { from: '2027-01-19', hours: [{ from: '14:00', until: '17:00' }], note: OPENING_NOTE_120 },
];

/** `content` with Hof ten Rode's six long changes. */
export function withSixLongChanges(content: ContentInput): ContentInput {
  content.updated = '2026-11-27';
  content.locations.find((l) => l.id === 'hof-ten-rode')!.exceptions = structuredClone(SIX_LONG_CHANGES);
  return content;
}

/** What the two pages of Hof ten Rode list under "Afwijkende openingsuren", in order. */
export const LONG_CHANGES_SHOWN = [
  [
    'Donderdag 10 december: open 13:00 – 16:00 (Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!)',
    'Dinsdag 15 december: gesloten (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.)',
    '… en nog 4 wijzigingen op de volgende pagina',
  ],
  [
    '22 december – 3 januari: gesloten (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.)',
    'Donderdag 7 januari: open 9:00 – 12:00 (Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!)',
    'Dinsdag 12 januari: gesloten (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.)',
    'Dinsdag 19 januari: open 14:00 – 17:00 (Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!)',
  ],
];

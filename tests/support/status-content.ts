/**
 * Buurtpunten with texts as long as `validate` accepts, for the status slide's pages: the audit's
 * cases (two changes with short notes, one note of 80 characters, notes of 120, six opening blocks
 * a day, a name and street of 120 characters), six blocks with notes of 120 (one change fits), and
 * all of them at once (the week table does not fit, even alone), each as a change to the sample
 * content, for one buurtpunt or for every one of 2, 3 or 5.
 */
import type { ContentInput } from '../../core/content/schema';

type LocationInput = ContentInput['locations'][number];

/** Thursday 3 December 2026, 11:00 in Brussels: Bijloke open until 12:00, Hof ten Rode closed. */
export const STATUS_AT = '2026-12-03T11:00:00+01:00';

/** Six blocks, the most a day may have. */
export const SIX_BLOCKS = [
  { from: '08:00', until: '09:00' },
  { from: '09:30', until: '10:30' },
  { from: '11:00', until: '12:00' },
  { from: '13:00', until: '14:00' },
  { from: '14:30', until: '15:30' },
  { from: '16:00', until: '17:00' },
];

/** Notes of exactly 80 and 120 characters, in the words staff use. */
export const NOTE_80 = 'vormingsdag van het buurtopbouwwerk; met dringende vragen kan je bij het Sociaal';
export const NOTE_120 =
  'Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.';
export const OPENING_NOTE_120 =
  'Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!';
/** A name and a street of 120 characters. */
export const NAME_120 =
  'Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, ingang via de zijdeur aan de kant van de parking en speeltuin';
export const STREET_120 =
  'Kerkhofstraat 112 bus 3, ingang via de binnenkoer naast de bibliotheek en het lokaal dienstencentrum De Kapel, verdiep 1';
const LONG_CITY =
  'Sint-Gillis-bij-Dendermonde, deelgemeente van Dendermonde in de provincie Oost-Vlaanderen, aan de Schelde en de Dender';

const everyDay = (blocks: typeof SIX_BLOCKS) =>
  Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, blocks]),
  );

/** What each case does to a buurtpunt. */
export const STATUS_CASES: Readonly<Record<string, (l: LocationInput) => void>> = {
  'two changes': (l) => {
    l.exceptions = [
      { from: '2026-12-08', closed: true, note: 'personeelsvergadering' },
      { from: '2026-12-10', hours: [{ from: '13:00', until: '16:00' }], note: 'kerstmarkt' },
    ];
  },
  'an 80-character note': (l) => {
    l.exceptions = [{ from: '2026-12-08', closed: true, note: NOTE_80 }];
  },
  '120-character notes': (l) => {
    l.exceptions = [
      { from: '2026-12-08', closed: true, note: NOTE_120 },
      { from: '2026-12-10', hours: [{ from: '13:00', until: '16:00' }], note: OPENING_NOTE_120 },
    ];
  },
  'six blocks a day': (l) => {
    l.hours = everyDay(SIX_BLOCKS);
  },
  '120-character name and street': (l) => {
    l.name = NAME_120;
    l.address = { ...l.address, street: STREET_120 };
  },
  'six blocks a day and 120-character notes': (l) => {
    l.hours = everyDay(SIX_BLOCKS);
    l.exceptions = [
      { from: '2026-12-08', closed: true, note: NOTE_120 },
      { from: '2026-12-10', hours: SIX_BLOCKS, note: OPENING_NOTE_120 },
    ];
  },
  'everything at its longest': (l) => {
    l.name = NAME_120;
    l.address = { street: STREET_120, postalCode: '9200', city: LONG_CITY };
    l.hours = everyDay(SIX_BLOCKS);
    l.exceptions = [
      { from: '2026-12-03', closed: true, note: NOTE_120 },
      { from: '2026-12-04', hours: SIX_BLOCKS, note: OPENING_NOTE_120 },
      { from: '2026-12-10', closed: true, note: NOTE_120 },
    ];
  },
};

/**
 * `content` (the sample) with `count` buurtpunten, the sample's two and more like Bijloke
 * ("buurtpunt-3", …), and `change` made to the one named `only` or, without it, to every one.
 */
export function statusContent(
  content: ContentInput,
  change: (l: LocationInput) => void,
  count = 2,
  only?: string,
): ContentInput {
  content.updated = '2026-11-27';
  const [bijloke] = content.locations;
  for (let i = content.locations.length + 1; i <= count; i++) {
    content.locations.push({ ...structuredClone(bijloke!), id: `buurtpunt-${i}`, name: `Buurtpunt ${i}` });
  }
  for (const location of content.locations) if (only === undefined || location.id === only) change(location);
  return content;
}

/**
 * Where a problem is, in words staff recognise from the form: "Activiteiten › Soep en babbel › datum"
 * rather than `activities[3].start`.
 */
import { WEEKDAY_NAMES_NL } from '../time/dutch-words';
import type { Weekday } from '../time/weekdays';
import { getAtPath, parsePath, type PathStep } from './draft-path';

/** The form's sections, in the order of its tabs; each owns the top-level keys listed. */
export const SECTIONS = [
  { id: 'locations', label: 'Buurtpunten en uren', keys: ['locations'] },
  { id: 'activities', label: 'Activiteiten', keys: ['activities'] },
  { id: 'announcements', label: 'Mededelingen', keys: ['announcements'] },
  { id: 'contacts', label: 'Contactpersonen', keys: ['contacts'] },
  { id: 'services', label: 'Aanbod', keys: ['services'] },
  { id: 'about', label: 'Over ons', keys: ['about'] },
  { id: 'general', label: 'Algemeen', keys: ['organisation', 'title', 'updated'] },
] as const;

/** One tab of the form. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a problem path belongs to; anything unknown at the top goes to "Algemeen". */
export function sectionOf(path: string): SectionId {
  const first = parsePath(path)[0];
  return SECTIONS.find((s) => (s.keys as readonly PathStep[]).includes(first ?? ''))?.id ?? 'general';
}

const ITEM_NAMES: Readonly<Record<string, string>> = {
  locations: 'buurtpunt',
  activities: 'activiteit',
  announcements: 'mededeling',
  contacts: 'contactpersoon',
  services: 'punt',
  aims: 'doelstelling',
  exceptions: 'uitzondering',
  buurten: 'buurt',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'titel',
  name: 'naam',
  buurt: 'buurt',
  id: 'code',
  address: 'adres',
  street: 'straat en nummer',
  postalCode: 'postcode',
  city: 'gemeente',
  hours: 'openingsuren',
  from: 'van',
  until: 'tot',
  to: 'laatste dag',
  closed: 'gesloten of andere uren',
  note: 'opmerking',
  publicHolidays: 'feestdagen',
  facebook: 'Facebookpagina',
  url: 'link',
  start: 'datum en beginuur',
  end: 'einduur',
  location: 'waar',
  place: 'andere plaats',
  description: 'beschrijving',
  image: 'foto',
  role: 'functie',
  phone: 'telefoonnummer',
  email: 'e-mailadres',
  intro: 'inleiding',
  text: 'tekst',
  participation: 'participatie',
  visibleFrom: 'zichtbaar vanaf',
  visibleUntil: 'zichtbaar tot en met',
  updated: 'datum laatste wijziging',
  organisation: 'Sociaal Huis',
  about: 'Over ons',
};

const LISTS_NAMED_BY_SECTION = new Set([
  'locations',
  'activities',
  'announcements',
  'contacts',
  'services',
  'about',
]);
const LISTS_NAMED_BY_ITEM = new Set(['aims', 'buurten', 'exceptions']);

function isWeekday(step: PathStep | undefined): step is Weekday {
  return typeof step === 'string' && Object.hasOwn(WEEKDAY_NAMES_NL, step);
}

/** The name of item `index` of the list at `steps`: its title or name, else "activiteit 4". */
function itemName(
  draft: unknown,
  steps: readonly PathStep[],
  list: PathStep | undefined,
  index: number,
): string {
  const item = getAtPath(draft, steps) as { title?: unknown; name?: unknown; note?: unknown } | undefined;
  const own = [item?.title, item?.name].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (own) return own.trim();
  const base = `${ITEM_NAMES[String(list)] ?? 'item'} ${index + 1}`;
  return typeof item?.note === 'string' && item.note.trim() ? `${base} (${item.note.trim()})` : base;
}

/** "Activiteiten › Soep en babbel › datum en beginuur" for `activities[0].start`. */
export function describePath(path: string, draft: unknown): string {
  const steps = parsePath(path);
  if (steps.length === 0) return 'Het hele bestand';
  const words: string[] = [SECTIONS.find((s) => s.id === sectionOf(path))!.label];
  steps.forEach((step, i) => {
    const parent = steps[i - 1];
    if (typeof step === 'number') {
      if (isWeekday(parent) || parent === 'hours') words[words.length - 1] += `, blok ${step + 1}`;
      else words.push(itemName(draft, steps.slice(0, i + 1), parent, step));
    } else if (isWeekday(step)) {
      words.push(WEEKDAY_NAMES_NL[step]);
    } else if (!(i === 0 && LISTS_NAMED_BY_SECTION.has(step)) && !LISTS_NAMED_BY_ITEM.has(step)) {
      words.push(FIELD_NAMES[step] ?? `"${step}"`);
    }
  });
  return words.join(' › ');
}

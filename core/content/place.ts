/**
 * Where a problem is, in words staff know: `activiteit "Breicafé voor beginners", begin` rather than
 * `activities[3].start`, `Buurtpunt Hof ten Rode, dinsdag, tot` rather than
 * `locations[1].hours.tuesday[0].until`. The one labelling function for the screen's notice,
 * verslag.txt, the command line and the editor.
 */
import { WEEKDAY_NAMES_NL } from '../time/dutch-words';
import type { Weekday } from '../time/weekdays';
import { parsePath, showInvisible, type PathStep, type Problem } from './problem';

/** Lists named by what one item is; `named` says how the item's own name is shown. */
const ITEMS: Readonly<Record<string, { list: string; item: string; named: 'quoted' | 'plain' }>> = {
  locations: { list: 'buurtpunten', item: 'buurtpunt', named: 'plain' },
  activities: { list: 'activiteiten', item: 'activiteit', named: 'quoted' },
  announcements: { list: 'mededelingen', item: 'mededeling', named: 'quoted' },
  contacts: { list: 'contactpersonen', item: 'contactpersoon', named: 'plain' },
  services: { list: 'aanbod', item: 'aanbod', named: 'quoted' },
  aims: { list: 'doelstellingen', item: 'doelstelling', named: 'quoted' },
  buurten: { list: 'buurten', item: 'buurt', named: 'quoted' },
  exceptions: { list: 'uitzonderingen', item: 'uitzondering', named: 'plain' },
};

/** Field names as the editor's forms and docs call them. */
const FIELDS: Readonly<Record<string, string>> = {
  $schema: '"$schema"',
  updated: 'datum laatste wijziging',
  organisation: 'Sociaal Huis',
  about: 'Over ons',
  title: 'titel',
  name: 'naam',
  buurt: 'buurt',
  id: 'code',
  address: 'adres',
  street: 'straat en nummer',
  postalCode: 'postcode',
  city: 'gemeente',
  hours: 'openingsuren',
  publicHolidays: 'feestdagen',
  facebook: 'Facebookpagina',
  url: 'link',
  note: 'opmerking',
  start: 'begin',
  end: 'einde',
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
};

/** Inside an exception, `from`/`to` are days, `hours` are that day's hours. */
const EXCEPTION_FIELDS: Readonly<Record<string, string>> = {
  from: 'eerste dag',
  to: 'laatste dag',
  closed: 'gesloten',
  hours: 'uren',
};

/** Inside an opening block. */
const BLOCK_FIELDS: Readonly<Record<string, string>> = { from: 'van', until: 'tot' };

/** `table[key]` for the table's own keys only ("constructor" is a path step too). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function isWeekday(step: PathStep | undefined): step is Weekday {
  return typeof step === 'string' && Object.hasOwn(WEEKDAY_NAMES_NL, step);
}

function child(value: unknown, step: PathStep): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[String(step)]
    : undefined;
}

/**
 * A value's own text as the screen shows it (zero-width characters dropped), trimmed and kept short;
 * undefined when it has none.
 */
function ownText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\p{Cf}/gu, '')
    .trim()
    .replace(/\s+/g, ' ');
  if (text === '') return undefined;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "activiteit "Breicafé"", "Buurtpunt Bijloke", "contactpersoon Kim Bauwens", "activiteit 4". */
function itemLabel(list: string, item: unknown, index: number): string {
  const kind = own(ITEMS, list);
  if (!kind) return `item ${index + 1}`;
  if (list === 'exceptions') {
    const from = ownText(child(item, 'from'));
    const note = ownText(child(item, 'note'));
    const base = from ? `uitzondering van ${from}` : `uitzondering ${index + 1}`;
    return note ? `${base} (${note})` : base;
  }
  const name =
    list === 'buurten' ? undefined : (ownText(child(item, 'title')) ?? ownText(child(item, 'name')));
  if (!name) return `${kind.item} ${index + 1}`;
  if (kind.named === 'quoted') return `${kind.item} "${name}"`;
  return name.toLowerCase().startsWith(kind.item) ? name : `${kind.item} ${name}`;
}

/** What the steps so far are inside of: an item of a list, an exception, or one opening block. */
type Context = 'item' | 'exception' | 'block';

/** The place of `path` in `content` (parsed JSON, valid or not); undefined for the whole file. */
export function placeOf(path: string, content: unknown): string | undefined {
  const steps = parsePath(path);
  if (steps.length === 0) return undefined;
  const words: string[] = [];
  let value: unknown = content;
  let context: Context = 'item';
  steps.forEach((step, i) => {
    const parent = steps[i - 1];
    const next = steps[i + 1];
    const container = value;
    value = child(value, step);
    if (typeof step === 'number') {
      if (isWeekday(parent) || (parent === 'hours' && context === 'exception')) {
        // One block of opening hours: numbered only when the day has more than one.
        if (Array.isArray(container) && container.length > 1)
          words.push(`${words.pop() ?? ''} blok ${step + 1}`);
        context = 'block';
        return;
      }
      words.push(itemLabel(String(parent), value, step));
      context = parent === 'exceptions' ? 'exception' : 'item';
      return;
    }
    if (own(ITEMS, step) !== undefined && typeof next === 'number') return; // the item's label says it
    if (isWeekday(step)) {
      words.push(WEEKDAY_NAMES_NL[step]);
      return;
    }
    if (step === 'hours' && context === 'item' && isWeekday(next)) return; // "dinsdag" says it
    if (step === 'address' && next !== undefined) return; // "postcode" says it
    const inContext =
      context === 'exception'
        ? own(EXCEPTION_FIELDS, step)
        : context === 'block'
          ? own(BLOCK_FIELDS, step)
          : undefined;
    const list = next === undefined ? own(ITEMS, step)?.list : undefined;
    const typed = `"${showInvisible(step)}"`; // a key staff typed: an invisible character shows
    words.push(inContext ?? list ?? own(FIELDS, step) ?? (i === 0 ? `veld ${typed}` : typed));
  });
  return words.join(', ');
}

/** The problems with their place filled in (those that have a path and no place yet). */
export function withPlaces(problems: readonly Problem[], content: unknown): Problem[] {
  return problems.map((p) => {
    if (p.place !== undefined || p.path === '') return p;
    const place = placeOf(p.path, content);
    return place === undefined ? p : { ...p, place };
  });
}

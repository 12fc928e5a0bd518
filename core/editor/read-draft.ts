/**
 * Turns whatever a content.json holds into a draft the forms can show. Lists and blocks the forms walk
 * through must be lists and blocks; one of the wrong kind is replaced by an empty one and reported, so
 * the editor never breaks on a hand-edited file. Everything else (wrong text, unknown fields) is kept
 * for validation to report next to its field.
 */
import type { ContentInput } from '../content/schema';
import { WEEKDAYS } from '../time/weekdays';
import { placeOf } from '../content/place';
import { formatPath, type PathStep } from '../content/problem';

/** The editor's working copy: content.json as far as the forms know it. */
export type Draft = ContentInput;

type Shape = { object: Readonly<Record<string, Shape>> } | { list: Shape } | 'value';

const interval: Shape = 'value';
const dayHours: Shape = { list: { object: { from: interval, until: interval } } };
const SHAPE: Shape = {
  object: {
    locations: {
      list: {
        object: {
          address: { object: {} },
          hours: { object: Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours])) },
          exceptions: { list: { object: { hours: dayHours } } },
        },
      },
    },
    services: { list: { object: {} } },
    activities: { list: { object: {} } },
    contacts: { list: { object: {} } },
    organisation: { object: {} },
    about: { object: { aims: { list: { object: {} } }, buurten: { list: 'value' } } },
    announcements: { list: { object: {} } },
  },
};

/** Blocks created when absent, so the forms always have somewhere to write. */
const ALWAYS = new Set([
  'locations',
  'services',
  'activities',
  'contacts',
  'organisation',
  'about',
  'announcements',
]);

/** The draft, and what had to be emptied to read it. */
export interface ReadDraft {
  draft: Draft;
  /** Dutch lines for every part that had to be emptied. */
  resets: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads parsed JSON into a draft. */
export function readDraft(value: unknown): ReadDraft {
  const resets: string[] = [];
  const root = isPlainObject(value) ? value : {};
  if (!isPlainObject(value))
    resets.push('het bestand bevat geen inhoud in de verwachte vorm; begin met een leeg formulier');
  const draft = coerce(root, SHAPE, [], (path, what) =>
    resets.push(`${placeOf(formatPath(path), root) ?? 'het bestand'}: ${what} en is leeggemaakt`),
  );
  for (const key of ALWAYS) {
    if (draft[key] === undefined) draft[key] = key === 'organisation' || key === 'about' ? {} : [];
  }
  const about = draft.about as Record<string, unknown>;
  if (about.aims === undefined) about.aims = [];
  return { draft: draft as Draft, resets };
}

/** Called for each part that had to be emptied: where, and what was wrong with it. */
type Reset = (path: PathStep[], what: string) => void;

function coerce(
  value: Record<string, unknown>,
  shape: Shape,
  path: PathStep[],
  reset: Reset,
): Record<string, unknown>;
function coerce(value: unknown, shape: Shape, path: PathStep[], reset: Reset): unknown;
function coerce(value: unknown, shape: Shape, path: PathStep[], reset: Reset): unknown {
  if (shape === 'value' || value === undefined) return value;
  if ('list' in shape) {
    if (!Array.isArray(value)) {
      reset(path, 'was geen lijst');
      return [];
    }
    return value.map((item, i) => coerce(item, shape.list, [...path, i], reset));
  }
  if (!isPlainObject(value)) {
    reset(path, 'had een onbekende vorm');
    return {};
  }
  const out: Record<string, unknown> = { ...value };
  for (const [key, inner] of Object.entries(shape.object)) {
    if (key in out) out[key] = coerce(out[key], inner, [...path, key], reset);
  }
  return out;
}

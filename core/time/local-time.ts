/**
 * Local calendar days and wall-clock times in Europe/Brussels, whatever the machine's own time zone.
 * Days are `YYYY-MM-DD` strings; calendar arithmetic on them uses UTC so it never sees a DST change.
 */
import type { Weekday } from './weekdays';
import { WEEKDAYS } from './weekdays';
import { isZoneOffsets, offsetFromList, type ZoneOffsets } from './zone-offsets';

/** The zone every opening hour is written in. */
export const ZONE_NAME = 'Europe/Brussels';
/**
 * Brussels wall-clock fields of an instant, from ICU (the only zone data there is in a browser).
 * Made on first need: creating it loads ICU's data, which the renderer's first frame avoids.
 */
let fields: Intl.DateTimeFormat | null = null;

/** Offsets sent by the handler (core/time/zone-offsets.ts); Intl answers outside them. */
let knownOffsets: ZoneOffsets | null = null;

/** Uses `offsets` (from the payload) before asking Intl; anything not shaped right is ignored. */
export function useZoneOffsets(offsets: unknown): void {
  knownOffsets = isZoneOffsets(offsets) ? offsets : null;
}

/** Offset of Brussels at a whole-second instant, in ms: its wall clock read as UTC, minus the instant. */
function zoneOffset(instant: number): number {
  const known = knownOffsets ? offsetFromList(knownOffsets, instant) : undefined;
  return known ?? intlZoneOffset(instant);
}

/** The same from ICU: the handler builds the list with it, and it answers outside the list. */
export function intlZoneOffset(instant: number): number {
  fields ??= new Intl.DateTimeFormat('nl-BE', {
    timeZone: ZONE_NAME,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const f: Record<string, number> = {};
  for (const part of fields.formatToParts(instant))
    if (part.type !== 'literal') f[part.type] = Number(part.value);
  return Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!) - instant;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A local calendar day, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Offsets already looked up, by UTC hour; cleared when it grows past about a year of hours. */
const offsetByHour = new Map<number, number>();

/**
 * Offset of Brussels from UTC at an instant, in ms. Brussels only ever changes its offset on a whole
 * UTC hour (01:00 UTC since 1996), so one lookup serves the whole hour: luxon asks Intl each time,
 * and planning the deck needs hundreds of offsets per tick (most of planDeck's time without this).
 */
function offsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = zoneOffset(hour * HOUR);
    if (offsetByHour.size >= 10_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The wall clock at `instant`, encoded as if it were a UTC instant (so UTC getters read local fields). */
function wallOf(instant: number): number {
  return instant + offsetAt(instant);
}

function dateOfWall(wall: number): LocalDate {
  return new Date(wall).toISOString().slice(0, 10);
}

function wallOfDate(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The Brussels calendar day that contains `instant`. */
export function localDateOf(instant: number): LocalDate {
  return dateOfWall(wallOf(instant));
}

/** Minutes since local midnight at `instant` (wall clock, so 02:30 in the repeated hour gives 150). */
export function localMinutesOf(instant: number): number {
  return Math.floor((wallOf(instant) % DAY) / MINUTE);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfWall(wallOfDate(date) + days * DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((wallOfDate(to) - wallOfDate(from)) / DAY);
}

/** The weekday key used in content.json for a calendar day. */
export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(wallOfDate(date)).getUTCDay() + 6) % 7]!;
}

/**
 * The first instant at which the Brussels wall clock shows `minutes` past midnight of `date`, or later.
 * A time in the hour skipped in spring (02:30 on the last Sunday of March) therefore starts at 03:00;
 * a time in the hour repeated in autumn means its first occurrence (summer time). 1440 is next midnight.
 */
export function instantAt(date: LocalDate, minutes: number): number {
  const wall = wallOfDate(date) + minutes * MINUTE;
  // Offsets a day either side bracket any single DST change near `wall`.
  const offsets = [...new Set([offsetAt(wall - DAY), offsetAt(wall), offsetAt(wall + DAY)])];
  const exact = offsets.map((o) => wall - o).filter((t) => wallOf(t) === wall);
  if (exact.length > 0) return Math.min(...exact);
  // In the spring gap: find the change instant between the two candidate readings.
  let lo = wall - Math.max(...offsets); // before the change
  let hi = wall - Math.min(...offsets); // after the change
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallOf(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Local midnight that starts the Brussels day after the one containing `instant`. */
export function nextMidnight(instant: number): number {
  return instantAt(addDays(localDateOf(instant), 1), 0);
}

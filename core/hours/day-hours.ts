/** Which opening hours apply on one local day: the weekly hours, a dated exception, or a public holiday. */
import type { Interval, Location, OpeningException } from '../content/schema';
import { holidayOn } from './belgian-holidays';
import { minutesOfDay } from '../time/local-formats';
import type { LocalDate } from '../time/local-time';
import { addDays, daysBetween, instantAt, weekdayOf } from '../time/local-time';

/** The hours of one day and where they come from. */
export type DayHours =
  | { kind: 'weekly'; intervals: Interval[] }
  | { kind: 'exception'; intervals: Interval[]; exception: OpeningException }
  | { kind: 'holiday'; intervals: []; holiday: string };

/** The last day an exception covers (`to` is optional and defaults to `from`). */
export function lastDayOf(exception: OpeningException): LocalDate {
  return exception.to ?? exception.from;
}

/** How many days after its first day an exception ends (0 for a single day). */
function spanOf(exception: OpeningException): number {
  return daysBetween(exception.from, lastDayOf(exception));
}

/**
 * Whether `other` (at `otherIndex` in the list) wins over `exception` (at `index`) on a day both
 * cover: the shorter one, and among equally long ones the later one written.
 */
export function winsOver(
  other: OpeningException,
  otherIndex: number,
  exception: OpeningException,
  index: number,
): boolean {
  const otherSpan = spanOf(other);
  const span = spanOf(exception);
  return otherSpan < span || (otherSpan === span && otherIndex > index);
}

/**
 * The exception that applies on `date`. When several cover it, the shortest one wins (a one-day extra
 * opening inside a closed holiday period), and among equally long ones the last one written.
 */
export function exceptionOn(location: Location, date: LocalDate): OpeningException | undefined {
  let best: OpeningException | undefined;
  let bestSpan = Infinity;
  for (const ex of location.exceptions) {
    if (date < ex.from || date > lastDayOf(ex)) continue;
    const span = spanOf(ex);
    if (span <= bestSpan) {
      best = ex;
      bestSpan = span;
    }
  }
  return best;
}

/**
 * The last day of the run from `date` (a day `exceptionOn` gives `exception`) on which it keeps
 * applying: its own last day, or the day before a shorter exception inside it that opens (or gives
 * other hours) takes over. What the
 * screen says about a closure ("tot en met …") ends there, as the week table and the openings do.
 */
export function lastDayInForce(location: Location, exception: OpeningException, date: LocalDate): LocalDate {
  const index = location.exceptions.indexOf(exception);
  let last = lastDayOf(exception);
  location.exceptions.forEach((other, i) => {
    if (other === exception || other.from <= date || other.from > last) return;
    // One that wins later in the run cannot have begun by `date`, or it would have won on `date` already.
    if (!winsOver(other, i, exception, index)) return;
    if (exception.closed !== true) {
      last = addDays(other.from, -1);
      return;
    }
    // A closed day inside a closure (a day of leave in the Christmas holiday) keeps it closed: the
    // closure is still "tot en met" its own end. So do other hours the spring clock jump all skips.
    // Only a day that opens ends it early.
    const opens = firstDayOpen(other);
    if (opens !== undefined && opens <= last) last = addDays(opens, -1);
  });
  return last;
}

/** The first day `exception` opens on: none for a closure, nor for hours the spring jump all skips. */
function firstDayOpen(exception: OpeningException): LocalDate | undefined {
  if (exception.closed === true) return undefined;
  const hours = exception.hours ?? [];
  if (realBlocks(hours, exception.from).length > 0) return exception.from;
  // The skipped hour is on one day a year; on the next the same blocks are real.
  return exception.from < lastDayOf(exception) && hours.length > 0 ? addDays(exception.from, 1) : undefined;
}

/**
 * The blocks of `intervals` that happen on `date`. A block wholly inside the hour skipped in spring
 * (2:10 – 2:40 on the last Sunday of March) never opens, so it is no part of that day: not for the
 * status, the week table nor the list of changes (validate warns of it, core/import/skipped-hour.ts).
 */
function realBlocks(intervals: Interval[], date: LocalDate): Interval[] {
  // Only a block that begins in the 2 o'clock hour can vanish: no instant needed for the others.
  if (!intervals.some((interval) => interval.from.startsWith('02'))) return intervals;
  return intervals.filter((interval) => !skippedWhole(interval, date));
}

function skippedWhole({ from, until }: Interval, date: LocalDate): boolean {
  const start = minutesOfDay(from);
  const end = minutesOfDay(until);
  // An end at or before the start runs past midnight (or is empty): it never lies in the gap whole.
  if (!from.startsWith('02') || end <= start) return false;
  return instantAt(date, end) <= instantAt(date, start);
}

/**
 * A day an exception closes: a closure, or other hours of which the spring clock jump skips every
 * block (the day then opens nowhere, as the week table already shows).
 */
export function closedByException(day: DayHours): day is Extract<DayHours, { kind: 'exception' }> {
  return day.kind === 'exception' && (day.exception.closed === true || day.intervals.length === 0);
}

/**
 * The intervals that start on `date`. An exception replaces the weekly hours; a public holiday closes
 * the day unless the location says `publicHolidays: "open"`. A holiday only counts when it takes
 * hours away: on a day the buurtpunt is closed anyway it is not worth mentioning.
 */
export function hoursOn(location: Location, date: LocalDate): DayHours {
  const exception = exceptionOn(location, date);
  if (exception) return { kind: 'exception', intervals: realBlocks(exception.hours ?? [], date), exception };
  const intervals = realBlocks(location.hours[weekdayOf(date)] ?? [], date);
  if (intervals.length > 0 && location.publicHolidays === 'closed') {
    const holiday = holidayOn(date);
    if (holiday !== undefined) return { kind: 'holiday', intervals: [], holiday };
  }
  return { kind: 'weekly', intervals };
}

/** True when the weekly hours open on at least one day. */
export function hasWeeklyHours(location: Location): boolean {
  return Object.values(location.hours).some((day) => day !== undefined && day.length > 0);
}

/**
 * True when content gives any hours at all: weekly ones, or an exception's (a buurtpunt without
 * regular hours that opens on a few dates). Only without either are its hours not known yet: once
 * such an extra opening is over, this week's table and "Vandaag: open …" still show it, and the
 * status says closed rather than that no hours are known.
 */
export function hasAnyHours(location: Location): boolean {
  return hasWeeklyHours(location) || location.exceptions.some((ex) => (ex.hours ?? []).length > 0);
}

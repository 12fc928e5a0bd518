/** Which opening hours apply on one local day: the weekly hours, a dated exception, or a public holiday. */
import type { Interval, Location, OpeningException } from '../content/schema';
import { holidayOn } from './belgian-holidays';
import type { LocalDate } from '../time/local-time';
import { daysBetween, weekdayOf } from '../time/local-time';

/** The hours of one day and where they come from. */
export type DayHours =
  | { kind: 'weekly'; intervals: Interval[] }
  | { kind: 'exception'; intervals: Interval[]; exception: OpeningException }
  | { kind: 'holiday'; intervals: []; holiday: string };

/** The last day an exception covers (`to` is optional and defaults to `from`). */
export function lastDayOf(exception: OpeningException): LocalDate {
  return exception.to ?? exception.from;
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
    const span = daysBetween(ex.from, lastDayOf(ex));
    if (span <= bestSpan) {
      best = ex;
      bestSpan = span;
    }
  }
  return best;
}

/**
 * The intervals that start on `date`. An exception replaces the weekly hours; a public holiday closes
 * the day unless the location says `publicHolidays: "open"`. A holiday only counts when it takes
 * hours away: on a day the buurtpunt is closed anyway it is not worth mentioning.
 */
export function hoursOn(location: Location, date: LocalDate): DayHours {
  const exception = exceptionOn(location, date);
  if (exception) return { kind: 'exception', intervals: exception.hours ?? [], exception };
  const intervals = location.hours[weekdayOf(date)] ?? [];
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

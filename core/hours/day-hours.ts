/** Which opening hours apply on one local day: the weekly hours, a dated exception, or a public holiday. */
import type { Interval, Location, OpeningException } from '../content/schema';
import { holidayOn } from './belgian-holidays';
import type { LocalDate } from '../time/local-time';
import { addDays, daysBetween, weekdayOf } from '../time/local-time';

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
  const span = spanOf(exception);
  const index = location.exceptions.indexOf(exception);
  let last = lastDayOf(exception);
  location.exceptions.forEach((other, i) => {
    if (other === exception || other.from <= date || other.from > last) return;
    // A closed day inside a closure (a day of leave in the Christmas holiday) keeps it closed: the
    // closure is still "tot en met" its own end. Only other hours, or an opening, end it early.
    if (exception.closed === true && other.closed === true) return;
    // The rule of exceptionOn: shorter wins, the later one written among equals. One that wins later
    // in the run cannot have begun by `date`, or it would have won on `date` already.
    const otherSpan = spanOf(other);
    if (otherSpan < span || (otherSpan === span && i > index)) last = addDays(other.from, -1);
  });
  return last;
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

/**
 * The week table under a buurtpunt's status: Monday to Sunday of this week, each row saying what
 * holds on that date (a closure, other hours, a public holiday), so the table never contradicts the
 * sentence above it. Without a trustworthy date, the regular weekly hours, undated.
 */
import type { Location } from '../content/schema';
import { formatEndOnDay, formatWallClock } from '../time/dutch-dates';
import { WEEKDAY_NAMES_NL, capitalize } from '../time/dutch-words';
import type { Weekday } from '../time/weekdays';
import { WEEKDAYS } from '../time/weekdays';
import { hasWeeklyHours, hoursOn } from './day-hours';
import type { LocalDate } from '../time/local-time';
import { addDays, instantAt, localDateOf, weekdayOf } from '../time/local-time';
import type { LocationStatus } from './location-status';
import { openingsOn, type Opening } from './openings';
import { differsFromWeekly } from './weekly-difference';
import { intervalsText } from './upcoming';

/** What a day without opening hours says on the table. */
export const CLOSED_NL = 'gesloten';
/** A public holiday that takes the day's hours away. */
export const HOLIDAY_CLOSED_NL = 'gesloten (feestdag)';

/** One row of the week table. */
export interface WeekRow {
  day: Weekday;
  /** "Dinsdag". */
  name: string;
  /**
   * "10:00 – 13:00", "gesloten", "gesloten (feestdag)"; other hours from an exception as its times.
   * Today, while last night's opening still runs: "tot 2:00" first ("tot 2:00, 9:00 – 12:00").
   */
  hours: string;
  open: boolean;
  today: boolean;
  /**
   * The day's hours differ from its regular weekly hours (a closure, other hours, a public holiday):
   * the screen marks it; the reason is in the status sentence and the list of changes. Never for
   * the order the hours are written in, a clock change, or last night's opening running into today.
   */
  changed: boolean;
}

/**
 * Monday to Sunday of the week holding `today`, each row as it holds on its date. Empty for a
 * buurtpunt without regular hours and no opening this week: then its status says the hours are not
 * known yet, and seven times "gesloten" would say otherwise. With `carriedUntil` (carriedInto of the
 * status), today's row begins "tot 2:00" while an opening from last night still runs, so it agrees
 * with "Nu open · tot 2:00" even on a Monday, when last night's row is not in the table.
 */
export function weekTable(location: Location, today: LocalDate, carriedUntil?: number): WeekRow[] {
  const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
  const rows = WEEKDAYS.map((_, i) => {
    const date = addDays(monday, i);
    return datedRow(location, date, today, date === today ? carriedUntil : undefined);
  });
  return keepTable(location, rows);
}

/** The regular weekly hours, undated and without "today" (for a clock that cannot be trusted). */
export function regularWeekTable(location: Location): WeekRow[] {
  const rows = WEEKDAYS.map((day): WeekRow => {
    const hours = regularHours(location, day);
    const open = hours !== CLOSED_NL;
    return { day, name: capitalize(WEEKDAY_NAMES_NL[day]), hours, open, today: false, changed: false };
  });
  return keepTable(location, rows);
}

/** "9:00 – 12:00, 13:30 – 16:00" or "gesloten": the regular weekly hours of `day`, earliest first. */
function regularHours(location: Location, day: Weekday): string {
  const intervals = location.hours[day] ?? [];
  // intervalsText puts them earliest first.
  return intervals.length > 0 ? intervalsText(intervals) : CLOSED_NL;
}

function keepTable(location: Location, rows: WeekRow[]): WeekRow[] {
  return hasWeeklyHours(location) || rows.some((r) => r.open) ? rows : [];
}

/**
 * The end of the status's running opening when it began before `today` (the status merges openings,
 * so "tot" is the same hour as in "Nu open · tot 2:00"); undefined when there is none.
 */
export function carriedInto(status: Pick<LocationStatus, 'current'>, today: LocalDate): number | undefined {
  const current = status.current;
  return current !== null && localDateOf(current.start) < today ? current.end : undefined;
}

function datedRow(location: Location, date: LocalDate, today: LocalDate, carriedUntil?: number): WeekRow {
  const day = hoursOn(location, date);
  const closed = day.kind === 'holiday' ? HOLIDAY_CLOSED_NL : CLOSED_NL;
  const parts = hoursParts(location, date, carriedUntil, day.kind === 'weekly' ? null : closed);
  const weekday = weekdayOf(date);
  return {
    day: weekday,
    name: capitalize(WEEKDAY_NAMES_NL[weekday]),
    hours: parts.length > 0 ? parts.join(', ') : closed,
    open: parts.length > 0,
    today: date === today,
    changed: differsFromWeekly(location, date),
  };
}

/**
 * The openings of `date` as "9:00 – 12:00", …; while last night's opening runs, "tot 2:00" first and
 * then `closure` ("gesloten (feestdag)") when nothing else opens that day. Null `closure`: a day
 * closed anyway, which needs no "daarna gesloten".
 */
function hoursParts(
  location: Location,
  date: LocalDate,
  carriedUntil: number | undefined,
  closure: string | null,
): string[] {
  // From the real openings, so a time in the hour skipped in spring reads as it will happen.
  const openings = openingsOn(location, date);
  const own = openings.map((o) => openingText(o, date));
  if (carriedUntil === undefined) return own;
  // Open all of today and on (a weekend-long opening): today's row as the days around it read.
  if (carriedUntil >= instantAt(addDays(date, 1), 0))
    return own.length > 0 ? own : [carriedText(carriedUntil, date)];
  // Those that begin before the carried opening ends were merged into it: "tot 2:00" says them.
  const later = openings.filter((o) => o.start >= carriedUntil).map((o) => openingText(o, date));
  const after = later.length === 0 && closure !== null ? [`daarna ${closure}`] : later;
  return [carriedText(carriedUntil, date), ...after];
}

/** "tot 2:00"; "tot middernacht" for an opening from last night that runs through the whole day. */
function carriedText(carriedUntil: number, date: LocalDate): string {
  const end = Math.min(carriedUntil, instantAt(addDays(date, 1), 0));
  return `tot ${formatEndOnDay(end, date)}`;
}

/** "9:00 – 12:00"; "20:00 – middernacht" for an opening that ends as its day does. */
function openingText(opening: Opening, date: LocalDate): string {
  return `${formatWallClock(opening.start)} – ${formatEndOnDay(opening.end, date)}`;
}

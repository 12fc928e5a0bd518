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
import { addDays, weekdayOf } from '../time/local-time';
import { openingsOn, type Opening } from './openings';
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
  /** "10:00 – 13:00", "gesloten", "gesloten (feestdag)"; other hours from an exception as its times. */
  hours: string;
  open: boolean;
  today: boolean;
  /**
   * The day's hours differ from its regular weekly hours (a closure, other hours, a public holiday):
   * the screen marks it; the reason is in the status sentence and the list of changes.
   */
  changed: boolean;
}

/**
 * Monday to Sunday of the week holding `today`, each row as it holds on its date. Empty for a
 * buurtpunt without regular hours and no opening this week: then its status says the hours are not
 * known yet, and seven times "gesloten" would say otherwise.
 */
export function weekTable(location: Location, today: LocalDate): WeekRow[] {
  const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
  const rows = WEEKDAYS.map((_, i) => datedRow(location, addDays(monday, i), today));
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

/** "9:00 – 12:00" or "gesloten": the regular weekly hours of `day`. */
function regularHours(location: Location, day: Weekday): string {
  const intervals = location.hours[day] ?? [];
  return intervals.length > 0 ? intervalsText(intervals) : CLOSED_NL;
}

function keepTable(location: Location, rows: WeekRow[]): WeekRow[] {
  return hasWeeklyHours(location) || rows.some((r) => r.open) ? rows : [];
}

function datedRow(location: Location, date: LocalDate, today: LocalDate): WeekRow {
  const day = hoursOn(location, date);
  // From the real openings, so a time in the hour skipped in spring reads as it will happen.
  const openings = openingsOn(location, date);
  let hours = openings.map((o) => openingText(o, date)).join(', ');
  if (day.kind === 'holiday') hours = HOLIDAY_CLOSED_NL;
  else if (openings.length === 0) hours = CLOSED_NL;
  const weekday = weekdayOf(date);
  return {
    day: weekday,
    name: capitalize(WEEKDAY_NAMES_NL[weekday]),
    hours,
    open: openings.length > 0,
    today: date === today,
    changed: hours !== regularHours(location, weekday),
  };
}

/** "9:00 – 12:00"; "20:00 – middernacht" for an opening that ends as its day does. */
function openingText(opening: Opening, date: LocalDate): string {
  return `${formatWallClock(opening.start)} – ${formatEndOnDay(opening.end, date)}`;
}

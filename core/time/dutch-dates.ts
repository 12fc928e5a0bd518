/**
 * nl-BE calendar words for a local day, without Intl or luxon (tests check them against luxon), and
 * the one rule for when a date names its year.
 */
import { addDays, daysBetween, localDateOf, localMinutesOf, weekdayOf, type LocalDate } from './local-time';
import { MIDNIGHT_NL, WEEKDAY_NAMES_NL, clockText } from './dutch-words';

export const MONTH_NAMES_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** The calendar leaf an activity without a photo shows: "20", "dec". */
export interface DayTile {
  day: string;
  month: string;
}

/** Further than this from today, a date in another year is ambiguous without its year. */
const YEAR_AFTER_DAYS = 180;

/**
 * The one rule for the year: a date names it when it lies in another calendar year and more than
 * half a year from `today` ("5 januari" seen on 29 December needs none). Without a `today` (a record
 * read at an unknown later day, such as verslag.txt) the year is always written.
 */
export function showsYear(date: LocalDate, today: LocalDate | null): boolean {
  if (today === null) return true;
  return date.slice(0, 4) !== today.slice(0, 4) && Math.abs(daysBetween(today, date)) > YEAR_AFTER_DAYS;
}

function parts(date: LocalDate): { year: number; month: string; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month: MONTH_NAMES_NL[month - 1] ?? '', day };
}

/** "3 december", or "3 december 2027" when the year rule asks for it. */
export function formatDayMonth(date: LocalDate, today: LocalDate | null): string {
  const { year, month, day } = parts(date);
  return showsYear(date, today) ? `${day} ${month} ${year}` : `${day} ${month}`;
}

/** "donderdag 3 december", or "… 2027" when the year rule asks for it. */
export function formatLongDate(date: LocalDate, today: LocalDate | null): string {
  return `${WEEKDAY_NAMES_NL[weekdayOf(date)]} ${formatDayMonth(date, today)}`;
}

/** "2026-12-20" → { day: "20", month: "dec" } (months cut to three letters, maart to "mrt"). */
export function dayTile(date: LocalDate): DayTile {
  const { month, day } = parts(date);
  return { day: String(day), month: month === 'maart' ? 'mrt' : month.slice(0, 3) };
}

/** "9:05": the Brussels wall clock at `instant`, hours without a leading zero (as nl-BE's Intl). */
export function formatWallClock(instant: number): string {
  return clockText(localMinutesOf(instant));
}

/**
 * The end of an opening on `day`: "12:00", or "middernacht" when it ends as the day does (the same
 * word formatEndTime gives a content time of 24:00).
 */
export function formatEndOnDay(end: number, day: LocalDate): string {
  const atMidnight = localMinutesOf(end) === 0 && localDateOf(end) === addDays(day, 1);
  return atMidnight ? MIDNIGHT_NL : formatWallClock(end);
}

/** "vrijdag 27 november": the Brussels day of `instant` (as nl-BE's Intl with weekday, day, month). */
export function formatDayOf(instant: number): string {
  const date = localDateOf(instant);
  return formatLongDate(date, date);
}

/** "vrijdag 27 november om 14:03" (with the year by the year rule) in Brussels time. */
export function formatDateTime(instant: number, today: LocalDate | null): string {
  return `${formatLongDate(localDateOf(instant), today)} om ${formatWallClock(instant)}`;
}

/**
 * "vrijdag 27 november 2026 om 14:03" in Brussels time. On screen (`now` given) the year follows the
 * screen's one rule (core/time/dutch-dates.ts); in verslag.txt, read at some later day, it is always there.
 */
export function formatDateTimeNl(iso: string, now?: number): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  return formatDateTime(instant, now === undefined ? null : localDateOf(now));
}

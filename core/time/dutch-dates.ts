/** nl-BE calendar words for a local day, without Intl or luxon (tests check them against luxon). */
import { localDateOf, localMinutesOf, weekdayOf, type LocalDate } from './local-time';
import { WEEKDAY_NAMES_NL } from './dutch-words';

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

/** "donderdag 3 december", or "donderdag 3 december 2026" with `withYear`. */
export function formatLongDate(date: LocalDate, withYear = false): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const words = `${WEEKDAY_NAMES_NL[weekdayOf(date)]} ${day} ${MONTH_NAMES_NL[month - 1]}`;
  return withYear ? `${words} ${year}` : words;
}

/** "3 december", or "3 december 2026" with `withYear`. */
export function formatDayMonth(date: LocalDate, withYear = false): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const words = `${day} ${MONTH_NAMES_NL[month - 1]}`;
  return withYear ? `${words} ${year}` : words;
}

/** "9:05": the Brussels wall clock at `instant`, hours without a leading zero (as nl-BE's Intl). */
export function formatWallClock(instant: number): string {
  const minutes = localMinutesOf(instant);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "vrijdag 27 november": the Brussels day of `instant` (as nl-BE's Intl with weekday, day, month). */
export function formatDayOf(instant: number): string {
  return formatLongDate(localDateOf(instant));
}

/** When an activity happens, in nl-BE words relative to today, and the group it is listed under. */
import { addDays, daysBetween, instantAt, localDateOf, weekdayOf, type LocalDate } from '../time/local-time';
import { MONTH_NAMES_NL, formatLongDate } from '../time/dutch-dates';
import { MIDNIGHT_NL, capitalize, formatClockTime, formatTimeRange } from '../time/dutch-words';
import { minutesOfDay } from '../time/local-formats';
import { WEEKDAYS } from '../time/weekdays';
import { shownLocal } from '../time/skipped-hour';

/** The headings activities are grouped under, in this order. */
export const ACTIVITY_GROUPS = ['Vandaag', 'Morgen', 'Deze week', 'Later'] as const;
export type ActivityGroup = (typeof ACTIVITY_GROUPS)[number];

/** A content date-time "2026-12-03T09:30" (Brussels wall clock) as its day and its clock time. */
function split(text: string): { date: LocalDate; time: string } {
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** The instant a content date-time "2026-12-03T09:30" means in Brussels. */
export function instantOfLocal(text: string): number {
  const { date, time } = split(text);
  return instantAt(date, minutesOfDay(time));
}

/**
 * "Vandaag", "Morgen", "Gisteren", else "donderdag 3 december"; lower case after a dash. Without a
 * `today` (a clock not to be believed) always the date, with its year.
 */
function dayWords(date: LocalDate, today: LocalDate | null, leading: boolean): string {
  const near = today === null ? undefined : ['Gisteren', 'Vandaag', 'Morgen'][daysBetween(today, date) + 1];
  if (near !== undefined) return leading ? near : near.toLowerCase();
  return formatLongDate(date, today);
}

/**
 * "Vandaag · 14:00 – 16:00", "Morgen · 9:30 – 11:30", "donderdag 3 december · 9:30 – 11:30", "Vandaag ·
 * 20:00 – middernacht"; across midnight "vrijdag 4 december 20:00 – zaterdag 5 december 2:00".
 * `today` is the Brussels day, or null when the clock cannot be believed; the year follows the one
 * rule of core/time/dutch-dates. A time in the hour skipped in spring reads as the clock shows it
 * then (2:30 → 3:00, see `shownLocal`).
 */
export function describeActivityTime(start: string, end: string, today: LocalDate | null): string {
  const s = split(shownLocal(start));
  const e = split(shownLocal(end));
  const endsAtMidnight = e.time === '00:00' && e.date === addDays(s.date, 1);
  if (s.date === e.date || endsAtMidnight) {
    return `${dayWords(s.date, today, true)} · ${formatTimeRange(s.time, e.time)}`;
  }
  // An end at 00:00 is the midnight the day before ends with: "– vrijdag 1 januari middernacht".
  const endsWith = e.time === '00:00' ? { date: addDays(e.date, -1), time: MIDNIGHT_NL } : null;
  return (
    `${dayWords(s.date, today, true)} ${formatClockTime(s.time)} – ` +
    `${dayWords(endsWith?.date ?? e.date, today, false)} ${endsWith?.time ?? formatClockTime(e.time)}`
  );
}

/**
 * The heading an activity is listed under when today is not known (a clock not to be believed):
 * its month, "December 2026", true whatever the day.
 */
function monthHeading(start: string): string {
  const [year, month] = start.split('-') as [string, string];
  return `${capitalize(MONTH_NAMES_NL[Number(month) - 1] ?? '')} ${year}`;
}

/** The group of an activity that has not ended at `now`: one already under way counts as today. */
export function activityGroup(start: string, now: number): ActivityGroup {
  const today = localDateOf(now);
  const date = split(start).date;
  if (instantOfLocal(start) <= now) return 'Vandaag';
  const ahead = daysBetween(today, date);
  if (ahead <= 0) return 'Vandaag';
  if (ahead === 1) return 'Morgen';
  // Belgian weeks run Monday to Sunday.
  const sunday = addDays(today, 6 - WEEKDAYS.indexOf(weekdayOf(today)));
  return date <= sunday ? 'Deze week' : 'Later';
}

/**
 * The heading an activity is listed under, on a slide and on the touch screen alike: its group at
 * `now`, or its month when the clock cannot be believed.
 */
export function activityHeading(start: string, now: number, clockPlausible: boolean): ActivityGroup | string {
  return clockPlausible ? activityGroup(start, now) : monthHeading(start);
}

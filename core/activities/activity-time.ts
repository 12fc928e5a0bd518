/** When an activity happens, in nl-BE words relative to today, and the group it is listed under. */
import { addDays, daysBetween, instantAt, localDateOf, weekdayOf, type LocalDate } from '../time/local-time';
import { formatLongDate } from '../time/dutch-dates';
import { formatClockTime } from '../time/dutch-words';
import { minutesOfDay } from '../time/local-formats';
import { WEEKDAYS } from '../time/weekdays';

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

/** The year is only written for days far enough away to be ambiguous without it. */
function needsYear(date: LocalDate, today: LocalDate): boolean {
  return date.slice(0, 4) !== today.slice(0, 4) && Math.abs(daysBetween(today, date)) > 180;
}

/** "Vandaag", "Morgen", "Gisteren", else "donderdag 3 december"; lower case after a dash. */
function dayWords(date: LocalDate, today: LocalDate, leading: boolean): string {
  const near = ['Gisteren', 'Vandaag', 'Morgen'][daysBetween(today, date) + 1];
  if (near !== undefined) return leading ? near : near.toLowerCase();
  return formatLongDate(date, needsYear(date, today));
}

/**
 * "Vandaag · 14:00 – 16:00", "Morgen · 9:30 – 11:30", "donderdag 3 december · 9:30 – 11:30";
 * across midnight "vrijdag 4 december 20:00 – zaterdag 5 december 2:00". `today` is the Brussels day.
 */
export function describeActivityTime(start: string, end: string, today: LocalDate): string {
  const s = split(start);
  const e = split(end);
  const endsAtMidnight = e.time === '00:00' && e.date === addDays(s.date, 1);
  if (s.date === e.date || endsAtMidnight) {
    return `${dayWords(s.date, today, true)} · ${formatClockTime(s.time)} – ${formatClockTime(e.time)}`;
  }
  return (
    `${dayWords(s.date, today, true)} ${formatClockTime(s.time)} – ` +
    `${dayWords(e.date, today, false)} ${formatClockTime(e.time)}`
  );
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

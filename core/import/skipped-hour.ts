/**
 * Times in the hour skipped when summer time begins (last Sunday of March, 2:00 → 3:00 in Brussels):
 * an activity's start or end, or a block of an exception's hours. Valid content: the screen places
 * such a time as the clock jumps (2:30 happens at 3:00) and shows it so. But staff wrote 2:30, so
 * import, validate and the editor say what the screen will do. Weekly hours are not looked at: they
 * meet that night every year and could not be written otherwise. Announcement windows need nothing
 * here: their times are never shown, and the schema refuses one that the jump leaves empty.
 */
import { isSkippedLocal, shownLocal } from '../time/skipped-hour';
import { upcomingActivities } from '../activities/upcoming';
import type { Content, Interval } from '../content/schema';
import { exceptionOn, lastDayOf } from '../hours/day-hours';
import { addDays, daysBetween, instantAt, localDateOf, type LocalDate } from '../time/local-time';

/** One time that the clock skips: as written ("02:30") and as the clock reads then ("03:00"). */
export interface SkippedTime {
  field: 'start' | 'end' | 'from' | 'until';
  written: string;
  shown: string;
}

/** An activity or an exception's block with its times in the skipped hour of one night. */
export interface SkippedHourItem {
  kind: 'activity' | 'block';
  /** `activities[3]` or `locations[0].exceptions[1].hours[0]`, for its place (core/content/place.ts). */
  path: string;
  /** The Sunday whose night it is. */
  date: LocalDate;
  /** In the order start, end (or from, until); one or both. */
  times: SkippedTime[];
  /** The block as written (for a block only). */
  interval?: Interval;
}

/** An exception is looked at for at most this many days from today (or its first day). */
const MAX_DAYS = 366;
const DAY = 86_400_000;

/** The time of `field` when `text` ("2027-03-28T02:30") falls in the skipped hour. */
function skipped(field: SkippedTime['field'], text: string): SkippedTime | null {
  if (!isSkippedLocal(text)) return null;
  return { field, written: text.slice(11, 16), shown: shownLocal(text).slice(11, 16) };
}

/** Activities not yet ended at `now` whose start or end (or both) the clock skips, one item per night. */
function skippedActivities(content: Pick<Content, 'activities'>, now: number): SkippedHourItem[] {
  const indexOf = new Map(content.activities.map((a, i) => [a, i]));
  const found: SkippedHourItem[] = [];
  for (const { activity } of upcomingActivities(content.activities, now)) {
    const path = `activities[${indexOf.get(activity)}]`;
    const start = skipped('start', activity.start);
    const end = skipped('end', activity.end);
    const date = (text: string) => text.slice(0, 10);
    if (start !== null && end !== null && date(activity.start) === date(activity.end)) {
      found.push({ kind: 'activity', path, date: date(activity.start), times: [start, end] });
      continue;
    }
    if (start !== null) found.push({ kind: 'activity', path, date: date(activity.start), times: [start] });
    if (end !== null) found.push({ kind: 'activity', path, date: date(activity.end), times: [end] });
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days of `year` shorter than 24 hours: those with the hour skipped in spring. Month by month
 * first (a year of days would cost the editor, which asks on every change); a month with both
 * changes, which Brussels never has, would be missed.
 */
function shortDaysOf(year: number): LocalDate[] {
  const days: LocalDate[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${pad(month)}-01`;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    if (instantAt(next, 0) - instantAt(first, 0) >= daysBetween(first, next) * DAY) continue;
    for (let date = first; date < next; date = addDays(date, 1)) {
      if (instantAt(addDays(date, 1), 0) - instantAt(date, 0) < DAY) days.push(date);
    }
  }
  return days;
}

/** The times of one block of `date` that the clock skips, on a day from `today` on; none mostly. */
function skippedInBlock(
  path: string,
  interval: Interval,
  date: LocalDate,
  today: LocalDate,
): SkippedHourItem[] {
  // A block ending past midnight ends on the next day; "24:00" and "00:00" are never skipped.
  const untilDate = interval.until < interval.from ? addDays(date, 1) : date;
  const from = date >= today ? skipped('from', `${date}T${interval.from}`) : null;
  const until =
    interval.until === '24:00' || untilDate < today
      ? null
      : skipped('until', `${untilDate}T${interval.until}`);
  if (from !== null && until !== null && untilDate === date) {
    return [{ kind: 'block', path, date, times: [from, until], interval }];
  }
  return [
    ...(from === null ? [] : [{ kind: 'block' as const, path, date, times: [from], interval }]),
    ...(until === null ? [] : [{ kind: 'block' as const, path, date: untilDate, times: [until], interval }]),
  ];
}

/**
 * The blocks of exceptions, on days they are in force from today on, whose `from` or `until` the
 * clock skips. Only the days around a short day are looked at.
 */
function skippedBlocks(content: Pick<Content, 'locations'>, now: number): SkippedHourItem[] {
  const today = localDateOf(now);
  const shortDays = new Map<number, LocalDate[]>();
  const shortDaysIn = (from: LocalDate, to: LocalDate): LocalDate[] => {
    const found: LocalDate[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      const days = shortDays.get(year) ?? shortDaysOf(year);
      shortDays.set(year, days);
      found.push(...days.filter((day) => day >= from && day <= to));
    }
    return found;
  };
  const found: SkippedHourItem[] = [];
  content.locations.forEach((location, l) =>
    location.exceptions.forEach((exception, e) => {
      const hours = exception.hours ?? [];
      if (hours.length === 0) return;
      // From yesterday: a block starting then may end in tonight's skipped hour.
      const yesterday = addDays(today, -1);
      const first = exception.from < yesterday ? yesterday : exception.from;
      const cap = addDays(first, MAX_DAYS - 1);
      const last = lastDayOf(exception) < cap ? lastDayOf(exception) : cap;
      const days = new Set<LocalDate>();
      for (const short of shortDaysIn(first, addDays(last, 1))) {
        for (const date of [addDays(short, -1), short]) if (date >= first && date <= last) days.add(date);
      }
      for (const date of days) {
        if (exceptionOn(location, date) !== exception) continue;
        hours.forEach((interval, i) => {
          found.push(
            ...skippedInBlock(`locations[${l}].exceptions[${e}].hours[${i}]`, interval, date, today),
          );
        });
      }
    }),
  );
  return found;
}

/**
 * Everything still to come at `now` (epoch ms) with a time in the hour skipped in spring: activities
 * soonest first, then exception blocks by buurtpunt and exception.
 */
export function skippedHourTimes(
  content: Pick<Content, 'activities' | 'locations'>,
  now: number,
): SkippedHourItem[] {
  return [...skippedActivities(content, now), ...skippedBlocks(content, now)];
}

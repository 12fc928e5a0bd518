/**
 * Whether a day's hours differ from the regular weekly ones, judged on the hours as written in
 * content.json rather than as worded: the week table marks such a day, and the list of changes
 * explains it, so the order of the blocks or a DST night must never count as a change.
 */
import type { Interval, Location } from '../content/schema';
import { minutesOfDay } from '../time/local-formats';
import type { LocalDate } from '../time/local-time';
import { weekdayOf } from '../time/local-time';
import { hoursOn } from './day-hours';

/** Intervals earliest first: content.json may list a day's blocks in any order. */
export function byStart(intervals: readonly Interval[]): Interval[] {
  return [...intervals].sort((a, b) => minutesOfDay(a.from) - minutesOfDay(b.from));
}

/**
 * Whether other hours than the weekly ones hold on `date`: a public holiday that takes them away, or
 * an exception with other blocks. A 20:00 – 2:00 night that ends at 3:00 as the clock jumps is not.
 */
export function differsFromWeekly(location: Location, date: LocalDate): boolean {
  const day = hoursOn(location, date);
  if (day.kind !== 'exception') return day.kind === 'holiday';
  return spansKey(day.intervals) !== spansKey(location.hours[weekdayOf(date)] ?? []);
}

/** "540-720,810-960": start and end minutes, sorted; an end at or before the start is the next day. */
function spansKey(intervals: readonly Interval[]): string {
  return byStart(intervals)
    .map(({ from, until }) => {
      const start = minutesOfDay(from);
      const end = minutesOfDay(until);
      return `${start}-${end <= start ? end + 1440 : end}`;
    })
    .join(',');
}

/**
 * The days in the coming weeks that differ from the weekly hours (closures, extra or changed
 * openings, public holidays), grouped per exception, with a one-line Dutch description for the screen.
 */
import type { Interval, Location, OpeningException } from '../content/schema';
import { formatDayMonth, formatLongDate, formatWallClock } from '../time/dutch-dates';
import { capitalize, formatTimeRange } from '../time/dutch-words';
import { closedByException, hoursOn, lastDayInForce } from './day-hours';
import { byStart } from './weekly-difference';
import type { LocalDate } from '../time/local-time';
import { shownLocal } from '../time/skipped-hour';
import { addDays, daysBetween, localDateOf, localMinutesOf } from '../time/local-time';

/** One run of days that differ from the weekly hours for the same reason. */
export interface UpcomingChange {
  /**
   * First day (in the window) and the real last day, which may lie beyond the window; a closure ends
   * where a shorter exception inside it takes over, and comes back as a new change after it.
   */
  from: LocalDate;
  to: LocalDate;
  /** Open at other hours, closed by an exception, or closed for a public holiday. */
  kind: 'hours' | 'closed' | 'holiday';
  intervals: Interval[];
  /** The exception's note or the holiday's name. */
  note?: string;
  /** When a closure today begins only as an opening from yesterday ends (20:00 – 2:00 the night before). */
  closedFrom?: number;
}

/**
 * Changes to the weekly hours on `today` and the `days - 1` days after it, in date order.
 * `carriedUntil` is the end of the opening running now (the status's current one): a closure on the
 * day it ends in (today, or tomorrow for one running past midnight) then says it begins at that hour
 * rather than contradict "Nu open · tot 2:00".
 */
export function upcomingChanges(
  location: Location,
  today: LocalDate,
  days: number,
  carriedUntil?: number,
): UpcomingChange[] {
  const out: UpcomingChange[] = [];
  // The exception of the item listed last, and its last day: the days up to it are said by it.
  let open: { exception: OpeningException; to: LocalDate } | undefined;
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const day = hoursOn(location, date);
    let change: UpcomingChange;
    if (day.kind === 'exception') {
      // Consecutive days of one exception form one item.
      if (day.exception === open?.exception && date <= open.to) continue;
      // A closed day inside a closure already listed (a day of leave in the holiday) is said by it;
      // the days after it are looked at again, in case it lasts beyond that closure.
      const listed = out.at(-1);
      const closed = closedByException(day);
      if (closed && listed?.kind === 'closed' && listed.to >= date) continue;
      const kind = closed ? 'closed' : 'hours';
      const note = day.exception.note;
      const inForce = lastDayInForce(location, day.exception, date);
      // Other hours the spring jump skips (all of them: that day is closed) hold on that Sunday only.
      const to =
        day.exception.closed === true ? inForce : sameHoursUntil(location, day.exception, date, inForce);
      // A run cut short there goes on as a new item the day after.
      open = { exception: day.exception, to };
      change = { from: date, to, kind, intervals: day.intervals, ...(note === undefined ? {} : { note }) };
    } else {
      open = undefined;
      if (day.kind !== 'holiday') continue;
      change = { from: date, to: date, kind: 'holiday', intervals: [], note: day.holiday };
    }
    const closedLate =
      change.kind !== 'hours' &&
      carriedUntil !== undefined &&
      localDateOf(carriedUntil) === date &&
      localMinutesOf(carriedUntil) > 0;
    out.push(closedLate ? { ...change, closedFrom: carriedUntil } : change);
  }
  return out;
}

/** Any 366 days in a row hold a last Sunday of March. */
const DAYS_WITH_A_SPRING_SUNDAY = 366;

/**
 * The last day from `date` to `last` (a run of `exception`'s other hours) with as many blocks as on
 * `date`. Only the spring Sunday differs, where a block wholly in the skipped hour never opens: one
 * range "open 2:15 – 2:45, 10:00 – 12:00" over it would say what its row in the week table does not.
 */
function sameHoursUntil(
  location: Location,
  exception: OpeningException,
  date: LocalDate,
  last: LocalDate,
): LocalDate {
  // Only a block that begins in the 2 o'clock hour can vanish: no day to look at for the others.
  if (!(exception.hours ?? []).some((interval) => interval.from.startsWith('02'))) return last;
  const blocks = hoursOn(location, date).intervals.length;
  // A year holds one spring Sunday, and the same blocks vanish on every one: a run that keeps its
  // blocks over the first keeps them over all. So a run of decades (the schema sets no longest span)
  // costs a year of days at most, every minute the screen plans again.
  const end =
    daysBetween(date, last) > DAYS_WITH_A_SPRING_SUNDAY ? addDays(date, DAYS_WITH_A_SPRING_SUNDAY) : last;
  for (let day = addDays(date, 1); day <= end; day = addDays(day, 1))
    if (hoursOn(location, day).intervals.length !== blocks) return addDays(day, -1);
  return last;
}

/**
 * "9:00 – 12:00, 13:30 – 16:00", as on the weekly hours table: earliest first, however written. With
 * the `date` they are for, a time in the hour skipped in spring reads as the clock shows it then
 * ("2:30" happens at 3:00), as on the week table and in the status.
 */
export function intervalsText(intervals: readonly Interval[], date?: LocalDate): string {
  const shown = (day: LocalDate, time: string) => shownLocal(`${day}T${time}`).slice(11, 16);
  return byStart(intervals)
    .map((i) => {
      if (date === undefined) return formatTimeRange(i.from, i.until);
      const untilDay = i.until < i.from ? addDays(date, 1) : date;
      const until = i.until === '24:00' ? i.until : shown(untilDay, i.until);
      return formatTimeRange(shown(date, i.from), until);
    })
    .join(', ');
}

/**
 * "Zaterdag 5 december: open 14:00 – 17:00 (kerstmarkt)", "24 december – 3 januari: gesloten
 * (kerstvakantie)", "Tot en met 3 januari: gesloten (…)" when it has already begun, "Vandaag: …",
 * "Vandaag: gesloten vanaf 2:00 (verlof)" while last night's opening still runs, and for a longer
 * closure "Vandaag vanaf 2:00 tot en met 3 januari: gesloten (…)".
 */
export function upcomingText(change: UpcomingChange, today: LocalDate): string {
  const started = change.from <= today;
  const from = change.closedFrom === undefined ? '' : ` vanaf ${formatWallClock(change.closedFrom)}`;
  let when: string;
  let closedFrom = from;
  if (change.from === change.to) when = started ? 'Vandaag' : formatLongDate(change.from, today);
  else if (from !== '') {
    // The start belongs with its day, not after the end date.
    const first = started ? 'Vandaag' : formatDayMonth(change.from, today);
    when = `${first}${from} tot en met ${formatDayMonth(change.to, today)}`;
    closedFrom = '';
  } else if (started) when = `Tot en met ${formatDayMonth(change.to, today)}`;
  else when = `${formatDayMonth(change.from, today)} – ${formatDayMonth(change.to, today)}`;
  // One day: its own clock (the spring night); a range: the hours as written, true on its other days.
  const day = change.from === change.to ? change.from : undefined;
  const what =
    change.kind === 'hours' ? `open ${intervalsText(change.intervals, day)}` : `gesloten${closedFrom}`;
  return capitalize(`${when}: ${what}${change.note ? ` (${change.note})` : ''}`);
}

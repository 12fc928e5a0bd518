/**
 * The days in the coming weeks that differ from the weekly hours (closures, extra or changed
 * openings, public holidays), grouped per exception, with a one-line Dutch description for the screen.
 */
import type { Interval, Location, OpeningException } from '../content/schema';
import { formatDayMonth, formatLongDate } from '../time/dutch-dates';
import { formatClockTime } from '../time/dutch-words';
import { hoursOn, lastDayOf } from './day-hours';
import type { LocalDate } from '../time/local-time';
import { addDays } from '../time/local-time';

/** One run of days that differ from the weekly hours for the same reason. */
export interface UpcomingChange {
  /** First day (in the window) and the real last day, which may lie beyond the window. */
  from: LocalDate;
  to: LocalDate;
  /** Open at other hours, closed by an exception, or closed for a public holiday. */
  kind: 'hours' | 'closed' | 'holiday';
  intervals: Interval[];
  /** The exception's note or the holiday's name. */
  note?: string;
}

/** Changes to the weekly hours on `today` and the `days - 1` days after it, in date order. */
export function upcomingChanges(location: Location, today: LocalDate, days: number): UpcomingChange[] {
  const out: UpcomingChange[] = [];
  let open: OpeningException | undefined;
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const day = hoursOn(location, date);
    if (day.kind === 'exception') {
      // Consecutive days of one exception form one item.
      if (day.exception === open) continue;
      open = day.exception;
      const kind = day.exception.closed ? 'closed' : 'hours';
      const note = day.exception.note;
      const change = { from: date, to: lastDayOf(day.exception), kind, intervals: day.intervals } as const;
      out.push(note === undefined ? change : { ...change, note });
      continue;
    }
    open = undefined;
    if (day.kind === 'holiday') {
      out.push({ from: date, to: date, kind: 'holiday', intervals: [], note: day.holiday });
    }
  }
  return out;
}

/** "9:00 – 12:00, 13:30 – 16:00", as on the weekly hours table. */
export function intervalsText(intervals: readonly Interval[]): string {
  return intervals.map((i) => `${formatClockTime(i.from)} – ${formatClockTime(i.until)}`).join(', ');
}

/**
 * "Zaterdag 5 december: open 14:00 – 17:00 (kerstmarkt)", "24 december – 3 januari: gesloten
 * (kerstvakantie)", "Tot en met 3 januari: gesloten (…)" when it has already begun, "Vandaag: …".
 */
export function upcomingText(change: UpcomingChange, today: LocalDate): string {
  const started = change.from <= today;
  let when: string;
  if (change.from === change.to) when = started ? 'Vandaag' : formatLongDate(change.from);
  else if (started) when = `Tot en met ${formatDayMonth(change.to)}`;
  else when = `${formatDayMonth(change.from)} – ${formatDayMonth(change.to)}`;
  const what = change.kind === 'hours' ? `open ${intervalsText(change.intervals)}` : 'gesloten';
  const text = `${when}: ${what}${change.note ? ` (${change.note})` : ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

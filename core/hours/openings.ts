/** Turns the hours of successive days into a stream of openings as real instants, merged where they touch. */
import type { Location } from '../content/schema';
import { minutesOfDay } from '../time/local-formats';
import { hoursOn } from './day-hours';
import type { LocalDate } from '../time/local-time';
import { addDays, instantAt } from '../time/local-time';

/** One uninterrupted opening, in epoch ms; `note` is the exception's note when its end comes from one. */
export interface Opening {
  start: number;
  end: number;
  note?: string;
}

/**
 * The openings that start on `date`, in order. `until` before `from` runs past midnight into the next
 * day; `until` equal to `from` is an empty interval and ignored. An interval wholly inside the hour
 * skipped in spring is no part of the day already (`hoursOn`).
 */
export function openingsOn(location: Location, date: LocalDate): Opening[] {
  const day = hoursOn(location, date);
  const note = day.kind === 'exception' ? day.exception.note : undefined;
  const out: Opening[] = [];
  for (const interval of day.intervals) {
    const from = minutesOfDay(interval.from);
    const until = minutesOfDay(interval.until);
    if (until === from) continue;
    const start = instantAt(date, from);
    const end = until < from ? instantAt(addDays(date, 1), until) : instantAt(date, until);
    out.push(note === undefined ? { start, end } : { start, end, note });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Openings starting on `firstDate` and the `days - 1` days after it, merged when they overlap or touch
 * (Monday 22:00–24:00 and Tuesday 00:00–02:00 are one opening). Lazy, so callers stop at the first hit.
 */
export function* openingsFrom(location: Location, firstDate: LocalDate, days: number): Generator<Opening> {
  let run: Opening | undefined;
  for (let i = 0; i < days; i++) {
    // Every opening of a day starts before any opening of the next day, so the stream stays sorted.
    for (const next of openingsOn(location, addDays(firstDate, i))) {
      if (run && next.start <= run.end) {
        // The note goes with the interval that sets the end: it explains "tot …", and that interval
        // is always in view (it started yesterday at the earliest), whatever day the stream starts.
        if (next.end > run.end) run = { ...next, start: run.start };
        continue;
      }
      if (run) yield run;
      run = next;
    }
  }
  if (run) yield run;
}

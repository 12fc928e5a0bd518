/**
 * The Dutch (nl-BE) sentences for an opening status, short enough to read from 3 m in 3 seconds.
 * Times are 24-hour without a leading zero ("9:00"); days are "vandaag", a weekday name for the rest of
 * this week (Monday to Sunday, as the week table under it), and a date from next Monday on; an end at
 * midnight is the midnight of the day it ends ("tot zondag middernacht"). Notes follow in parentheses.
 */
import type { LocalDate } from '../time/local-time';
import { formatDayMonth, formatEndOnDay, formatLongDate, formatWallClock } from '../time/dutch-dates';
import { MIDNIGHT_NL, WEEKDAY_NAMES_NL, capitalize } from '../time/dutch-words';
import { addDays, daysBetween, localDateOf, localMinutesOf, weekdayOf } from '../time/local-time';
import type { Opening } from './openings';
import type { ClosedReason, LocationStatus, OpeningState } from './location-status';
import { WEEKDAYS } from '../time/weekdays';

/** A headline (the sentence a passer-by reads) and an optional second line. */
export interface StatusWords {
  headline: string;
  detail?: string;
}

/** An opening that ends before this hour of the next day still reads as "tot 2:00", not "tot morgen". */
const NIGHT_ENDS_MINUTES = 6 * 60;

/** The word on the big state indicator: the state now, never the countdown. */
export function stateLabel(state: OpeningState): string {
  switch (state) {
    case 'open':
    case 'closing-soon':
      return 'Open';
    case 'closed':
    case 'opening-soon':
      return 'Gesloten';
    case 'unknown':
      return 'Onbekend';
  }
}

/** The sentences for `status` as read at `now` (the same `now` the status was computed for, or later). */
export function statusWords(status: LocationStatus, now: number): StatusWords {
  const today = localDateOf(now);
  const { current, next, reason } = status;
  switch (status.state) {
    case 'open':
      return { headline: `Nu open · tot ${untilText(current!, today)}${noteText(current!)}` };
    case 'closing-soon':
      return {
        headline: `Sluit over ${minutesText(current!.end - now)}`,
        detail: `Open tot ${untilText(current!, today)}${noteText(current!)}`,
      };
    case 'opening-soon':
      return {
        headline: `Opent over ${minutesText(next!.start - now)}`,
        detail: capitalize(`${whenText(next!.start, today)}${noteText(next!)}`),
      };
    case 'closed':
      if (reason) {
        const headline = `${closedUntilText(reason, today)}${reason.note ? ` (${reason.note})` : ''}`;
        return next
          ? { headline, detail: `Opent ${whenText(next.start, today)}${noteText(next)}` }
          : { headline };
      }
      if (next) return { headline: `Gesloten · opent ${whenText(next.start, today)}${noteText(next)}` };
      return { headline: 'Gesloten', detail: 'Nog geen nieuwe opening gepland' };
    case 'unknown':
      return { headline: 'Openingsuren nog niet bekend' };
  }
}

/** "20 minuten", "1 minuut": whole minutes rounded up, so the last minute still says 1. */
function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}

function noteText(opening: Opening): string {
  return opening.note ? ` (${opening.note})` : '';
}

/**
 * "vandaag", "donderdag" for a later day of this week (tomorrow included: it is the row of that name
 * in the week table right under it, Monday to Sunday), "dinsdag 5 januari" from next Monday on, where
 * that row would be last week's, with the year by the one rule of dutch-dates.
 */
export function dayText(date: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'vandaag';
  const sunday = addDays(today, 6 - WEEKDAYS.indexOf(weekdayOf(today)));
  if (days > 0 && date <= sunday) return WEEKDAY_NAMES_NL[weekdayOf(date)];
  return formatLongDate(date, today);
}

/** "vandaag om 10:00", "donderdag om 9:00". */
function whenText(instant: number, today: LocalDate): string {
  return `${dayText(localDateOf(instant), today)} om ${formatWallClock(instant)}`;
}

/** "12:00", "middernacht", "2:00" (a night opening), "woensdag 14:00" (a long one). */
function untilText(opening: Opening, today: LocalDate): string {
  const endDate = localDateOf(opening.end);
  const minutes = localMinutesOf(opening.end);
  const end = formatEndOnDay(opening.end, today);
  if (endDate === today || end === MIDNIGHT_NL) return end;
  if (endDate === addDays(today, 1) && minutes < NIGHT_ENDS_MINUTES) return end;
  // "tot zondag middernacht", not "tot maandag 0:00": the day it ends with, as the table writes it.
  if (minutes === 0) return `${dayText(addDays(endDate, -1), today)} ${MIDNIGHT_NL}`;
  return `${dayText(endDate, today)} ${formatWallClock(opening.end)}`;
}

/** "Vandaag gesloten", "Gesloten tot en met morgen", "Gesloten tot en met 3 januari": a closure names its date. */
function closedUntilText(reason: ClosedReason, today: LocalDate): string {
  const days = daysBetween(today, reason.lastDay);
  if (days <= 0) return 'Vandaag gesloten';
  if (days === 1) return 'Gesloten tot en met morgen';
  return `Gesloten tot en met ${formatDayMonth(reason.lastDay, today)}`;
}

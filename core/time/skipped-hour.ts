/**
 * The hour Brussels skips when summer time begins (last Sunday of March, 2:00 → 3:00): a wall-clock
 * time in it never shows on a clock, and happens as the clock jumps. One place for the rule, for the
 * screen's times (activities, exception hours) and the content checks alike.
 */
import { minutesOfDay } from './local-formats';
import { instantAt, localDateOf, localMinutesOf } from './local-time';

/** What the clock does that night, in the words staff read. */
export const SPRING_CLOCK_JUMP_NL = 'die nacht gaat de klok van 2:00 naar 3:00';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A content date-time "2027-03-28T02:30" as the Brussels clock reads at the instant it means: the
 * text itself, except for a time in the skipped hour, which happens as the clock jumps and reads
 * "2027-03-28T03:00". The screen shows this, so time and order agree.
 */
export function shownLocal(text: string): string {
  const date = text.slice(0, 10);
  const time = text.slice(11, 16);
  // Brussels changes its clock at 01:00 UTC (local-time.ts), so only 2:00 – 2:59 can be skipped:
  // every other time is the text itself, without the cost of finding its instant.
  if (!time.startsWith('02')) return text;
  const minutes = minutesOfDay(time);
  const instant = instantAt(date, minutes);
  const shown = localMinutesOf(instant);
  const day = localDateOf(instant);
  if (shown === minutes && day === date) return text;
  return `${day}T${pad(Math.floor(shown / 60))}:${pad(shown % 60)}`;
}

/** True for a content date-time the Brussels clock never shows ("2027-03-28T02:30"). */
export function isSkippedLocal(text: string): boolean {
  return shownLocal(text) !== text;
}

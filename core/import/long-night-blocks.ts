/**
 * Opening blocks that run past midnight for more than half a day. "until" before "from" is how a
 * night opening is written (20:00 – 2:00), so it is valid; but 12:00 – 9:00 is far more often a
 * morning written the wrong way round than 21 hours of opening, and the screen would say "Nu open"
 * all night. Import, validate and the editor point it out; nothing is refused.
 */
import type { Content, Interval } from '../content/schema';
import { minutesOfDay } from '../time/local-formats';
import { WEEKDAYS } from '../time/weekdays';

/** Longer than this across midnight is worth a look. */
const LONGEST_NIGHT_MINUTES = 12 * 60;

/** One such block, with the path of the block in content.json. */
export interface LongNightBlock {
  path: string;
  interval: Interval;
  /** "21 uur": how long it would be open. */
  duration: string;
}

/**
 * How long a block lasts when its end lies before its start: into the next day. An end at "00:00" is
 * the midnight the day ends with ("10:00 – middernacht"), as "24:00" is: not a night opening.
 */
function nightMinutes({ from, until }: Interval): number | null {
  const start = minutesOfDay(from);
  const end = minutesOfDay(until);
  return end < start && end > 0 ? 24 * 60 - start + end : null;
}

/** "21 uur", "12 uur en 15 minuten". */
function durationText(minutes: number): string {
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} uur${rest > 0 ? ` en ${rest} minuten` : ''}`;
}

/** The weekly and exception blocks of every buurtpunt that run past midnight for over 12 hours. */
export function longNightBlocks(content: Pick<Content, 'locations'>): LongNightBlock[] {
  const found: LongNightBlock[] = [];
  const look = (path: string, intervals: readonly Interval[] | undefined) =>
    intervals?.forEach((interval, i) => {
      const minutes = nightMinutes(interval);
      if (minutes !== null && minutes > LONGEST_NIGHT_MINUTES) {
        found.push({ path: `${path}[${i}]`, interval, duration: durationText(minutes) });
      }
    });
  content.locations.forEach((location, l) => {
    for (const day of WEEKDAYS) look(`locations[${l}].hours.${day}`, location.hours[day]);
    location.exceptions.forEach((exception, e) =>
      look(`locations[${l}].exceptions[${e}].hours`, exception.hours),
    );
  });
  return found;
}

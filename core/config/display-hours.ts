/** Whether the screen is "on" (rotation) or "off" (a dark clock) at an instant, by its daily hours. */
import { minutesOfDay } from '../time/local-formats';
import type { LocalDate } from '../time/local-time';
import { addDays, instantAt, localDateOf } from '../time/local-time';
import type { DisplayHours } from './device-config';

/**
 * True between `on` (inclusive) and `off` (exclusive); `off` before `on` spans midnight. No hours: always on.
 * Decided on instants, not wall-clock minutes, so the repeated autumn hour cannot switch the screen
 * on a second time; a time in the skipped spring hour happens when the clock jumps (see `instantAt`).
 */
export function isDisplayOn(hours: DisplayHours | null, now: number): boolean {
  if (!hours) return true;
  const on = minutesOfDay(hours.on);
  const off = minutesOfDay(hours.off);
  const today = localDateOf(now);
  const spansMidnight = off < on;
  // A span across midnight may have begun yesterday evening; one within a day begins today.
  const starts = spansMidnight ? [addDays(today, -1), today] : [today];
  return starts.some((day) => {
    const offDay: LocalDate = spansMidnight ? addDays(day, 1) : day;
    return instantAt(day, on) <= now && now < instantAt(offDay, off);
  });
}

/** Whether the screen is "on" (rotation) or "off" (a dark clock) at an instant, by its daily hours. */
import { localMinutesOf } from '../time/local-time';
import type { DisplayHours } from './device-config';

/** "07:30" as minutes since midnight. */
function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes since Brussels midnight at `now` (epoch ms). */
export function brusselsMinutes(now: number): number {
  // Pinned to Brussels: the hours in config.json are local wall-clock times, whatever the machine's zone.
  return localMinutesOf(now);
}

/** True between `on` (inclusive) and `off` (exclusive); `off` before `on` spans midnight. No hours: always on. */
export function isDisplayOn(hours: DisplayHours | null, now: number): boolean {
  if (!hours) return true;
  const at = brusselsMinutes(now);
  const on = minutesOf(hours.on);
  const off = minutesOf(hours.off);
  return on < off ? at >= on && at < off : at >= on || at < off;
}

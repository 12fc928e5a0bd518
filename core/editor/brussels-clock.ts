/**
 * The editor's readings of the Brussels wall clock as "YYYY-MM-DDTHH:MM" (the format of content.json
 * and of date/time inputs), on top of the kiosk's own local-time functions so both agree on DST.
 */
import { instantAt, localDateOf, localMinutesOf } from '../time/local-time';
import { isRealLocalDateTime, minutesOfDay } from '../time/local-formats';

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:MM" on a Brussels wall clock at `instant` (epoch ms). */
export function brusselsLocalDateTime(instant: number): string {
  const minutes = localMinutesOf(instant);
  return `${localDateOf(instant)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The instant a Brussels wall clock shows `local`; NaN if it is malformed. A time in the hour skipped
 * in spring gives the moment the clock jumps (03:00); in the repeated autumn hour the first one.
 */
export function instantOfBrusselsLocal(local: string): number {
  if (!isRealLocalDateTime(local)) return NaN;
  return instantAt(local.slice(0, 10), minutesOfDay(local.slice(11)));
}

/** A Raspberry Pi has no real-time clock: it may boot in 1970 or at its last shutdown time. */
import type { LocalDate } from '../time/local-time';
import { instantAt, localDateOf } from '../time/local-time';

/** The days before which the clock is certainly wrong. */
export interface ClockFloor {
  /** `updated` of the content shown (staff cannot have edited it in the future). */
  contentUpdated: LocalDate;
  /** The day this app was built. */
  buildDate: LocalDate;
}

/** False when `now` falls on a Brussels day before the content's date or the build date. */
export function isClockPlausible(now: number, floor: ClockFloor): boolean {
  if (!Number.isFinite(now)) return false;
  const today = localDateOf(now);
  return today >= floor.contentUpdated && today >= floor.buildDate;
}

/**
 * The instant the rotation and the touch screen plan their lists for. With a clock to be believed
 * that is `now`. With one that cannot be (a Pi booted in 1970), the real time is still no earlier
 * than the start of the content's date: what had ended or expired by then is certainly over, so it
 * is left out, and what the content's day would show is shown.
 */
export function planningInstant(now: number, clockPlausible: boolean, contentUpdated: LocalDate): number {
  if (clockPlausible) return now;
  const floor = instantAt(contentUpdated, 0);
  return Number.isFinite(now) ? Math.max(now, floor) : floor;
}

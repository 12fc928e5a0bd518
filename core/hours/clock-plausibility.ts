/** A Raspberry Pi has no real-time clock: it may boot in 1970 or at its last shutdown time. */
import type { LocalDate } from '../time/local-time';
import { localDateOf } from '../time/local-time';

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

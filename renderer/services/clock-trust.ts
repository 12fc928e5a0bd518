/**
 * What the screen does with a clock it cannot believe (a Raspberry Pi without a real-time clock
 * boots in 1970, or at its last shutdown time, until a time server answers, which offline it never
 * does): the status slide already leaves "open" and "closed" out then. The header leaves out the
 * date and time, which would be as wrong, and the display hours are not kept, since a dark screen by
 * day is worse than a lit one by night.
 */
import type { KioskPayload } from '../../core/api';
import { isDisplayOn } from '../../core/config/display-hours';
import { isClockPlausible } from '../../core/hours/clock-plausibility';

/** Whether `now` can be right for this payload: not before its content's date or the build day. */
export function isClockTrusted(payload: KioskPayload, now: number): boolean {
  return isClockPlausible(now, { contentUpdated: payload.content.updated, buildDate: payload.buildDate });
}

/** Whether the rotation shows at `now`: inside the display hours, or always with a clock not to be believed. */
export function isScreenOn(payload: KioskPayload, now: number): boolean {
  return !isClockTrusted(payload, now) || isDisplayOn(payload.config.displayHours, now);
}

/**
 * Brussels' offsets from UTC over a span of years, as a short list of changes (two a year). The
 * handler computes it with ICU, which Node has loaded anyway, and sends it with the payload: the
 * renderer then draws its first frame without Intl, whose first use loads ICU's time zone and
 * calendar data (60-90 ms on this hardware, more on a Pi). Outside the span, Intl answers.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface ZoneOffsets {
  /** First instant covered (epoch ms). */
  from: number;
  /** First instant no longer covered (epoch ms). */
  to: number;
  /** `[since, offset]` in epoch ms and ms, sorted by `since`; the first one starts at `from`. */
  changes: Array<[number, number]>;
}

/**
 * The offsets between `from` and `to` (both whole UTC hours). Brussels changes its offset at most
 * once a day and only on a whole UTC hour, so a reading per day finds each change and 24 readings
 * pin down its hour.
 */
export function computeZoneOffsets(
  from: number,
  to: number,
  offsetAt: (instant: number) => number,
): ZoneOffsets {
  let current = offsetAt(from);
  const changes: Array<[number, number]> = [[from, current]];
  for (let day = from; day < to; day += DAY) {
    const end = Math.min(day + DAY, to);
    if (offsetAt(end) === current && end < to) continue;
    for (let hour = day + HOUR; hour <= end && hour < to; hour += HOUR) {
      const offset = offsetAt(hour);
      if (offset !== current) {
        changes.push([hour, offset]);
        current = offset;
      }
    }
  }
  return { from, to, changes };
}

/** The offset at `instant` from the list, or undefined outside it (or for a list that makes no sense). */
export function offsetFromList(offsets: ZoneOffsets, instant: number): number | undefined {
  if (!(instant >= offsets.from && instant < offsets.to)) return undefined;
  // The last change at or before `instant`; a list holds a handful of changes a year.
  for (let i = offsets.changes.length - 1; i >= 0; i--) {
    const change = offsets.changes[i];
    if (change !== undefined && change[0] <= instant) return change[1];
  }
  return undefined;
}

/** True for a value shaped like ZoneOffsets (it comes over the wire, and old handlers send none). */
export function isZoneOffsets(value: unknown): value is ZoneOffsets {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isFinite(v.from) &&
    Number.isFinite(v.to) &&
    Array.isArray(v.changes) &&
    v.changes.length > 0 &&
    v.changes.every(
      (c: unknown) => Array.isArray(c) && c.length === 2 && Number.isFinite(c[0]) && Number.isFinite(c[1]),
    )
  );
}

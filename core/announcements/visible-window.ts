/** When an announcement shows: from `visibleFrom` until `visibleUntil`, both Brussels time. */
import { addDays, instantAt } from '../time/local-time';
import { instantOfLocal } from '../activities/activity-time';

/** The half-open window [from, until) in epoch ms; null ends mean "always" / "forever". */
export interface VisibleWindow {
  from: number | null;
  until: number | null;
}

/**
 * The two fields the window is made of, already checked as a day or a moment. Not the schema's own
 * type: the schema refuses an empty window with this function, and imports may not go round in a circle.
 */
export interface VisibleSpan {
  visibleFrom?: string | undefined;
  visibleUntil?: string | undefined;
}

const isDateOnly = (text: string) => text.length === 10;

/** A date-only `visibleFrom` starts at midnight; a date-only `visibleUntil` lasts through that day. */
export function visibleWindow(announcement: VisibleSpan): VisibleWindow {
  const { visibleFrom, visibleUntil } = announcement;
  return {
    from:
      visibleFrom === undefined
        ? null
        : isDateOnly(visibleFrom)
          ? instantAt(visibleFrom, 0)
          : instantOfLocal(visibleFrom),
    until:
      visibleUntil === undefined
        ? null
        : isDateOnly(visibleUntil)
          ? instantAt(addDays(visibleUntil, 1), 0)
          : instantOfLocal(visibleUntil),
  };
}

/** True when `now` lies inside the window. */
export function isVisibleAt(span: VisibleWindow, now: number): boolean {
  return (span.from === null || span.from <= now) && (span.until === null || now < span.until);
}

/** True once the window has closed for good (`visibleUntil` passed); one that has yet to open is not. */
export function hasExpired(span: VisibleWindow, now: number): boolean {
  return span.until !== null && now >= span.until;
}

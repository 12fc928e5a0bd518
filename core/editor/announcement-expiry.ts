/** Whether the editor marks an announcement "niet meer zichtbaar": when the screen has dropped it. */
import { hasExpired, visibleWindow } from '../announcements/visible-window';
import { isRealDate, isRealLocalDateTime } from '../time/local-formats';
import { instantOfBrusselsLocal } from './brussels-clock';

/**
 * True once `visibleUntil` has passed at `nowLocal` ("YYYY-MM-DDTHH:MM", Brussels wall clock), by the
 * screen's own window (a day lasts through that day, a moment ends at that minute). A draft may hold
 * anything: an unreadable or missing `visibleUntil` is never over.
 */
export function isExpiredAnnouncement(announcement: { visibleUntil?: unknown }, nowLocal: string): boolean {
  const until = announcement.visibleUntil;
  if (typeof until !== 'string' || !(isRealDate(until) || isRealLocalDateTime(until))) return false;
  const now = instantOfBrusselsLocal(nowLocal);
  return !Number.isNaN(now) && hasExpired(visibleWindow({ visibleUntil: until }), now);
}

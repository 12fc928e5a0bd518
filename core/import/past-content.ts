/**
 * How much of some content the screen leaves out at an instant: activities that have ended and
 * announcements past their `visibleUntil`. Import, validate and verslag.txt count with the screen's
 * own rules, so content with a wrong year is caught when it is read in, not in front of an empty screen.
 */
import { upcomingActivities } from '../activities/upcoming';
import { hasExpired, visibleWindow } from '../announcements/visible-window';
import type { Content } from '../content/schema';

export interface PastCount {
  /** Activities still to come or under way at `now`: the ones the screen can show. */
  comingActivities: number;
  /** Activities that ended at or before `now`: the screen shows them no more. */
  pastActivities: number;
  /** Announcements whose `visibleUntil` has passed; one not yet visible is not counted (it will show). */
  expiredAnnouncements: number;
}

/** Counts what is over at `now` (epoch ms), by the rules the screen shows content with. */
export function countPast(content: Pick<Content, 'activities' | 'announcements'>, now: number): PastCount {
  const comingActivities = upcomingActivities(content.activities, now).length;
  return {
    comingActivities,
    pastActivities: content.activities.length - comingActivities,
    expiredAnnouncements: content.announcements.filter((a) => hasExpired(visibleWindow(a), now)).length,
  };
}

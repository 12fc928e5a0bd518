/**
 * The touch screen's "Activiteiten" page: every activity still to come (not only the rotation's
 * first 16), with everything its detail view shows: the whole description, image, place and time.
 */
import { activityItem, type ActivityItem } from '../activities/activity-item';
import { activityGroup, type ActivityGroup } from '../activities/activity-time';
import { upcomingActivities } from '../activities/upcoming';
import type { Content } from '../content/schema';
import { localDateOf } from '../time/local-time';

/** One activity in the list and in its detail view. */
export interface ActivityEntry extends ActivityItem {
  /** "activity-3": its index in content.activities, stable while the content is the same. */
  key: string;
  /** Its start as written in content.json: with the title, what makes it the same activity. */
  start: string;
  /** "Vandaag", "Morgen", "Deze week", "Later". */
  group: ActivityGroup;
  description: string | null;
}

/** Activities that have not ended at `now`, soonest first. */
export function activityEntries(content: Content, now: number): ActivityEntry[] {
  const today = localDateOf(now);
  return upcomingActivities(content.activities, now).map(({ activity }) => ({
    ...activityItem(activity, content.locations, today),
    key: `activity-${content.activities.indexOf(activity)}`,
    start: activity.start,
    group: activityGroup(activity.start, now),
    description: activity.description ?? null,
  }));
}

/**
 * The touch screen's "Activiteiten" page: every activity still to come (not only the rotation's
 * first 16), with everything its detail view shows: the whole description, image, place and time.
 */
import { activityGroup, describeActivityTime, type ActivityGroup } from '../activities/activity-time';
import { describePlace } from '../activities/place';
import { upcomingActivities } from '../activities/upcoming';
import type { Content } from '../content/schema';
import { localDateOf } from '../time/local-time';

/** One activity in the list and in its detail view. */
export interface ActivityEntry {
  /** "activity-3": its index in content.activities, stable while the content is the same. */
  key: string;
  title: string;
  /** "Vandaag", "Morgen", "Deze week", "Later". */
  group: ActivityGroup;
  /** "Morgen · 9:30 – 11:30". */
  when: string;
  place: string;
  description: string | null;
  /** Image path inside the content folder, or null. */
  image: string | null;
}

/** Activities that have not ended at `now`, soonest first. */
export function activityEntries(content: Content, now: number): ActivityEntry[] {
  const today = localDateOf(now);
  return upcomingActivities(content.activities, now).map(({ activity }) => ({
    key: `activity-${content.activities.indexOf(activity)}`,
    title: activity.title,
    group: activityGroup(activity.start, now),
    when: describeActivityTime(activity.start, activity.end, today),
    place: describePlace(activity, content.locations),
    description: activity.description ?? null,
    image: activity.image ?? null,
  }));
}

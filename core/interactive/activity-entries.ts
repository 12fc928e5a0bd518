/**
 * The touch screen's "Activiteiten" page: every activity still to come (not only the rotation's
 * first 16), with everything its detail view shows: the whole description, image, place and time.
 */
import { activityItem, type ActivityItem } from '../activities/activity-item';
import { activityHeading, type ActivityGroup } from '../activities/activity-time';
import { planningInstant } from '../hours/clock-plausibility';
import { upcomingActivities } from '../activities/upcoming';
import type { Content } from '../content/schema';
import { localDateOf } from '../time/local-time';

/** One activity in the list and in its detail view. */
export interface ActivityEntry extends ActivityItem {
  /** "activity-3": its index in content.activities, stable while the content is the same. */
  key: string;
  /** Its start as written in content.json: with the title, what makes it the same activity. */
  start: string;
  /** "Vandaag", "Morgen", "Deze week", "Later"; the month ("December 2026") when today is not known. */
  group: ActivityGroup | string;
  description: string | null;
}

/**
 * Activities that have not ended at `now`, soonest first; worded as the rotation words them, also
 * with a clock not to be believed (see buildActivitySlides).
 */
export function activityEntries(content: Content, now: number, clockPlausible: boolean): ActivityEntry[] {
  const today = clockPlausible ? localDateOf(now) : null;
  const at = planningInstant(now, clockPlausible, content.updated);
  return upcomingActivities(content.activities, at).map(({ activity }) => ({
    ...activityItem(activity, content.locations, today),
    key: `activity-${content.activities.indexOf(activity)}`,
    start: activity.start,
    group: activityHeading(activity.start, now, clockPlausible),
    description: activity.description ?? null,
  }));
}

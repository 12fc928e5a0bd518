/** Which activities are still to come (or under way) at an instant, soonest first. */
import type { Activity } from '../content/schema';
import { instantOfLocal } from './activity-time';

/** An activity with its start and end as instants. */
export interface TimedActivity {
  activity: Activity;
  startsAt: number;
  endsAt: number;
}

/** Activities that have not ended at `now` (one disappears at its end time), by start, then title. */
export function upcomingActivities(activities: readonly Activity[], now: number): TimedActivity[] {
  return activities
    .map((activity) => ({
      activity,
      startsAt: instantOfLocal(activity.start),
      endsAt: instantOfLocal(activity.end),
    }))
    .filter((a) => a.endsAt > now)
    .sort((a, b) => a.startsAt - b.startsAt || a.activity.title.localeCompare(b.activity.title, 'nl'));
}

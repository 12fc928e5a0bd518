/** One activity as the screen shows it, on a slide and on the touch screen: worded, placed, dated. */
import type { Activity, Location } from '../content/schema';
import type { LocalDate } from '../time/local-time';
import { dayTile, type DayTile } from '../time/dutch-dates';
import { describeActivityTime } from './activity-time';
import { describePlace } from './place';

/** One activity, worded for `today`. */
export interface ActivityItem {
  title: string;
  /** "Vandaag · 14:00 – 16:00" */
  when: string;
  /** "Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde" or the free place text. */
  place: string;
  /** Image path inside the content folder (served under /media/), or null. */
  image: string | null;
  /** The day it starts, as a calendar leaf where there is no image. */
  tile: DayTile;
}

/** The item of `activity` as read on `today` (a Brussels day; null when the clock cannot be believed). */
export function activityItem(
  activity: Activity,
  locations: readonly Location[],
  today: LocalDate | null,
): ActivityItem {
  return {
    title: activity.title,
    when: describeActivityTime(activity.start, activity.end, today),
    place: describePlace(activity, locations),
    image: activity.image ?? null,
    tile: dayTile(activity.start.slice(0, 10)),
  };
}

/**
 * Activities still to come at a buurtpunt on a day that buurtpunt is closed (a closure such as the
 * Christmas holiday, or a public holiday), by the hours the status slide uses. Not an error: an outing
 * may start at a closed buurtpunt. But the screen would then say "gesloten" beside the activity, so
 * import, validate and verslag.txt point it out.
 */
import { upcomingActivities } from '../activities/upcoming';
import type { Content, Location } from '../content/schema';
import { hoursOn } from '../hours/day-hours';
import { addDays, localDateOf, type LocalDate } from '../time/local-time';

/** One activity on a closed day of its buurtpunt. */
export interface ClosedDayActivity {
  /** Its index in `content.activities`, for its name (core/content/place.ts). */
  activityIndex: number;
  /** Its buurtpunt's index in `content.locations`. */
  locationIndex: number;
  /** The first day the activity is on (from today) that the buurtpunt is closed. */
  date: LocalDate;
  /** The closure's note or the holiday's name; undefined for a closure without a note. */
  reason: string | undefined;
}

/** The longest activity looked at day by day; a longer one is looked at for its first year. */
const MAX_DAYS = 366;

/** Why `location` is closed on `date` by a closure or a public holiday; null when it is not. */
function closedOn(location: Location, date: LocalDate): { reason: string | undefined } | null {
  const day = hoursOn(location, date);
  if (day.kind === 'holiday') return { reason: day.holiday };
  if (day.kind === 'exception' && day.exception.closed) return { reason: day.exception.note };
  return null;
}

/** The last day an activity is on: an end at midnight ends the day before. */
function lastActivityDay(start: string, end: string): LocalDate {
  const day = end.slice(0, 10);
  return end.endsWith('T00:00') && day > start.slice(0, 10) ? addDays(day, -1) : day;
}

/**
 * The activities not yet ended at `now` (epoch ms), soonest first, that take place at a buurtpunt
 * (`location`; a free-text `place` is not looked at) on a day it is closed. An activity under way
 * counts from today.
 */
export function activitiesOnClosedDays(
  content: Pick<Content, 'activities' | 'locations'>,
  now: number,
): ClosedDayActivity[] {
  const today = localDateOf(now);
  const indexOf = new Map(content.activities.map((a, i) => [a, i]));
  const found: ClosedDayActivity[] = [];
  for (const { activity } of upcomingActivities(content.activities, now)) {
    const activityIndex = indexOf.get(activity);
    if (activity.location === undefined || activityIndex === undefined) continue;
    const locationIndex = content.locations.findIndex((l) => l.id === activity.location);
    const location = content.locations[locationIndex];
    if (location === undefined) continue;
    const first = activity.start.slice(0, 10) < today ? today : activity.start.slice(0, 10);
    const last = lastActivityDay(activity.start, activity.end);
    for (let date = first, n = 0; date <= last && n < MAX_DAYS; date = addDays(date, 1), n++) {
      const closed = closedOn(location, date);
      if (closed === null) continue;
      found.push({ activityIndex, locationIndex, date, reason: closed.reason });
      break;
    }
  }
  return found;
}

/** The upcoming-activities slides: grouped "Vandaag", "Morgen", "Deze week", "Later", paged. */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { activityItem, type ActivityItem } from '../activities/activity-item';
import { activityHeading, type ActivityGroup } from '../activities/activity-time';
import { planningInstant } from '../hours/clock-plausibility';
import { upcomingActivities } from '../activities/upcoming';
import { localDateOf, nextMidnight } from '../time/local-time';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Activities per slide: the renderer's layouts are made to fit this many at every screen size. */
export const ACTIVITIES_PER_PAGE = 4;
/** The rotation shows at most this many upcoming activities; the touch screen lists them all. */
export const UPCOMING_LIMIT = 16;

/** A run of activities under one heading on one page. */
export interface ActivityGroupBlock {
  /** "Vandaag", "Morgen", "Deze week", "Later"; the month ("December 2026") when today is not known. */
  label: ActivityGroup | string;
  items: ActivityItem[];
}

export interface ActivitiesSlide extends PageOf<'activities'> {
  groups: ActivityGroupBlock[];
}

/**
 * Builds one slide per page of upcoming activities; none when nothing is planned. With a clock not
 * to be believed nothing says "Vandaag" or "Morgen": the dates are written out, under their month.
 */
export function buildActivitySlides(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): SlideBuild<ActivitiesSlide> {
  const upcoming = upcomingActivities(
    content.activities,
    planningInstant(now, clockPlausible, content.updated),
  );
  if (upcoming.length === 0) return { slides: [], nextChangeAt: null };
  const today = clockPlausible ? localDateOf(now) : null;
  const shown = upcoming.slice(0, UPCOMING_LIMIT).map(({ activity }) => ({
    group: activityHeading(activity.start, now, clockPlausible),
    item: activityItem(activity, content.locations, today),
  }));
  const durationMs = config.durations.activities * 1000;
  const slides: ActivitiesSlide[] = pagedSlides(
    'activities',
    shown,
    ACTIVITIES_PER_PAGE,
    durationMs,
    (page) => ({
      groups: groupRuns(page),
    }),
  );
  // The list changes when an activity ends; the words "Vandaag"/"Morgen" change at midnight.
  const firstEnd = Math.min(...upcoming.map((a) => a.endsAt));
  return { slides, nextChangeAt: Math.min(firstEnd, nextMidnight(now)) };
}

/** Consecutive items with the same group become one block (items arrive sorted by start). */
function groupRuns(page: { group: ActivityGroupBlock['label']; item: ActivityItem }[]): ActivityGroupBlock[] {
  const blocks: ActivityGroupBlock[] = [];
  for (const { group, item } of page) {
    const last = blocks[blocks.length - 1];
    if (last && last.label === group) last.items.push(item);
    else blocks.push({ label: group, items: [item] });
  }
  return blocks;
}

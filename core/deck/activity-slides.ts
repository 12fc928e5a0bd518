/** The upcoming-activities slides: grouped "Vandaag", "Morgen", "Deze week", "Later", paged. */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { activityGroup, describeActivityTime, type ActivityGroup } from '../activities/activity-time';
import { describePlace } from '../activities/place';
import { upcomingActivities } from '../activities/upcoming';
import { localDateOf, nextMidnight } from '../time/local-time';
import { pageItems, pageKey } from './paging';
import type { SlideBase, SlideBuild } from './slide-base';

/** Activities per slide: the renderer's layouts are made to fit this many at every screen size. */
export const ACTIVITIES_PER_PAGE = 4;
/** The rotation shows at most this many upcoming activities; the touch screen lists them all. */
export const UPCOMING_LIMIT = 16;

/** One activity as the screen shows it. */
export interface ActivityItem {
  title: string;
  /** "Vandaag · 14:00 – 16:00" */
  when: string;
  /** "Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde" or the free place text. */
  place: string;
  /** Image path inside the content folder (served under /media/), or null. */
  image: string | null;
}

/** A run of activities under one heading on one page. */
export interface ActivityGroupBlock {
  label: ActivityGroup;
  items: ActivityItem[];
}

export interface ActivitiesSlide extends SlideBase {
  kind: 'activities';
  groups: ActivityGroupBlock[];
  /** 1-based page number and the number of pages. */
  page: number;
  pageCount: number;
}

/** Builds one slide per page of upcoming activities; none when nothing is planned. */
export function buildActivitySlides(
  content: Content,
  config: RendererConfig,
  now: number,
): SlideBuild<ActivitiesSlide> {
  const upcoming = upcomingActivities(content.activities, now);
  if (upcoming.length === 0) return { slides: [], nextChangeAt: null };
  const today = localDateOf(now);
  const shown = upcoming.slice(0, UPCOMING_LIMIT).map(({ activity }) => ({
    group: activityGroup(activity.start, now),
    item: {
      title: activity.title,
      when: describeActivityTime(activity.start, activity.end, today),
      place: describePlace(activity, content.locations),
      image: activity.image ?? null,
    },
  }));
  const pages = pageItems(shown, ACTIVITIES_PER_PAGE);
  const slides: ActivitiesSlide[] = pages.map((page, index) => ({
    kind: 'activities',
    key: pageKey('activities', index),
    durationMs: config.durations.activities * 1000,
    groups: groupRuns(page),
    page: index + 1,
    pageCount: pages.length,
  }));
  // The list changes when an activity ends; the words "Vandaag"/"Morgen" change at midnight.
  const firstEnd = Math.min(...upcoming.map((a) => a.endsAt));
  return { slides, nextChangeAt: Math.min(firstEnd, nextMidnight(now)) };
}

/** Consecutive items with the same group become one block (items arrive sorted by start). */
function groupRuns(page: { group: ActivityGroup; item: ActivityItem }[]): ActivityGroupBlock[] {
  const blocks: ActivityGroupBlock[] = [];
  for (const { group, item } of page) {
    const last = blocks[blocks.length - 1];
    if (last && last.label === group) last.items.push(item);
    else blocks.push({ label: group, items: [item] });
  }
  return blocks;
}

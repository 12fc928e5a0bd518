/** The upcoming-activities slides: grouped "Vandaag", "Morgen", "Deze week", "Later", paged. */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { activityItem, type ActivityItem } from '../activities/activity-item';
import { activityHeading, type ActivityGroup } from '../activities/activity-time';
import { planningInstant } from '../hours/clock-plausibility';
import { upcomingActivities } from '../activities/upcoming';
import { localDateOf, nextMidnight } from '../time/local-time';
import { linesOf, pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Activities per slide at most: four with ordinary texts fit every screen size. */
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
 * Builds one slide per page of upcoming activities; none when nothing is planned. Four to a page
 * while they fit every screen, fewer when their titles or places are long (`activitiesFit`), as
 * evenly as the texts allow. With a clock not to be believed nothing says "Vandaag" or "Morgen":
 * the dates are written out, under their month.
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
    (page) => activitiesFit(groupRuns(page)),
  );
  // The list changes when an activity ends; the words "Vandaag"/"Morgen" change at midnight.
  const firstEnd = Math.min(...upcoming.map((a) => a.endsAt));
  return { slides, nextChangeAt: Math.min(firstEnd, nextMidnight(now)) };
}

/**
 * The activities slide at the base type size on one of the four screens, in CSS px, measured in
 * Chromium with the bundled font. An item is its square photo (or calendar leaf) beside its words,
 * the higher of the two: the title, the time, the place, one under the other. Items and groups are
 * one gap apart; in landscape a group's heading stands in a column of its own and costs no height,
 * in portrait it stands above its items. Characters per line are the fewest measured over texts of
 * 4 to 500 characters in prose with long compounds, e-mail and web addresses, and for the time over
 * every wording of it (up to 67 characters): a text of n characters takes at most ceil(n / chars)
 * lines. One activity with every text at its longest (a 120-character title; a buurtpunt's name,
 * street and city and a free place of 120 characters each) fits a page of its own on every screen,
 * so no activity needs a warning or is ever cut off.
 */
interface ActivitiesScreen {
  name: string;
  room: number;
  visual: number;
  gap: number;
  /** The gap between the title, the time and the place. */
  wordsGap: number;
  titleLine: number;
  whenLine: number;
  placeLine: number;
  /** A group's heading above its items with the gap under it; 0 where it stands beside them. */
  heading: number;
  titleChars: number;
  whenChars: number;
  placeChars: number;
}

const SCREENS: readonly ActivitiesScreen[] = [
  {
    name: '800×480',
    room: 349.7,
    visual: 57.6,
    gap: 11.6,
    wordsGap: 1.8,
    titleLine: 18.4,
    whenLine: 19.2,
    placeLine: 16.8,
    heading: 0,
    titleChars: 54,
    whenChars: 64,
    placeChars: 69,
  },
  {
    name: '1280×800',
    room: 587.5,
    visual: 96,
    gap: 19.2,
    wordsGap: 2.9,
    titleLine: 29.5,
    whenLine: 30.8,
    placeLine: 25,
    heading: 0,
    titleChars: 50,
    whenChars: 64,
    placeChars: 74,
  },
  {
    name: '1920×1080',
    room: 793.4,
    visual: 129.6,
    gap: 26,
    wordsGap: 3.9,
    titleLine: 39.8,
    whenLine: 41.5,
    placeLine: 33.7,
    heading: 0,
    titleChars: 75,
    whenChars: 79,
    placeChars: 89,
  },
  {
    name: '1080×1920',
    room: 1611.6,
    visual: 142.6,
    gap: 28.6,
    wordsGap: 4.3,
    titleLine: 43.8,
    whenLine: 45.7,
    placeLine: 37.1,
    heading: 59.9,
    titleChars: 25,
    whenChars: 36,
    placeChars: 38,
  },
];

/** An item's height on `screen`. */
function itemHeight(screen: ActivitiesScreen, item: ActivityItem): number {
  const words =
    linesOf(item.title, screen.titleChars) * screen.titleLine +
    linesOf(item.when, screen.whenChars) * screen.whenLine +
    linesOf(item.place, screen.placeChars) * screen.placeLine +
    2 * screen.wordsGap;
  return Math.max(screen.visual, words);
}

/** True when a page of these groups fits every screen at the base type size. */
export function activitiesFit(groups: readonly ActivityGroupBlock[]): boolean {
  const items = groups.flatMap((g) => g.items);
  return SCREENS.every((screen) => {
    const height =
      items.reduce((sum, item) => sum + itemHeight(screen, item), 0) +
      (items.length - 1) * screen.gap +
      groups.length * screen.heading;
    return height <= screen.room;
  });
}

/** Consecutive items with the same group become one block (items arrive sorted by start). */
function groupRuns(
  page: readonly { group: ActivityGroupBlock['label']; item: ActivityItem }[],
): ActivityGroupBlock[] {
  const blocks: ActivityGroupBlock[] = [];
  for (const { group, item } of page) {
    const last = blocks[blocks.length - 1];
    if (last && last.label === group) last.items.push(item);
    else blocks.push({ label: group, items: [item] });
  }
  return blocks;
}

/**
 * The opening-status slides: every location, the screen's own first, each with its state, the
 * sentence a passer-by reads, the weekly hours with today marked and the changes of the next 14 days.
 * One slide for one or two buurtpunten; more are paged, STATUS_PER_PAGE to a slide.
 */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import { localDateOf, nextMidnight } from '../time/local-time';
import { locationBlock, screenOrder, type LocationBlock } from '../hours/location-block';
import { statusAt } from '../hours/status';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** How far ahead the slide lists closures and extra openings. */
export const UPCOMING_DAYS = 14;
/**
 * At most this many of them per location, so the block fits the 7" screen; this week's changes are
 * also on the week table, and the touch screen's hours page lists more.
 */
export const UPCOMING_MAX = 2;
/**
 * Buurtpunten per status slide, each with its whole block (week table and changes too). Measured
 * with long names, days of two blocks and two changes each: two blocks side by side (stacked in
 * portrait) fit every screen size, 26 px to spare at 800×480. Three fit at 800×480, 1280×800 and
 * 1080×1920 only without their week tables, and beside the own block in landscape not even then
 * (tests/e2e/status-pages.spec.ts checks five buurtpunten at every size).
 */
export const STATUS_PER_PAGE = 2;

/** One page of the opening status: its buurtpunten, worded at render time by `statusBlocks`. */
export interface StatusSlide extends PageOf<'status'> {
  /** This page's locations; the screen's own first on the first page. */
  locations: Location[];
  /** The screen's own location id, when it is one of this page's `locations`. */
  ownLocation: string | null;
}

/** A location's block as the status slide lays it out. */
export interface StatusBlock extends LocationBlock {
  /** This screen's own buurtpunt: shown first and largest. */
  own: boolean;
}

/**
 * Builds the status slides (always at least one: the most important thing on the screen), keyed
 * "status", "status-2", … so the rotation keeps its place across re-plans.
 */
export function buildStatusSlides(
  content: Content,
  config: RendererConfig,
  now: number,
): SlideBuild<StatusSlide> {
  const locations = screenOrder(content.locations, config.location);
  const own = locations[0]?.id === config.location ? config.location : null;
  // Content has at least one buurtpunt (the schema's minimum), so there is at least one page.
  const slides = pagedSlides(
    'status',
    locations,
    STATUS_PER_PAGE,
    config.durations.status * 1000,
    (page) => ({
      locations: page,
      ownLocation: page.some((l) => l.id === own) ? own : null,
    }),
  );
  return { slides, nextChangeAt: statusNextChangeAt(locations, now) };
}

/**
 * The next instant any block changes: a status change of any location, or the next local midnight
 * (today's row, the 14-day list, and the day the clock becomes plausible all move then). All
 * locations, not one page's: the deck has one next change, and whichever page is on screen then
 * must be drawn again at its own locations' changes.
 */
export function statusNextChangeAt(locations: readonly Location[], now: number): number {
  let next = nextMidnight(now);
  for (const location of locations) {
    const at = statusAt(location, now).nextChangeAt;
    if (at !== null && at < next) next = at;
  }
  return next;
}

/** The worded blocks of the slide at `now`; with an implausible clock, the regular weekly hours only. */
export function statusBlocks(slide: StatusSlide, now: number, clockPlausible: boolean): StatusBlock[] {
  const today = clockPlausible ? localDateOf(now) : null;
  return slide.locations.map((location) => {
    const block = locationBlock(location, now, today, { days: UPCOMING_DAYS, max: UPCOMING_MAX });
    return { ...block, own: location.id === slide.ownLocation };
  });
}

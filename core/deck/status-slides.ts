/**
 * The opening-status slides: every location, the screen's own first, each with its state, the
 * sentence a passer-by reads, the weekly hours with today marked and the changes of the next 14 days.
 * One slide for one or two buurtpunten with ordinary texts; more are paged, at most STATUS_PER_PAGE
 * to a slide and fewer when their blocks would not fit together (core/deck/status-room.ts measures
 * them), a block too tall even for a page of its own showing what fits (core/deck/status-fit.ts).
 */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import { localDateOf, nextMidnight, type LocalDate } from '../time/local-time';
import { locationBlock, screenOrder, type LocationBlock } from '../hours/location-block';
import { statusAt } from '../hours/status';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';
import { cutToFit, type BlockCut } from './status-fit';
import { blocksFit } from './status-room';

/** How far ahead the slide lists closures and extra openings. */
export const UPCOMING_DAYS = 14;
/**
 * At most this many of them per location, so the block fits the 7" screen; this week's changes are
 * also on the week table, and the touch screen's hours page lists more.
 */
export const UPCOMING_MAX = 2;
/**
 * Buurtpunten per status slide at most, each with its whole block (week table and changes too).
 * Measured with long names, days of two blocks and two changes each: two blocks side by side
 * (stacked in portrait) fit every screen size, 26 px to spare at 800×480. Three fit at 800×480,
 * 1280×800 and 1080×1920 only without their week tables, and beside the own block in landscape not
 * even then. Longer texts get fewer a page (tests/e2e/status-pages.spec.ts and status-long-texts.spec.ts
 * check them at every size).
 */
export const STATUS_PER_PAGE = 2;

/** One page of the opening status: its buurtpunten, worded at render time by `statusBlocks`. */
export interface StatusSlide extends PageOf<'status'> {
  /** This page's locations; the screen's own first on the first page. */
  locations: Location[];
  /** The screen's own location id, when it is one of this page's `locations`. */
  ownLocation: string | null;
  /** The own buurtpunt's block at its larger size; false when only the others' size fits its page. */
  ownLarge: boolean;
  /** At most this many coming changes per block: UPCOMING_MAX, fewer for a block too tall for its page. */
  upcomingMax: number;
  /** The week tables shown; false for a block too tall for its page even without its changes. */
  week: boolean;
}

/** A location's block as the status slide lays it out. */
export interface StatusBlock extends LocationBlock {
  /** This screen's own buurtpunt: shown first. */
  own: boolean;
  /** Drawn larger than the others: the own buurtpunt, unless that size would not fit its page. */
  large: boolean;
}

/** Every block of a page whole, at its size. */
const WHOLE: BlockCut = { large: true, changes: UPCOMING_MAX, week: true };

/**
 * Builds the status slides (always at least one: the most important thing on the screen), keyed
 * "status", "status-2", … so the rotation keeps its place across re-plans.
 */
export function buildStatusSlides(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible = true,
): SlideBuild<StatusSlide> {
  const locations = screenOrder(content.locations, config.location);
  const own = locations[0]?.id === config.location ? config.location : null;
  const header = screenName(content, config.location);
  // Planned from the blocks as worded now; the deck is planned again whenever a text changes
  // (statusNextChangeAt), so the plan always matches what the slide draws.
  const today = clockPlausible ? localDateOf(now) : null;
  const items = locations.map((location) => ({
    location,
    block: wordedBlock(location, now, today, UPCOMING_MAX),
    own: location.id === own,
  }));
  // Content has at least one buurtpunt (the schema's minimum), so there is at least one page.
  const slides = pagedSlides(
    'status',
    items,
    STATUS_PER_PAGE,
    config.durations.status * 1000,
    (page) => {
      const only = page.length === 1 ? page[0] : undefined;
      const cut: BlockCut =
        only !== undefined && !fitTogether(page, header) ? cutToFit(only.block, only.own, header) : WHOLE;
      // Every change it lists now kept: still UPCOMING_MAX, as for any other page.
      const kept = only === undefined || cut.changes >= only.block.upcoming.length;
      return {
        locations: page.map((item) => item.location),
        ownLocation: page.some((item) => item.own) ? own : null,
        ownLarge: cut.large,
        upcomingMax: kept ? UPCOMING_MAX : cut.changes,
        week: cut.week,
      };
    },
    (page) => fitTogether(page, header),
  );
  return { slides, nextChangeAt: statusNextChangeAt(locations, now) };
}

/** True when these blocks, the own one larger, fit one page on every screen. */
function fitTogether(page: readonly { block: LocationBlock; own: boolean }[], header: string): boolean {
  return blocksFit(
    page.map(({ block, own }) => ({ block, large: own })),
    header,
  );
}

/**
 * The name in the screen's header (renderer/screen-layout.ts): the own buurtpunt, else the content's
 * title. A long one wraps and leaves the slide less room.
 */
export function screenName(content: Content, location: string | null): string {
  return content.locations.find((l) => l.id === location)?.name ?? content.title ?? 'Buurtopbouwwerk';
}

/** A location's block at `now` with at most `max` coming changes (`today` null: no date to trust). */
function wordedBlock(location: Location, now: number, today: LocalDate | null, max: number): LocationBlock {
  return locationBlock(location, now, today, { days: UPCOMING_DAYS, max });
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
    const block = wordedBlock(location, now, today, slide.upcomingMax);
    const own = location.id === slide.ownLocation;
    return { ...block, week: slide.week ? block.week : [], own, large: own && slide.ownLarge };
  });
}

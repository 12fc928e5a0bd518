/**
 * The opening-status slide: every location, the screen's own first, each with its state, the
 * sentence a passer-by reads, the weekly hours with today marked and the changes of the next 14 days.
 */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import { localDateOf, nextMidnight } from '../time/local-time';
import { locationBlock, screenOrder, type LocationBlock } from '../hours/location-block';
import { statusAt } from '../hours/status';
import type { SlideBase, SlideBuild } from './slide-base';

/** How far ahead the slide lists closures and extra openings. */
export const UPCOMING_DAYS = 14;
/**
 * At most this many of them per location, so the block fits the 7" screen; this week's changes are
 * also on the week table, and the touch screen's hours page lists more.
 */
export const UPCOMING_MAX = 2;

/** The opening-status slide: every buurtpunt, worded at render time by `statusBlocks`. */
export interface StatusSlide extends SlideBase {
  kind: 'status';
  /** All locations, the screen's own first. */
  locations: Location[];
  /** The screen's own location id, when it is one of `locations`. */
  ownLocation: string | null;
}

/** A location's block as the status slide lays it out. */
export interface StatusBlock extends LocationBlock {
  /** This screen's own buurtpunt: shown first and largest. */
  own: boolean;
  /** Few details (no table, no list) when many locations share the slide. */
  compact: boolean;
}

/** Builds the status slide (always present: the most important thing on the screen). */
export function buildStatusSlides(
  content: Content,
  config: RendererConfig,
  now: number,
): SlideBuild<StatusSlide> {
  const locations = screenOrder(content.locations, config.location);
  const own = locations[0]?.id === config.location ? config.location : null;
  return {
    slides: [
      {
        kind: 'status',
        key: 'status',
        durationMs: config.durations.status * 1000,
        locations,
        ownLocation: own,
      },
    ],
    nextChangeAt: statusNextChangeAt(locations, now),
  };
}

/**
 * The next instant any block changes: a status change of any location, or the next local midnight
 * (today's row, the 14-day list, and the day the clock becomes plausible all move then).
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
  const crowded = slide.locations.length > 2;
  return slide.locations.map((location) => {
    const own = location.id === slide.ownLocation;
    const block = locationBlock(location, now, today, { days: UPCOMING_DAYS, max: UPCOMING_MAX });
    return { ...block, own, compact: crowded && !own };
  });
}

/**
 * The touch screen's "Openingsuren" page: every buurtpunt (the screen's own first) with its state,
 * this week's table and the closures and extra openings of the coming weeks. The same blocks as the
 * status slide, with a longer look ahead: a visitor who asks has time to read more. A block too
 * tall for one page goes on over the next (hours-pages.ts).
 */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import { localDateOf, type LocalDate } from '../time/local-time';
import { screenName } from '../deck/status-slides';
import { locationBlock, screenOrder, type LocationBlock } from '../hours/location-block';
import { blockPages } from './hours-pages';

/** How far ahead the page lists changes to the weekly hours. */
export const OVERVIEW_DAYS = 60;
/** At most this many changes per buurtpunt. */
export const OVERVIEW_MAX = 6;

/** The blocks at `now`; with an implausible clock only the regular weekly hours (as on the status slide). */
export function hoursOverview(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): LocationBlock[] {
  const today = clockPlausible ? localDateOf(now) : null;
  return screenOrder(content.locations, config.location).map((location) =>
    overviewBlock(location, now, today),
  );
}

/** One buurtpunt's block on the page at `now` (`today` null: the weekly hours alone). */
export function overviewBlock(location: Location, now: number, today: LocalDate | null): LocationBlock {
  return locationBlock(location, now, today, { days: OVERVIEW_DAYS, max: OVERVIEW_MAX });
}

/** What each page of the section shows: a buurtpunt's block, or the part of it that goes on there. */
export function hoursPages(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): LocationBlock[] {
  const header = screenName(content, config.location);
  return hoursOverview(content, config, now, clockPlausible).flatMap((block) => blockPages(block, header));
}

/**
 * The touch screen's "Openingsuren" page: every buurtpunt (the screen's own first) with its state,
 * the full week and the closures and extra openings of the coming weeks. The same wording as the
 * status slide, with a longer look ahead: a visitor who asks has time to read more.
 */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { buildStatusSlides, statusBlocks, type StatusBlock } from '../deck/status-slides';
import { localDateOf } from '../time/local-time';
import { upcomingChanges, upcomingText } from '../hours/upcoming';

/** How far ahead the page lists changes to the weekly hours. */
export const OVERVIEW_DAYS = 60;
/** At most this many changes per buurtpunt. */
export const OVERVIEW_MAX = 6;

/** One buurtpunt's block: never compact, its `upcoming` covering OVERVIEW_DAYS. */
export type HoursOverviewBlock = StatusBlock;

/** The blocks at `now`; with an implausible clock only the weekly hours (as on the status slide). */
export function hoursOverview(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): HoursOverviewBlock[] {
  const slide = buildStatusSlides(content, config, now).slides.find((s) => s.kind === 'status');
  if (!slide || slide.kind !== 'status') return [];
  const today = localDateOf(now);
  return statusBlocks(slide, now, clockPlausible).map((block, index) => ({
    ...block,
    compact: false,
    upcoming: clockPlausible
      ? upcomingChanges(slide.locations[index]!, today, OVERVIEW_DAYS)
          .slice(0, OVERVIEW_MAX)
          .map((change) => upcomingText(change, today))
      : [],
  }));
}

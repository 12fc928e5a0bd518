/**
 * The opening-status slide: every location, the screen's own first, each with its state, the
 * sentence a passer-by reads, the weekly hours with today marked and the changes of the next 14 days.
 */
import type { RendererConfig } from '../config/device-config';
import type { Content, Location } from '../content/schema';
import type { LocalDate } from '../time/local-time';
import { localDateOf, nextMidnight, weekdayOf } from '../time/local-time';
import type { OpeningState } from '../hours/status';
import { statusAt } from '../hours/status';
import { stateLabel, statusWords } from '../hours/status-words';
import { intervalsText, upcomingChanges, upcomingText } from '../hours/upcoming';
import { WEEKDAY_NAMES_NL, capitalize } from '../time/dutch-words';
import type { Weekday } from '../time/weekdays';
import { WEEKDAYS } from '../time/weekdays';
import type { SlideBase, SlideBuild } from './slide-base';

/** How far ahead the slide lists closures and extra openings. */
export const UPCOMING_DAYS = 14;
/** At most this many of them per location, so the block keeps its size. */
export const UPCOMING_MAX = 3;

/** The opening-status slide: every buurtpunt, worded at render time by `statusBlocks`. */
export interface StatusSlide extends SlideBase {
  kind: 'status';
  /** All locations, the screen's own first. */
  locations: Location[];
  /** The screen's own location id, when it is one of `locations`. */
  ownLocation: string | null;
}

/** One row of the weekly hours table. */
export interface WeekRow {
  day: Weekday;
  /** "Maandag". */
  name: string;
  /** "9:00 – 12:00", or "gesloten". */
  hours: string;
  open: boolean;
  today: boolean;
}

/** Everything one location's block shows, already worded. */
export interface StatusBlock {
  id: string;
  name: string;
  address: string;
  /** This screen's own buurtpunt: shown first and largest. */
  own: boolean;
  /** Few details (no table, no list) when many locations share the slide. */
  compact: boolean;
  state: OpeningState;
  /** The word on the state indicator. */
  label: string;
  /** Null when the clock cannot be trusted: then only the weekly hours are shown. */
  headline: string | null;
  detail: string | null;
  week: WeekRow[];
  upcoming: string[];
}

/** Builds the status slide (always present: the most important thing on the screen). */
export function buildStatusSlides(
  content: Content,
  config: RendererConfig,
  now: number,
): SlideBuild<StatusSlide> {
  const own = content.locations.find((l) => l.id === config.location) ?? null;
  const locations = own ? [own, ...content.locations.filter((l) => l !== own)] : content.locations;
  return {
    slides: [
      {
        kind: 'status',
        key: 'status',
        durationMs: config.durations.status * 1000,
        locations,
        ownLocation: own?.id ?? null,
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

/** The worded blocks of the slide at `now`; with an implausible clock, weekly hours only. */
export function statusBlocks(slide: StatusSlide, now: number, clockPlausible: boolean): StatusBlock[] {
  const today = clockPlausible ? localDateOf(now) : null;
  const compact = slide.locations.length > 2;
  return slide.locations.map((location) => {
    const own = location.id === slide.ownLocation;
    const base = {
      id: location.id,
      name: location.name,
      address: `${location.address.street}, ${location.address.postalCode} ${location.address.city}`,
      own,
      compact: compact && !own,
      week: weekRows(location, today),
    };
    if (today === null) {
      return { ...base, state: 'unknown', label: 'Openingsuren', headline: null, detail: null, upcoming: [] };
    }
    const status = statusAt(location, now);
    const words = statusWords(status, now);
    return {
      ...base,
      state: status.state,
      label: stateLabel(status.state),
      headline: words.headline,
      detail: words.detail ?? null,
      upcoming: upcomingChanges(location, today, UPCOMING_DAYS)
        .slice(0, UPCOMING_MAX)
        .map((change) => upcomingText(change, today)),
    };
  });
}

function weekRows(location: Location, today: LocalDate | null): WeekRow[] {
  const todayKey = today === null ? null : weekdayOf(today);
  return WEEKDAYS.map((day) => {
    const intervals = location.hours[day] ?? [];
    return {
      day,
      name: capitalize(WEEKDAY_NAMES_NL[day]),
      hours: intervals.length > 0 ? intervalsText(intervals) : 'gesloten',
      open: intervals.length > 0,
      today: day === todayKey,
    };
  });
}

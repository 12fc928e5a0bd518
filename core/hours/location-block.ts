/**
 * One buurtpunt as the screen shows it, already worded: its state, the sentence a passer-by reads,
 * this week's table and the coming changes. The status slide and the touch screen's hours page both
 * show these blocks; only how far they look ahead differs.
 */
import type { Location } from '../content/schema';
import type { LocalDate } from '../time/local-time';
import type { OpeningState } from './location-status';
import { statusAt } from './status';
import { stateLabel, statusWords } from './status-words';
import { upcomingChanges, upcomingText } from './upcoming';
import { carriedInto, regularWeekTable, weekTable, type WeekRow } from './week-table';

/** How far ahead a block lists closures and other hours, and at most how many. */
export interface LookAhead {
  days: number;
  max: number;
}

/** Everything one location's block shows. */
export interface LocationBlock {
  id: string;
  name: string;
  address: string;
  state: OpeningState;
  /** The word on the state indicator. */
  label: string;
  /** Null when the clock cannot be trusted: then only the regular weekly hours are shown. */
  headline: string | null;
  detail: string | null;
  /** Monday to Sunday; empty when there are no hours to show at all. */
  week: WeekRow[];
  upcoming: string[];
}

/** The screen's own buurtpunt first, the others in content order. */
export function screenOrder(locations: readonly Location[], own: string | null): Location[] {
  const first = locations.filter((l) => l.id === own);
  return [...first, ...locations.filter((l) => l.id !== own)];
}

/**
 * The block of `location` at `now`. `today` is null when the clock cannot be trusted: then the state
 * is "unknown", labelled "Openingsuren", with the regular weekly hours and nothing dated.
 */
export function locationBlock(
  location: Location,
  now: number,
  today: LocalDate | null,
  lookAhead: LookAhead,
): LocationBlock {
  const { street, postalCode, city } = location.address;
  const base = { id: location.id, name: location.name, address: `${street}, ${postalCode} ${city}` };
  if (today === null) {
    const week = regularWeekTable(location);
    return {
      ...base,
      state: 'unknown',
      label: 'Openingsuren',
      headline: null,
      detail: null,
      week,
      upcoming: [],
    };
  }
  const status = statusAt(location, now);
  const words = statusWords(status, now);
  // An opening running into a closed day (from last night into today, or from tonight into
  // tomorrow): that closure begins when the opening ends.
  const carriedUntil = status.current?.end;
  return {
    ...base,
    state: status.state,
    label: stateLabel(status.state),
    headline: words.headline,
    detail: words.detail ?? null,
    week: weekTable(location, today, carriedInto(status, today)),
    upcoming: upcomingChanges(location, today, lookAhead.days, carriedUntil)
      .slice(0, lookAhead.max)
      .map((change) => upcomingText(change, today)),
  };
}

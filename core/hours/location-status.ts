/**
 * The shape of an opening status, apart from the code that computes it (status.ts) and the code that
 * words it (status-words.ts), so neither has to import the other for its types.
 */
import type { LocalDate } from '../time/local-time';
import type { Opening } from './openings';

/** What a passer-by should be told, in five states. */
export type OpeningState = 'open' | 'closing-soon' | 'closed' | 'opening-soon' | 'unknown';

/** Why today is closed when an exception or a public holiday says so. */
export interface ClosedReason {
  kind: 'exception' | 'holiday';
  /** The exception's note, or the holiday's name; none when closures in a row give different ones. */
  note?: string;
  /**
   * The last day this closure lasts: the exception's `to`, or the day before a shorter exception inside
   * it (an extra opening) takes over; for a holiday the day itself; the last day of the last closure
   * or holiday that follows it without a day between.
   */
  lastDay: LocalDate;
}

/** The opening status of one location at one instant. */
export interface LocationStatus {
  state: OpeningState;
  /** The opening we are in (open and closing-soon only). */
  current: Opening | null;
  /** The first opening that starts after now, within the search horizon. */
  next: Opening | null;
  /** Set when closed today by an exception or a public holiday. */
  reason: ClosedReason | null;
  /**
   * The first instant after now at which `state` or `statusWords` change (a countdown minute, a state
   * boundary, or a local midnight that changes a day word); null when nothing changes within the horizon.
   */
  nextChangeAt: number | null;
}

/**
 * Is a buurtpunt open at an instant, and when does that (or its wording) change next. Pure: `now` is
 * an input and every local time is Europe/Brussels.
 */
import type { Location } from '../content/schema';
import { closedByException, hasAnyHours, hoursOn, lastDayInForce } from './day-hours';
import type { LocalDate } from '../time/local-time';
import { addDays, localDateOf, nextMidnight } from '../time/local-time';
import type { Opening } from './openings';
import { openingsFrom } from './openings';
import type { ClosedReason, LocationStatus } from './location-status';
import { statusWords } from './status-words';

export type { ClosedReason, LocationStatus, OpeningState } from './location-status';

/** "Closes within 30 minutes" and "opens within 60 minutes". */
export const CLOSING_SOON_MS = 30 * 60_000;
export const OPENING_SOON_MS = 60 * 60_000;
/** How many days ahead we look for an opening, so a location that never opens still terminates. */
export const HORIZON_DAYS = 366;

type Snapshot = Omit<LocationStatus, 'nextChangeAt'>;

/** The opening status of `location` at `now` (epoch ms). */
export function statusAt(location: Location, now: number): LocationStatus {
  const snapshot = evaluate(location, now);
  return { ...snapshot, nextChangeAt: nextChange(location, snapshot, now) };
}

function evaluate(location: Location, now: number): Snapshot {
  const today = localDateOf(now);
  let current: Opening | null = null;
  let next: Opening | null = null;
  // Start yesterday: an opening past midnight may still be running.
  for (const opening of openingsFrom(location, addDays(today, -1), HORIZON_DAYS + 2)) {
    if (opening.end <= now) continue;
    if (opening.start <= now) {
      current = opening;
      continue;
    }
    next = opening;
    break;
  }
  if (current) {
    const state = current.end - now <= CLOSING_SOON_MS ? 'closing-soon' : 'open';
    return { state, current, next, reason: null };
  }
  const reason = reasonOn(location, today);
  if (next) {
    const state = next.start - now <= OPENING_SOON_MS ? 'opening-soon' : 'closed';
    return { state, current, next, reason };
  }
  return { state: hasAnyHours(location) ? 'closed' : 'unknown', current, next, reason };
}

/** The longest run of closures `reasonOn` follows, so a year of them still terminates. */
const MAX_CLOSURES_IN_A_ROW = 400;

/**
 * Why `location` is closed on `date` and until when. Closures that follow each other without an
 * opening day between them (a day's leave inside or before the Christmas closure, New Year after it,
 * a week of leave and the holiday after the weekend)
 * are one time closed to a passer-by, so the last day is that of the last of them; the note is kept
 * only when the closures after it give the same one ("Gesloten tot en met 3 januari", not "(verlof)"
 * for all of it), a public holiday after a closure aside.
 */
function reasonOn(location: Location, date: LocalDate): ClosedReason | null {
  const first = closedPartOn(location, date);
  if (first === null) return null;
  let { lastDay, note } = first;
  for (let n = 0; n < MAX_CLOSURES_IN_A_ROW; n++) {
    // Days it is closed anyway (a weekend) between two closures do not end the time closed.
    let next = addDays(lastDay, 1);
    for (let quiet = 0; quiet < 7 && isClosedAnyway(location, next); quiet++) next = addDays(next, 1);
    const following = closedPartOn(location, next);
    if (following === null) break;
    // A public holiday after a closure is known to all: "(verbouwing)" still says why. After a
    // holiday it is not: "tot en met 1 januari (Kerstmis)" would give Christmas as New Year's reason.
    const holidayAside = following.kind === 'holiday' && first.kind === 'exception';
    if (!holidayAside && following.note !== note) note = undefined;
    lastDay = following.lastDay;
  }
  return note === undefined ? { kind: first.kind, lastDay } : { kind: first.kind, note, lastDay };
}

/** A day without weekly hours and without an exception: the buurtpunt is closed then anyway. */
function isClosedAnyway(location: Location, date: LocalDate): boolean {
  const day = hoursOn(location, date);
  return day.kind === 'weekly' && day.intervals.length === 0;
}

/** A closure or public holiday that closes `date`, with its own last day; null on any other day. */
function closedPartOn(
  location: Location,
  date: LocalDate,
): { kind: ClosedReason['kind']; note: string | undefined; lastDay: LocalDate } | null {
  const day = hoursOn(location, date);
  if (day.kind === 'holiday') return { kind: 'holiday', note: day.holiday, lastDay: date };
  if (closedByException(day)) {
    // Other hours the spring jump all skips close that one day only.
    const lastDay = day.exception.closed === true ? lastDayInForce(location, day.exception, date) : date;
    return { kind: 'exception', note: day.exception.note, lastDay };
  }
  return null;
}

/**
 * Until the next state boundary only two things can change the words: the countdown minute in the
 * "soon" states and the calendar day (vandaag/morgen/weekday, and today's closure). So we take the
 * earliest boundary or countdown tick, and before it try each local midnight with the same openings.
 */
function nextChange(location: Location, snapshot: Snapshot, now: number): number | null {
  const { state, current, next } = snapshot;
  // No hours at all: the words never change (new content re-plans anyway).
  if (state === 'unknown') return null;
  const candidates: number[] = [];
  // While open, the next opening only matters once this one has ended.
  if (current) candidates.push(current.end - CLOSING_SOON_MS, current.end);
  else if (next) candidates.push(next.start - OPENING_SOON_MS, next.start);
  if (state === 'closing-soon' && current) candidates.push(countdownTick(current.end, now));
  if (state === 'opening-soon' && next) candidates.push(countdownTick(next.start, now));
  const boundary = Math.min(...candidates.filter((t) => t > now));

  const before = wordsKey(snapshot, now);
  let midnight = nextMidnight(now);
  for (let i = 0; i <= HORIZON_DAYS && midnight < boundary; i++) {
    const reason = current ? null : reasonOn(location, localDateOf(midnight));
    if (wordsKey({ ...snapshot, reason }, midnight) !== before) return midnight;
    midnight = nextMidnight(midnight);
  }
  return Number.isFinite(boundary) ? boundary : null;
}

/** "Sluit over N minuten" counts whole minutes rounded up, so N drops at `target` minus whole minutes. */
function countdownTick(target: number, now: number): number {
  const minutes = Math.ceil((target - now) / 60_000);
  return target - (minutes - 1) * 60_000;
}

function wordsKey(snapshot: Snapshot, at: number): string {
  const words = statusWords({ ...snapshot, nextChangeAt: null }, at);
  return `${snapshot.state}\n${words.headline}\n${words.detail ?? ''}`;
}

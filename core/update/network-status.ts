/**
 * Network updates as the staff view shows them: whether they run, the address (never with its
 * password), the last check and its result in plain Dutch: "bijgewerkt", "niets nieuw",
 * "niet bereikbaar sinds 09:12", "handtekening klopt niet", …
 */
import { formatDayMonth } from '../time/dutch-dates';
import { localDateOf, localMinutesOf } from '../time/local-time';

/** What one check of the update address came to. */
export type NetworkResult =
  /** New content from the network is on screen. */
  | 'updated'
  /** The publication is the one on screen (or the server answered 304). */
  | 'nothing-new'
  /** No answer, a timeout, a server error: tried again soon. */
  | 'unreachable'
  /** The publication has no ondertekening.sig (or no ondertekening.json). */
  | 'unsigned'
  /** The signature does not match this screen's key or the manifest. */
  | 'bad-signature'
  /** Signed earlier than what the screen already accepted (by stick or network): an old copy. */
  | 'older'
  /** A file does not match its signed hash: still being uploaded, or changed. Tried again soon. */
  | 'incomplete'
  /** Anything else the screen will not take: invalid content, too big, a refused redirect. */
  | 'refused'
  /** The kiosk itself could not store it (disk full). */
  | 'failed';

/** One check of the update address. */
export interface NetworkCheck {
  /** ISO instant of the check. */
  at: string;
  result: NetworkResult;
  /** One line of Dutch with the particulars, or null. */
  detail: string | null;
  /**
   * For `unreachable` and `incomplete`: the first check of this run of the same result, so a state
   * that lasts says since when (a half upload that never finishes is not one still under way).
   */
  since: string | null;
}

/** GET /api/status's part on network updates. */
export interface NetworkStatus {
  /**
   * `off`: no updateUrl; `disabled`: an updateUrl, but it cannot be used (no signing key, a broken
   * key, a --content folder shown); `on`: the screen checks the address.
   */
  mode: 'off' | 'disabled' | 'on';
  /** Why network updates do not run, in Dutch; null when they do or are simply not set up. */
  problem: string | null;
  /** The update address without user name or password. */
  address: string | null;
  intervalSeconds: number;
  lastCheck: NetworkCheck | null;
  /** When content last came in over the network (ISO), in this run of the kiosk. */
  lastUpdatedAt: string | null;
}

const HEADLINES: Record<Exclude<NetworkResult, 'unreachable'>, string> = {
  updated: 'bijgewerkt',
  'nothing-new': 'niets nieuw',
  unsigned: 'niet ondertekend',
  'bad-signature': 'handtekening klopt niet',
  older: 'ouder dan wat op het scherm staat',
  incomplete: 'onvolledig op de server (wordt zo opnieuw geprobeerd)',
  refused: 'niet gebruikt',
  failed: 'mislukt op deze kiosk',
};

/**
 * How long a publication may stay incomplete on the server before the screen stops calling it an
 * upload under way: a publication of a few MB is uploaded in minutes even over a slow line, so after
 * this its files were most likely swapped or the upload was broken off, and waiting will not help.
 */
export const INCOMPLETE_WAIT_MS = 15 * 60_000;

/** The result in a few words: "niets nieuw", "niet bereikbaar sinds 09:12". */
export function networkResultWords(check: NetworkCheck): string {
  if (check.result === 'unreachable') return `niet bereikbaar sinds ${sinceWords(check)}`;
  if (hasWaitedTooLong(check)) {
    return `onvolledig op de server sinds ${sinceWords(check)}: upload de hele map publicatie opnieuw`;
  }
  return HEADLINES[check.result];
}

/** An incomplete publication waited for longer than an upload takes: waiting will not help. */
export function hasWaitedTooLong(check: NetworkCheck): boolean {
  return check.result === 'incomplete' && lastedMs(check) >= INCOMPLETE_WAIT_MS;
}

/** How long the check's result has held, in this run of the same result. */
function lastedMs(check: NetworkCheck): number {
  return check.since === null ? 0 : Date.parse(check.at) - Date.parse(check.since);
}

/** "09:12", or "30 november 22:45" when the run began on another day than the check. */
function sinceWords(check: NetworkCheck): string {
  const since = Date.parse(check.since ?? check.at);
  const at = Date.parse(check.at);
  const day =
    localDateOf(since) === localDateOf(at) ? '' : `${formatDayMonth(localDateOf(since), localDateOf(at))} `;
  return `${day}${clock(since)}`;
}

/** True for results that leave nothing to fix. */
export function isGoodResult(result: NetworkResult): boolean {
  return result === 'updated' || result === 'nothing-new';
}

/** "09:12" in Brussels. */
function clock(instant: number): string {
  const minutes = localMinutesOf(instant);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The renderer's heartbeat is the long-poll it keeps open to the handler: `/api/events` answers at
 * least every 25 s and the page asks again at once, so a page whose script still runs calls in
 * several times a minute. No preload and no IPC channel are needed, and a page that is alive but has
 * stopped fetching (and would never show new content) counts as dead too.
 */
import { isKioskAppUrl } from './kiosk-url';

/** Check every 15 s; reload when nothing came for 90 s (three long-polls plus the client's back-off). */
export const HEARTBEAT = { checkEveryMs: 15_000, staleAfterMs: 90_000 } as const;

/** Requests that show the page's script is running: the payload fetch and the long-poll. */
export function isHeartbeatRequest(raw: string): boolean {
  if (!isKioskAppUrl(raw)) return false;
  const { pathname } = new URL(raw);
  return pathname === '/api/events' || pathname === '/api/kiosk';
}

/** True when the last beat (or the page load, if later) is longer ago than the limit. */
export function isHeartbeatStale(
  lastBeatAt: number,
  now: number,
  staleAfterMs: number = HEARTBEAT.staleAfterMs,
) {
  return now - lastBeatAt > staleAfterMs;
}

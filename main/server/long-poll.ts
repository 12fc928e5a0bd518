/**
 * `GET /api/events?boot=&since=`: answers when the revision moves past `since`, or after `waitMs`
 * with nothing new. Each waiting poll holds a connection, a timer and a listener, so only
 * `maxWaiting` may wait at once; more are told to come back (503), which the renderer's back-off
 * does. One screen needs one; the limit only stops a local program from piling them up.
 */
import type { KioskEvent } from '../../core/api';
import type { KioskState } from '../kiosk-state';
import { jsonResponse, textResponse } from './responses';

/** Default waiting limits. */
export const LONG_POLL = { waitMs: 25_000, maxWaiting: 32 } as const;

/** The route's handler over `state`. */
export function createLongPoll(
  state: KioskState,
  { waitMs, maxWaiting }: { waitMs: number; maxWaiting: number },
): (url: URL, signal: AbortSignal) => Promise<Response> {
  let waiting = 0;
  return async (url, signal) => {
    // Another boot (the kiosk restarted) is answered at once: the renderer must reload its payload.
    if (url.searchParams.get('boot') === state.boot) {
      if (waiting >= maxWaiting)
        return textResponse(503, 'Te veel wachtende verzoeken', { 'retry-after': '5' });
      waiting++;
      try {
        await state.waitForChange(Number(url.searchParams.get('since') ?? '0'), waitMs, signal);
      } finally {
        waiting--;
      }
    }
    const event: KioskEvent = { boot: state.boot, revision: state.revision };
    return jsonResponse(event);
  };
}

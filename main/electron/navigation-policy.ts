/**
 * Where the kiosk window may go and what it may load: only its own pages. Pure, so every tricky URL
 * is unit-tested. (What is always refused — new windows, webviews, permissions, devices, downloads —
 * needs no decision and is refused where it is wired, in lockdown.ts and session-lockdown.ts.)
 */
import { isKioskAppUrl } from './kiosk-url';

export type Decision = 'allow' | 'deny';

/**
 * The data: URLs the page asks for: only the empty icon index.html names (without it a browser asks
 * for /favicon.ico). The fonts are files under kiosk://app/fonts/, the QR codes inline SVG elements,
 * the photos /media/ files, so no other data: URL has a reason to load.
 */
export const PAGE_DATA_URLS: ReadonlySet<string> = new Set(['data:,']);

/** will-navigate, will-frame-navigate, will-redirect: stay inside kiosk://app/. */
export function navigationDecision(url: string): Decision {
  return isKioskAppUrl(url) ? 'allow' : 'deny';
}

/**
 * Requests the session may make: its own origin and the page's data: icon. No other data: URL and
 * no blob: (the kiosk makes none), and nothing leaves the machine, whatever a future slide or a bad
 * content file might try.
 */
export function requestDecision(url: string): Decision {
  return isKioskAppUrl(url) || PAGE_DATA_URLS.has(url) ? 'allow' : 'deny';
}

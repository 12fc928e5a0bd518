/**
 * Where the kiosk window may go and what it may load: only its own pages. Pure, so every tricky URL
 * is unit-tested. (What is always refused — new windows, webviews, permissions, devices, downloads —
 * needs no decision and is refused where it is wired, in lockdown.ts and session-lockdown.ts.)
 */
import { isKioskAppUrl } from './kiosk-url';

export type Decision = 'allow' | 'deny';

/**
 * The data: URLs a page asks for, exactly as it names them: in src/href attributes and in its inline
 * CSS's url(...). The built index.html names the empty icon (without it a browser asks for
 * /favicon.ico) and the Latin fonts (inline, so the first paint is in the final font); the QR codes
 * are inline SVG elements and the photos /media/ files, so no other data: URL has a reason to load.
 */
export function dataUrlsNamedIn(page: string): ReadonlySet<string> {
  return new Set([
    ...[...page.matchAll(/(?:href|src)\s*=\s*"(data:[^"]*)"/gi)].map((m) => m[1] ?? ''),
    ...[...page.matchAll(/url\(\s*['"]?(data:[^'")]*)/gi)].map((m) => m[1] ?? ''),
  ]);
}

/** will-navigate, will-frame-navigate, will-redirect: stay inside kiosk://app/. */
export function navigationDecision(url: string): Decision {
  return isKioskAppUrl(url) ? 'allow' : 'deny';
}

/**
 * Requests the session may make: its own origin and the data: URLs the page itself names
 * (`pageDataUrls`, from dataUrlsNamedIn). No other data: URL and no blob: (the kiosk makes none),
 * and nothing leaves the machine, whatever a future slide or a bad content file might try.
 */
export function requestDecision(url: string, pageDataUrls: ReadonlySet<string>): Decision {
  return isKioskAppUrl(url) || pageDataUrls.has(url) ? 'allow' : 'deny';
}

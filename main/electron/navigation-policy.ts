/** Where the kiosk window may go: only its own pages. Pure, so every tricky URL is unit-tested. */
import { isKioskAppUrl } from './kiosk-url';

export type Decision = 'allow' | 'deny';

/** will-navigate, will-frame-navigate, will-redirect: stay inside kiosk://app/. */
export function navigationDecision(url: string): Decision {
  return isKioskAppUrl(url) ? 'allow' : 'deny';
}

/** window.open and target=_blank: a kiosk has one window, so even its own pages do not open another. */
export function windowOpenDecision(_url: string): Decision {
  return 'deny';
}

/** <webview>: never; the page has no use for one and it would be a second, less locked-down browser. */
export function webviewDecision(_src: string): Decision {
  return 'deny';
}

/**
 * Requests the session may make: its own origin, and data:/blob: URLs the page itself created (the QR
 * codes). Nothing leaves the machine, whatever a future slide or a bad content file might try.
 */
export function requestDecision(url: string): Decision {
  if (isKioskAppUrl(url)) return 'allow';
  if (url.startsWith('data:')) return 'allow';
  if (url.startsWith('blob:')) return isKioskAppUrl(url.slice('blob:'.length)) ? 'allow' : 'deny';
  return 'deny';
}

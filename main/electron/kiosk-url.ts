/**
 * The kiosk's one origin, `kiosk://app`, and the test every navigation, window, request and permission
 * decision uses. URLs are parsed, never compared as strings: `kiosk://app.evil/` and `kiosk://app@evil/`
 * start with the right characters and are still somewhere else.
 */
export const KIOSK_SCHEME = 'kiosk';
export const KIOSK_HOST = 'app';
export const KIOSK_ORIGIN = `${KIOSK_SCHEME}://${KIOSK_HOST}`;
export const KIOSK_START_URL = `${KIOSK_ORIGIN}/`;

/** True only for kiosk://app/… with no user, password or port. Unparseable text is false. */
export function isKioskAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${KIOSK_SCHEME}:` &&
    url.hostname === KIOSK_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

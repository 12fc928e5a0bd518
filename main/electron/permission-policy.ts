/** Which web permissions the kiosk page gets: none today (no camera, notifications, clipboard, …). */
import { isKioskAppUrl } from './kiosk-url';

/** Permissions our own page may use. Anything added here is still refused to any other origin. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** The answer to a permission request or check from `requestingUrl`. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isKioskAppUrl(requestingUrl);
}

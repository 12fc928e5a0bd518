/** The kiosk:// scheme: the renderer's only origin, served by the shared request handler. */
import { protocol } from 'electron';
import type { Handler } from '../server/handler';

export const KIOSK_SCHEME = 'kiosk';
export const KIOSK_ORIGIN = 'kiosk://app';
export const KIOSK_START_URL = `${KIOSK_ORIGIN}/`;

/** Must run before app 'ready': a standard, secure scheme gets 'self', fetch and a real origin. */
export function registerKioskScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: KIOSK_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/** Routes every kiosk:// request to the handler (after app 'ready'). */
export function setupKioskProtocol(handler: Handler): void {
  protocol.handle(KIOSK_SCHEME, (request) => handler(request));
}

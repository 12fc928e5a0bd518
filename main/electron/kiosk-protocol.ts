/** The kiosk:// scheme: the renderer's only origin, served by the shared request handler. */
import { protocol } from 'electron';
import type { Handler } from '../server/handler';
import { KIOSK_SCHEME } from './kiosk-url';

export { KIOSK_ORIGIN, KIOSK_SCHEME, KIOSK_START_URL } from './kiosk-url';

/** Must run before app 'ready': a standard, secure scheme gets 'self', fetch and a real origin. */
export function registerKioskScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: KIOSK_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/** Routes every kiosk:// request to the handler (after app 'ready'); `onRequest` sees each URL first. */
export function setupKioskProtocol(handler: Handler, onRequest: (url: string) => void = () => {}): void {
  protocol.handle(KIOSK_SCHEME, (request) => {
    onRequest(request.url);
    return handler(request);
  });
}

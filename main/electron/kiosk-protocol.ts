/**
 * The kiosk:// scheme: the renderer's only origin, served by the shared request handler. Only the
 * host `app` is ours; the handler does not look at host names (the browser host checks its Host
 * header before calling it), so this protocol host does: kiosk://evil/ gets a 421, not our files.
 */
import { protocol } from 'electron';
import type { Handler } from '../server/handler';
import { misdirectedRequest } from '../server/responses';
import { isKioskAppUrl, KIOSK_SCHEME } from './kiosk-url';

/** Before app 'ready': a standard, secure scheme gets 'self', fetch and a real origin. */
export function setupKioskScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: KIOSK_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/** After 'ready': routes kiosk://app requests to the handler; `onRequest` sees each of their URLs. */
export function setupKioskProtocol(handler: Handler, onRequest: (url: string) => void = () => {}): void {
  protocol.handle(KIOSK_SCHEME, (request) => {
    if (!isKioskAppUrl(request.url)) return Promise.resolve(misdirectedRequest());
    onRequest(request.url);
    return handler(request);
  });
}

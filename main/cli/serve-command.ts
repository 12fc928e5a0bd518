/** `buurtkiosk serve`: the browser host, node:http on 127.0.0.1, stopped cleanly by Ctrl-C. */
import { createKiosk, type KioskOptions } from '../kiosk';
import { startHttpHost, type HttpHost } from '../server/http-host';
import { explainTakenPort } from './port-taken';

/** Starts the kiosk and its HTTP host; resolves once listening (a port in use is said in Dutch). */
export async function startServing(options: KioskOptions & { port?: number }): Promise<HttpHost> {
  const kiosk = await createKiosk(options);
  const port = options.port ?? 0;
  return explainTakenPort(port, () => startHttpHost(kiosk.handler, port));
}

/** Resolves when SIGINT or SIGTERM arrives, after closing the host. */
export function closeOnSignal(host: HttpHost, onClose: () => void = () => {}): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      onClose();
      void host.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

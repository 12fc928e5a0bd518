/** Adapts the fetch-style handler to node:http, bound to 127.0.0.1 only. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Handler } from './handler';

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening on 127.0.0.1:`port` (0 picks a free port). */
export async function startHttpHost(handler: Handler, port = 0): Promise<HttpHost> {
  const server: Server = createServer((req, res) => {
    void serve(handler, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(handler: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  try {
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
        v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]],
      ),
      signal: abort.signal,
      // Bodies only for writes (the editor's PUTs); the kiosk handler itself answers GET and HEAD.
      ...(req.method === 'GET' || req.method === 'HEAD'
        ? {}
        : { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' as const }),
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
  } catch (err) {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(abort.signal.aborted ? undefined : `Interne fout: ${(err as Error).message}`);
  }
}

/**
 * A plain static web server on 127.0.0.1 for the network updater's unit tests and the benchmark: it
 * serves a folder with ETag and Last-Modified and answers conditional requests with 304, like nginx.
 * Every request is recorded (path, headers, status, body bytes). `misbehave(path, handler)` makes
 * one path do whatever a bad server does: trickle, never end, redirect, lie about its length.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
  /** Body bytes sent (0 for 304). */
  bytes: number;
  /** performance.now() when the answer was finished. */
  at: number;
}

export type Misbehaviour = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface StaticServer {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Replaces the normal answer for one path (e.g. "/pub/ondertekening.json"). */
  misbehave(urlPath: string, handler: Misbehaviour): void;
  /** Back to normal for every path. */
  behave(): void;
  /** Bytes received and sent on all connections so far (HTTP headers and bodies; no TCP or IP). */
  traffic(): { bytesIn: number; bytesOut: number };
  close(): Promise<void>;
}

/** Serves `root` on a free port (or `port`). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const requests: RecordedRequest[] = [];
  const misbehaviours = new Map<string, Misbehaviour>();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let bytes = 0;
    const write = res.write.bind(res);
    res.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
      bytes += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const end = res.end.bind(res);
    res.end = ((chunk?: Uint8Array | string | (() => void), ...rest: never[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
      return end(chunk as never, ...rest);
    }) as typeof res.end;
    res.on('close', () =>
      requests.push({
        path: urlPath,
        headers: req.headers,
        status: res.statusCode,
        bytes,
        at: performance.now(),
      }),
    );
    const special = misbehaviours.get(urlPath);
    if (special) special(req, res);
    else void serveFile(root, urlPath, req, res);
  });
  const sockets = new Set<Socket>();
  const closed = { bytesIn: 0, bytesOut: 0 };
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closed.bytesIn += socket.bytesRead;
      closed.bytesOut += socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actual}/`,
    port: actual,
    requests,
    misbehave: (urlPath, handler) => misbehaviours.set(urlPath, handler),
    behave: () => misbehaviours.clear(),
    traffic: () => {
      const open = [...sockets];
      return {
        bytesIn: closed.bytesIn + open.reduce((sum, s) => sum + s.bytesRead, 0),
        bytesOut: closed.bytesOut + open.reduce((sum, s) => sum + s.bytesWritten, 0),
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function serveFile(
  root: string,
  urlPath: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const file = path.join(root, ...urlPath.split('/').filter((s) => s !== '' && s !== '..'));
  let bytes: Buffer;
  let modified: Date;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    bytes = await readFile(file);
    modified = info.mtime;
  } catch {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body>404 Not Found</body></html>');
    return;
  }
  const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
  const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
  const headers = { etag, 'last-modified': lastModified, 'content-type': 'application/octet-stream' };
  const unchanged =
    req.headers['if-none-match'] !== undefined
      ? req.headers['if-none-match'] === etag
      : req.headers['if-modified-since'] !== undefined &&
        Date.parse(req.headers['if-modified-since']) >= Date.parse(lastModified);
  if (unchanged) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': bytes.length });
  res.end(bytes);
}

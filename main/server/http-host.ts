/**
 * Adapts a fetch-style handler to node:http, bound to 127.0.0.1 only: `buurtkiosk serve` and
 * `buurtkiosk edit`. Before the handler sees a request, the host refuses what it must not answer
 * (another Host: 421; a broken request line, a body on GET: 400), and its limits keep slow or
 * greedy clients from holding it. Responses are streamed, so a large image is never held whole.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createLogger } from '../log';
import type { Handler } from './handler';
import { checkRequestTarget, loopbackHosts } from './loopback-target';
import { badRequest, methodNotAllowed, misdirectedRequest, textResponse } from './responses';

const log = createLogger('http');

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * How long a client may take. Node's own defaults (60 s for headers, 5 min for a request, checked
 * every 30 s) let a few slow connections sit for minutes. The request limit covers receiving the
 * request only, so a long-poll that waits 25 s for its answer is not cut.
 */
export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /**
   * A connection where nothing moves either way for this long is closed: a client that asks for a
   * large image and stops reading held the file and the socket for good. Longer than a long-poll's
   * wait (25 s), which is silent by design.
   */
  idleTimeoutMs: number;
}

/** The limits `serve` and `edit` run with. */
export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
};

export interface HttpHostOptions {
  /**
   * The methods the handler answers (default GET and HEAD); any other is refused here with 405, so
   * TRACE and the like never become a Request (fetch's Request cannot even carry TRACE).
   */
  methods?: readonly string[];
  /** For tests: shorter limits. */
  limits?: Partial<HttpLimits>;
}

/** Starts listening on 127.0.0.1:`port` (0 picks a free port). */
export async function startHttpHost(
  handler: Handler,
  port = 0,
  options: HttpHostOptions = {},
): Promise<HttpHost> {
  const limits = { ...HTTP_LIMITS, ...options.limits };
  const methods = options.methods ?? ['GET', 'HEAD'];
  let allowed: ReadonlySet<string> = new Set();
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // The timeouts above are only enforced when Node checks, every this often.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 2),
    },
    (req, res) => void serve(handler, { allowed, methods }, req, res),
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // With no 'timeout' listener, node:http destroys an idle socket (and so ends the file stream).
  server.timeout = limits.idleTimeoutMs;
  // CONNECT asks for a tunnel: we are no proxy.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  allowed = loopbackHosts(actual);
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

/** What a request is checked against before the handler sees it. */
interface Rules {
  /** The Host values answered (see loopback-target.ts). */
  allowed: ReadonlySet<string>;
  methods: readonly string[];
}

async function serve(
  handler: Handler,
  rules: Rules,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const method = req.method ?? 'GET';
  const target = checkRequestTarget({ target: req.url ?? '', hosts: hostHeaders(req) }, rules.allowed);
  const readsNoBody = method === 'GET' || method === 'HEAD';
  if (!target.ok) return respond(req, res, target.status === 421 ? misdirectedRequest() : badRequest());
  if (!rules.methods.includes(method)) return respond(req, res, methodNotAllowed(rules.methods.join(', ')));
  // A body on GET means nothing to us, and a client that sends one is not a browser.
  if (readsNoBody && hasBody(req)) return respond(req, res, badRequest());
  let response: Response;
  try {
    response = await handler(
      new Request(target.url, {
        method,
        headers: Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
          v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]],
        ),
        signal: abort.signal,
        // Bodies only for writes (the editor's PUTs); the kiosk handler itself answers GET and HEAD.
        ...(readsNoBody
          ? {}
          : { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' as const }),
      }),
    );
  } catch (err) {
    log(`${method} ${req.url ?? ''} failed: ${(err as Error).stack ?? String(err)}`);
    response = textResponse(500, 'Interne fout');
  }
  return respond(req, res, response);
}

/** Writes `response`, streaming its body; a client that leaves mid-way just ends the stream. */
async function respond(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  // A body the handler did not read (a refused upload) is not drained: the connection ends instead.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res);
  } catch {
    res.destroy(); // the client went away, or the file failed mid-way: nothing more to say
  }
}

/** Every Host header as sent (node:http keeps only the first in `req.headers`). */
function hostHeaders(req: IncomingMessage): string[] {
  const values: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === 'host') values.push(req.rawHeaders[i + 1] ?? '');
  }
  return values;
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? '0') > 0;
}

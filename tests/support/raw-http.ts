/**
 * HTTP by hand over a real socket on 127.0.0.1, for requests no HTTP client will send: another Host,
 * an absolute URL or a broken escape in the request line, TRACE, a body on GET, headers sent slowly.
 */
import { connect, type Socket } from 'node:net';

/** A parsed response; `closed` says the server ended the connection after it. */
export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
  raw: string;
}

/** Opens a connection; resolves once connected. */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
export function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the response is still the end
    socket.once('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

/** Parses the first response in `raw` (status line, headers, the rest as body). */
export function parseResponse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = end < 0 ? '' : raw.slice(end + 4);
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    headers,
    body: headers.get('transfer-encoding') === 'chunked' ? dechunk(body) : body,
    raw,
  };
}

/** The payload of a chunked body (as far as it arrived). */
function dechunk(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return out;
    const size = parseInt(body.slice(at, lineEnd), 16);
    if (!(size > 0)) return out;
    out += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** Sends `text` as is and reads until the server closes the connection. */
export async function rawRequest(port: number, text: string | Buffer): Promise<RawResponse> {
  const socket = await openSocket(port);
  const done = readUntilClosed(socket);
  socket.write(text);
  return parseResponse(await done);
}

/** A GET (or `method`) with the given Host header and `Connection: close`. */
export function requestWithHost(
  port: number,
  target: string,
  host: string | null,
  method = 'GET',
  extra = '',
): Promise<RawResponse> {
  const hostLine = host === null ? '' : `Host: ${host}\r\n`;
  return rawRequest(port, `${method} ${target} HTTP/1.1\r\n${hostLine}${extra}Connection: close\r\n\r\n`);
}

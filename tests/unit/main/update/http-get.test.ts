import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { after, before, beforeEach, describe, it } from 'node:test';
import { httpGet, networkError, type GetRequest, type GetResult } from '../../../../main/update/http-get';
import { parseUpdateAddress, type UpdateAddress } from '../../../../main/update/update-address';
import { startStaticServer, type StaticServer } from '../../../support/static-server';
import { tempFolder } from '../../../support/usb-stick';

let tmp: { dir: string; remove(): void };
let server: StaticServer;
let address: UpdateAddress;

const FILE = '/pub/ondertekening.json';
const BODY = Buffer.from('{"format":"x"}\n');

before(async () => {
  tmp = tempFolder('buurtkiosk-http-');
  mkdirSync(path.join(tmp.dir, 'pub'));
  writeFileSync(path.join(tmp.dir, 'pub', 'ondertekening.json'), BODY);
  server = await startStaticServer(tmp.dir);
  address = must(parseUpdateAddress(`${server.origin}pub/`));
});
after(async () => {
  await server.close();
  tmp.remove();
});
beforeEach(() => {
  server.behave();
  server.requests.length = 0;
});

function must<T>(value: T | null): T {
  assert.ok(value);
  return value;
}

function get(overrides: Partial<GetRequest> = {}): Promise<GetResult> {
  return httpGet({
    address,
    url: new URL(`${server.origin}pub/ondertekening.json`),
    maxBytes: 1024,
    timeouts: { totalMs: 5_000, idleMs: 2_000 },
    userAgent: 'buurtkiosk/test',
    ...overrides,
  });
}

function failed(result: GetResult): { failure: string; detail: string } {
  assert.equal(result.kind, 'failed', JSON.stringify(result));
  return result as { kind: 'failed'; failure: string; detail: string };
}

describe('an ordinary static server', () => {
  it('gets the file with its ETag and Last-Modified, asking for no compression', async () => {
    const result = await get();
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    assert.deepEqual(result.bytes, BODY);
    assert.match(result.validators.etag ?? '', /^".+"$/);
    assert.ok(result.validators.lastModified);
    const sent = server.requests[0]?.headers;
    assert.equal(sent?.['accept-encoding'], 'identity');
    assert.equal(sent?.['user-agent'], 'buurtkiosk/test');
  });

  it('answers 304 to If-None-Match and downloads nothing', async () => {
    const first = await get();
    assert.equal(first.kind, 'ok');
    if (first.kind !== 'ok') return;
    const second = await get({ validators: first.validators });
    assert.equal(second.kind, 'not-modified');
    assert.equal(server.requests[1]?.headers['if-none-match'], first.validators.etag);
    assert.equal(server.requests[1]?.status, 304);
    assert.equal(server.requests[1]?.bytes, 0);
  });

  it('uses If-Modified-Since when the server gives no ETag', async () => {
    const first = await get();
    if (first.kind !== 'ok') return assert.fail('first get failed');
    const second = await get({ validators: { etag: null, lastModified: first.validators.lastModified } });
    assert.equal(second.kind, 'not-modified');
    assert.equal(server.requests[1]?.headers['if-modified-since'], first.validators.lastModified);
    assert.equal(server.requests[1]?.headers['if-none-match'], undefined);
  });

  it('reports a missing file as missing (404)', async () => {
    const result = await get({ url: new URL(`${server.origin}pub/ondertekening.sig`) });
    assert.equal(result.kind, 'missing');
  });

  it('never sends back a cookie the server set', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(200, { 'set-cookie': 'session=geheim; Path=/' });
      res.end('x');
    });
    await get();
    await get();
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[1]?.headers.cookie, undefined);
  });
});

describe('credentials in the update address', () => {
  it('go as an Authorization header to the server itself, never in the URL', async () => {
    const withUser = must(parseUpdateAddress(`http://deel:ge%20heim@127.0.0.1:${server.port}/pub/`));
    const result = await get({ address: withUser });
    assert.equal(result.kind, 'ok');
    assert.equal(
      server.requests[0]?.headers.authorization,
      `Basic ${Buffer.from('deel:ge heim').toString('base64')}`,
    );
    assert.equal(withUser.display, `http://127.0.0.1:${server.port}/pub/`);
  });

  it('are not sent along when the server redirects to another origin', async () => {
    const other = await startStaticServer(tmp.dir);
    try {
      // The other origin is "this machine" just as the update address is, so the redirect is allowed.
      const withUser = must(parseUpdateAddress(`http://deel:geheim@localhost:${server.port}/pub/`));
      server.misbehave(FILE, (_req, res) => {
        res.writeHead(302, { location: `${other.origin}pub/ondertekening.json` });
        res.end();
      });
      const result = await get({
        address: withUser,
        url: new URL(`http://localhost:${server.port}/pub/ondertekening.json`),
      });
      // http to another origin is refused outright, so nothing reached the other server at all.
      assert.equal(failed(result).failure, 'refused');
      assert.equal(other.requests.length, 0);
      assert.ok(server.requests[0]?.headers.authorization);
    } finally {
      await other.close();
    }
  });
});

describe('redirects', () => {
  const redirectTo = (location: string) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(301, { location });
    res.end();
  };

  it('follows a redirect on the same origin', async () => {
    server.misbehave(FILE, redirectTo('/pub/elders.json'));
    writeFileSync(path.join(tmp.dir, 'pub', 'elders.json'), 'verhuisd');
    const result = await get();
    assert.equal(result.kind, 'ok');
    if (result.kind === 'ok') assert.equal(result.bytes.toString(), 'verhuisd');
  });

  for (const [what, location] of [
    ['a file: URL', 'file:///etc/passwd'],
    ['a data: URL', 'data:text/plain,hallo'],
    ['the cloud metadata service over http', 'http://169.254.169.254/latest/meta-data/'],
    ['the cloud metadata service over https', 'https://169.254.169.254/latest/meta-data/'],
    ['another server over plain http', 'http://example.org/pub/ondertekening.json'],
    ['an address with a password in it', 'https://user:pw@example.org/x'],
    ['an invalid address', 'http://[::1'],
    ['nowhere (no Location)', ''],
  ] as const) {
    it(`refuses a redirect to ${what}`, async () => {
      server.misbehave(FILE, redirectTo(location));
      const result = failed(await get());
      assert.equal(result.failure, 'refused');
      assert.match(result.detail, /doorverwijzing|stuurt door/);
      assert.equal(server.requests.length, 1);
    });
  }

  it('stops a redirect loop after five hops', async () => {
    server.misbehave(FILE, redirectTo('/pub/ondertekening.json'));
    const result = failed(await get());
    assert.equal(result.failure, 'refused');
    assert.match(result.detail, /blijft doorverwijzen/);
    assert.equal(server.requests.length, 6);
  });

  it('counts a relative redirect against the current address', async () => {
    server.misbehave(FILE, redirectTo('../pub2/x.json'));
    mkdirSync(path.join(tmp.dir, 'pub2'), { recursive: true });
    writeFileSync(path.join(tmp.dir, 'pub2', 'x.json'), 'ok');
    const result = await get();
    assert.equal(result.kind, 'ok');
    assert.equal(server.requests[1]?.path, '/pub2/x.json');
  });
});

describe('size caps', () => {
  it('refuses a declared length past the cap without reading the body', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(200, { 'content-length': 5 * 1024 * 1024 * 1024 });
      res.write(Buffer.alloc(64 * 1024));
    });
    const result = failed(await get());
    assert.equal(result.failure, 'too-big');
    assert.match(result.detail, /groter dan toegelaten \(hoogstens 1 kB\)/);
  });

  it('aborts an endless body just past the cap', async () => {
    let sent = 0;
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x41);
      const pump = () => {
        while (!res.destroyed && sent < 1024 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      pump();
    });
    const result = failed(await get({ maxBytes: 100 * 1024 }));
    assert.equal(result.failure, 'too-big');
    assert.match(result.detail, /groter dan toegelaten/);
    // The server was stopped long before a gigabyte: the kiosk hung up.
    assert.ok(sent < 64 * 1024 * 1024, `server sent ${sent} bytes`);
  });

  for (const [encoding, pack] of [
    ['gzip', gzipSync],
    ['br', (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } })],
  ] as const) {
    it(`refuses a ${encoding} body it did not ask for (a small bomb never unpacks)`, async () => {
      const bomb = pack(Buffer.alloc(16 * 1024 * 1024));
      server.misbehave(FILE, (_req, res) => {
        res.writeHead(200, { 'content-encoding': encoding, 'content-length': bomb.length });
        res.end(bomb);
      });
      const result = failed(await get({ maxBytes: 1024 * 1024 }));
      assert.equal(result.failure, 'refused');
      assert.match(result.detail, new RegExp(`ingepakt \\(${encoding}\\)`));
    });
  }

  it('takes no more than the declared length when the body runs on (the hash check catches the rest)', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.socket?.end('HTTP/1.1 200 OK\r\ncontent-length: 3\r\nconnection: close\r\n\r\nabcdefghij');
    });
    const result = await get();
    assert.equal(result.kind, 'ok');
    if (result.kind === 'ok') assert.equal(result.bytes.toString(), 'abc');
  });

  it('fails when the body is shorter than the declared length', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.socket?.end('HTTP/1.1 200 OK\r\ncontent-length: 300\r\nconnection: close\r\n\r\nabc');
    });
    assert.equal(failed(await get()).failure, 'unreachable');
  });
});

describe('slow and broken servers', () => {
  it('gives up on a server that accepts and never answers', async () => {
    server.misbehave(FILE, () => undefined);
    const result = failed(await get({ timeouts: { totalMs: 5_000, idleMs: 200 } }));
    assert.equal(result.failure, 'unreachable');
    assert.match(result.detail, /zwijgt te lang/);
  });

  it('gives up on a server that trickles one byte at a time (slowloris)', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    });
    // The idle limit longer than the whole: a loaded machine's pause between two bytes cannot win.
    const result = failed(await get({ maxBytes: 1024 * 1024, timeouts: { totalMs: 400, idleMs: 2_000 } }));
    assert.equal(result.failure, 'unreachable');
    assert.match(result.detail, /niet op tijd/);
  });

  it('says the server refuses the connection when nothing listens', async () => {
    const closed = await startStaticServer(tmp.dir);
    await closed.close();
    const result = failed(await get({ url: new URL(`${closed.origin}pub/ondertekening.json`) }));
    assert.equal(result.failure, 'unreachable');
    assert.match(result.detail, /weigert de verbinding/);
  });

  for (const status of [500, 502, 503, 408, 429]) {
    it(`counts HTTP ${status} as a server that is not reachable right now`, async () => {
      server.misbehave(FILE, (_req, res) => {
        res.writeHead(status);
        res.end('<html>fout</html>');
      });
      const result = failed(await get());
      assert.equal(result.failure, 'unreachable');
      assert.match(result.detail, new RegExp(`HTTP ${status}`));
    });
  }

  for (const status of [401, 403, 400, 206, 204]) {
    it(`refuses HTTP ${status}`, async () => {
      server.misbehave(FILE, (_req, res) => {
        res.writeHead(status);
        res.end();
      });
      const result = failed(await get());
      assert.equal(result.failure, 'refused');
      assert.match(result.detail, new RegExp(`HTTP ${status}`));
    });
  }

  it('does not take a 304 it did not ask for', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(304);
      res.end();
    });
    assert.equal(failed(await get()).failure, 'refused');
  });

  it('hands an HTML page served with 200 to the caller with its type, for the signature check to refuse', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Aanmelden</title>');
    });
    const result = await get();
    assert.equal(result.kind, 'ok');
    if (result.kind === 'ok') assert.match(result.contentType, /text\/html/);
  });

  it('stops at once when the kiosk stops', async () => {
    server.misbehave(FILE, () => undefined);
    const stop = new AbortController();
    const pending = get({ signal: stop.signal, timeouts: { totalMs: 60_000, idleMs: 60_000 } });
    setImmediate(() => stop.abort());
    const result = failed(await pending);
    assert.equal(result.failure, 'unreachable');
    assert.match(result.detail, /stopte/);
  });
});

describe('headers', () => {
  it('gives up on an answer whose headers never end (100 kB of them)', async () => {
    server.misbehave(FILE, (_req, res) => {
      res.socket?.end(
        `HTTP/1.1 200 OK\r\nx-vulling: ${'a'.repeat(100 * 1024)}\r\ncontent-length: 1\r\n\r\nx`,
      );
    });
    assert.equal(failed(await get()).failure, 'unreachable');
  });
});

describe('a certificate the kiosk will not take, in words that point at the likely cause', () => {
  // As fetch reports them: a TypeError whose cause carries the TLS code.
  const failure = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });

  it('names the kiosk clock when the certificate is not yet valid or has expired', () => {
    assert.match(networkError(failure('CERT_NOT_YET_VALID')), /loopt de klok van de kiosk achter/);
    assert.match(networkError(failure('CERT_HAS_EXPIRED')), /verlopen, of de klok van deze kiosk loopt voor/);
  });

  it('names a network that inspects https, or a self-made certificate, and that http:// may do', () => {
    for (const code of ['SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']) {
      assert.equal(
        networkError(failure(code)),
        'het certificaat van de server wordt niet vertrouwd (onderschept het netwerk https, zoals op een school of in een bedrijf?); een http://-adres mag ook, de inhoud is ondertekend',
      );
      // With a password in the address, http:// would send it in the clear: no such advice.
      assert.doesNotMatch(networkError(failure(code), true), /http:\/\//);
    }
    assert.match(networkError(failure('DEPTH_ZERO_SELF_SIGNED_CERT')), /zelfgemaakt certificaat/);
    assert.match(networkError(failure('ERR_TLS_CERT_ALTNAME_INVALID')), /andere naam dan die in het adres/);
  });

  it('keeps a general line for the other certificate and TLS errors', () => {
    assert.equal(
      networkError(failure('CERT_REVOKED')),
      'het certificaat van de server is niet geldig (https)',
    );
    assert.equal(
      networkError(failure('ERR_SSL_WRONG_VERSION_NUMBER')),
      'het certificaat van de server is niet geldig (https)',
    );
  });
});

/**
 * The handler against requests an attacker or a broken client sends, through both hosts' URL forms
 * (kiosk://app and http://127.0.0.1): bad escapes, ways out of the content folder, special files,
 * methods it does not serve, errors that must not show internals, and large images that must be
 * streamed rather than read into memory.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { KioskEvent } from '../../../../core/api';
import { sampleContentDir } from '../../../../main/paths';
import type { Handler, HandlerOptions } from '../../../../main/server/handler';
import {
  cancelUnreadBodies,
  handlerOver,
  PNG_SIGNATURE,
  requestFolders,
  sampleContentWithFifo,
  sparsePng,
  tinyRenderer,
} from '../../../support/request-fixtures';

const { tmp, contentDir, rendererDir } = requestFolders('requests');
const images = path.join(contentDir, 'images');
const SECRET = 'geheim: niet voor het scherm';
/** Larger than Node can read into one buffer (readFile stops at 2 GiB): only a stream can serve it. */
const HUGE = 3 * 1024 ** 3;
const koffie = readFileSync(path.join(sampleContentDir, 'images', 'koffie.png'));
let socketServer: Server;

before(async () => {
  tinyRenderer(rendererDir);
  writeFileSync(path.join(tmp, 'secret.png'), SECRET);
  sampleContentWithFifo(contentDir);
  symlinkSync(path.join(tmp, 'secret.png'), path.join(images, 'link-out.png'));
  symlinkSync(path.join(images, 'koffie.png'), path.join(images, 'link-in.png'));
  symlinkSync(tmp, path.join(images, 'map-out'));
  mkdirSync(path.join(images, 'map.png'));
  sparsePng(path.join(images, 'huge.png'), HUGE);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(images, 'socket.png'), resolve));
});
afterEach(cancelUnreadBodies);
after(async () => {
  await new Promise((resolve) => socketServer.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

const setup = (options: Partial<HandlerOptions> = {}) => handlerOver(contentDir, rendererDir, options);

/** Every way the handler is reached: Electron's origin and the browser host's. */
const ORIGINS = ['kiosk://app', 'http://127.0.0.1:8377'];

async function statusOf(handler: Handler, url: string, init?: RequestInit) {
  const res = await handler(new Request(url, init));
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** Anything that would tell an attacker about the server: an exception's name, a stack, a path. */
const INTERNALS = /URIError|Error:|malformed|\n\s+at |\/tmp\/|\/home\/|node:/;

describe('request checks in the handler', () => {
  it('answers a malformed escape with 400, naming nothing of the server', async () => {
    const { handler } = await setup();
    const paths = [
      '/%',
      '/%zz',
      '/media/%zz',
      '/media/%',
      '/api/%',
      '/%E0%A4%A',
      '/media/%C0%AE%C0%AE/x.png',
    ];
    for (const origin of ORIGINS) {
      for (const p of paths) {
        const res = await statusOf(handler, origin + p);
        assert.equal(res.status, 400, origin + p);
        assert.doesNotMatch(res.body, INTERNALS, origin + p);
      }
    }
  });

  it('refuses encoded slashes, backslashes and NUL bytes in a path', async () => {
    const { handler } = await setup();
    const paths = [
      '/media/..%2fsecret.png',
      '/media/..%2Fsecret.png',
      '/media/%2e%2e%2fsecret.png',
      '/media/..%5csecret.png',
      '/media/images%2fkoffie.png',
      '/media/%00.png',
      '/media/images/koffie.png%00.png',
      '/..%2fsecret.png',
      '/index.html%00',
    ];
    for (const origin of ORIGINS) {
      for (const p of paths) assert.equal((await statusOf(handler, origin + p)).status, 400, origin + p);
    }
    // kiosk:// is not a special scheme to the URL parser, so a backslash stays a backslash.
    for (const p of ['/media/..\\secret.png', '/media/images\\..\\..\\secret.png', '/..\\secret.png']) {
      assert.equal((await statusOf(handler, `kiosk://app${p}`)).status, 400, p);
    }
  });

  it('never serves a file outside the content folder, however the path is spelled', async () => {
    const { handler } = await setup();
    const paths = [
      '/media/../secret.png',
      '/media/%2e%2e/secret.png',
      '/media/%2E%2E/%2e%2e/secret.png',
      '/media/.%2e/secret.png',
      '/media/%252e%252e/secret.png',
      '/media/%252e%252e%252fsecret.png',
      '/media/images/../../secret.png',
      '/media/images/link-out.png',
      '/media/images/map-out/secret.png',
      '/media//secret.png',
      '/media/' + encodeURIComponent(path.join(tmp, 'secret.png')),
      '/secret.png',
    ];
    for (const origin of ORIGINS) {
      for (const p of paths) {
        const res = await statusOf(handler, origin + p);
        assert.ok(res.status === 400 || res.status === 404, `${origin}${p}: ${res.status}`);
        assert.notEqual(res.body, SECRET, origin + p);
      }
    }
  });

  it('serves a symlink that stays inside the content folder', async () => {
    const { handler } = await setup();
    const res = await handler(new Request('kiosk://app/media/images/link-in.png'));
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), koffie);
  });

  it(
    'refuses a FIFO, a socket or a folder named like an image, without waiting on it',
    { timeout: 10_000 },
    async () => {
      const { handler } = await setup();
      for (const name of ['fifo.png', 'socket.png', 'map.png']) {
        for (const method of ['GET', 'HEAD']) {
          const res = await statusOf(handler, `kiosk://app/media/images/${name}`, { method });
          assert.equal(res.status, 404, `${method} ${name}`);
        }
      }
      assert.equal((await statusOf(handler, 'kiosk://app/media/images/koffie.png')).status, 200);
    },
  );

  it('streams an image too large to hold in memory (a sparse 3 GB file)', async () => {
    const { handler } = await setup();
    const res = await handler(new Request('http://127.0.0.1:8377/media/images/huge.png'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String(HUGE));
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('accept-ranges'), 'bytes');
    const reader = res.body?.getReader();
    assert.ok(reader);
    const first = await reader.read();
    assert.ok(first.value && first.value.byteLength <= 1024 * 1024, 'one chunk, not the whole file');
    assert.deepEqual(Buffer.from(first.value.subarray(0, 8)), PNG_SIGNATURE);
    await reader.cancel();
  });

  it('answers HEAD with the length and no body, for images, pages and the API', async () => {
    const { handler } = await setup();
    for (const p of ['/media/images/huge.png', '/media/images/koffie.png', '/', '/api/kiosk']) {
      const res = await handler(new Request(`kiosk://app${p}`, { method: 'HEAD' }));
      assert.equal(res.status, 200, p);
      assert.equal(res.body, null, p);
    }
    const head = await handler(new Request('kiosk://app/media/images/huge.png', { method: 'HEAD' }));
    assert.equal(head.headers.get('content-length'), String(HUGE));
  });

  it('answers a byte range with 206 and the right bytes', async () => {
    const { handler } = await setup();
    const range = async (p: string, value: string) => {
      const res = await handler(new Request(`kiosk://app/media/images/${p}`, { headers: { range: value } }));
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const size = koffie.length;
    const cases: [string, number, number][] = [
      ['bytes=0-7', 0, 7],
      ['bytes=100-', 100, size - 1],
      ['bytes=-4', size - 4, size - 1],
      ['bytes=10-99999999', 10, size - 1],
      [`bytes=${size - 1}-${size - 1}`, size - 1, size - 1],
    ];
    for (const [value, start, end] of cases) {
      const { res, bytes } = await range('koffie.png', value);
      assert.equal(res.status, 206, value);
      assert.equal(res.headers.get('content-range'), `bytes ${start}-${end}/${size}`, value);
      assert.equal(res.headers.get('content-length'), String(end - start + 1), value);
      assert.deepEqual(bytes, koffie.subarray(start, end + 1), value);
    }
    const far = await range('huge.png', `bytes=${HUGE - 3}-`);
    assert.equal(far.res.headers.get('content-range'), `bytes ${HUGE - 3}-${HUGE - 1}/${HUGE}`);
    assert.deepEqual(far.bytes, Buffer.alloc(3));
  });

  it('answers a range past the end with 416, and ignores ranges it does not serve', async () => {
    const { handler } = await setup();
    const size = koffie.length;
    for (const value of [`bytes=${size}-`, 'bytes=99999999-', 'bytes=-0']) {
      const res = await handler(
        new Request('kiosk://app/media/images/koffie.png', { headers: { range: value } }),
      );
      assert.equal(res.status, 416, value);
      assert.equal(res.headers.get('content-range'), `bytes */${size}`, value);
    }
    // Malformed, reversed, several ranges, another unit: the whole image, as if no Range was sent.
    for (const value of ['bytes=abc', 'bytes=5-2', 'bytes=0-1,4-5', 'items=0-1', 'bytes=', 'bytes=--1']) {
      const res = await handler(
        new Request('kiosk://app/media/images/koffie.png', { headers: { range: value } }),
      );
      assert.equal(res.status, 200, value);
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), koffie, value);
    }
    // If-Range: we give no validators, so a conditional range always gets the whole file.
    const conditional = await handler(
      new Request('kiosk://app/media/images/koffie.png', {
        headers: { range: 'bytes=0-7', 'if-range': '"x"' },
      }),
    );
    assert.equal(conditional.status, 200);
  });

  it('answers other methods with 405 and the methods it allows, and sends no CORS header', async () => {
    const { handler } = await setup();
    for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      for (const p of ['/', '/api/kiosk', '/api/events', '/media/images/koffie.png', '/nope']) {
        const res = await handler(
          new Request(`http://127.0.0.1:8377${p}`, {
            method,
            headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
          }),
        );
        assert.equal(res.status, 405, `${method} ${p}`);
        assert.equal(res.headers.get('allow'), 'GET, HEAD', `${method} ${p}`);
        assert.deepEqual(
          [...res.headers.keys()].filter((k) => k.startsWith('access-control-')),
          [],
          `${method} ${p}`,
        );
      }
    }
  });

  it('answers a cross-origin GET without any Access-Control header', async () => {
    const { handler } = await setup({ staffStatus: () => Promise.resolve({} as never) });
    for (const p of ['/', '/api/kiosk', '/api/status', '/media/images/koffie.png']) {
      const res = await handler(
        new Request(`http://127.0.0.1:8377${p}`, { headers: { origin: 'https://evil.example' } }),
      );
      assert.equal(res.status, 200, p);
      assert.deepEqual(
        [...res.headers.keys()].filter((k) => k.startsWith('access-control-')),
        [],
        p,
      );
    }
  });

  it('marks every answer, errors and ranges included, as same-origin only and not to be sniffed', async () => {
    const { handler } = await setup({ staffStatus: () => Promise.reject(new Error('kapot')) });
    const cases: [string, RequestInit, number][] = [
      ['/', {}, 200],
      ['/api/kiosk', {}, 200],
      ['/media/images/koffie.png', {}, 200],
      ['/media/images/koffie.png', { headers: { range: 'bytes=0-1' } }, 206],
      ['/media/images/koffie.png', { headers: { range: 'bytes=999999-' } }, 416],
      ['/media/images/nope.png', {}, 404],
      ['/%zz', {}, 400],
      ['/api/kiosk', { method: 'POST' }, 405],
      ['/api/status', {}, 500],
    ];
    for (const [p, init, status] of cases) {
      const res = await handler(new Request(`kiosk://app${p}`, init));
      assert.equal(res.status, status, p);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin', `${status} ${p}`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${status} ${p}`);
    }
  });

  it('answers an internal failure with a bare 500: no message, no path, no stack', async () => {
    const failing = () =>
      Promise.reject(new Error(`EACCES: permission denied, open '/home/kiosk/.config/buurtkiosk/store'`));
    const { handler } = await setup({ staffStatus: failing });
    const res = await statusOf(handler, 'kiosk://app/api/status');
    assert.equal(res.status, 500);
    assert.doesNotMatch(res.body, INTERNALS);
    assert.doesNotMatch(res.body, /EACCES|buurtkiosk\/store/);
  });

  it('answers long-polls beyond the limit at once with 503, and keeps serving the rest', async () => {
    const { state, handler } = await setup({ longPollMs: 60_000, maxLongPolls: 4 });
    const poll = () =>
      handler(new Request(`kiosk://app/api/events?boot=${state.boot}&since=${state.revision}`));
    const waiting = Array.from({ length: 4 }, poll);
    for (let i = 0; i < 3; i++) {
      const extra = await poll();
      assert.equal(extra.status, 503);
      assert.ok(extra.headers.get('retry-after'));
    }
    assert.equal((await handler(new Request('kiosk://app/api/kiosk'))).status, 200);
    state.setNotice(null);
    for (const res of await Promise.all(waiting)) {
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as KioskEvent).revision, 2);
    }
    // Answered polls free their places.
    const again = poll();
    state.setNotice(null);
    assert.equal((await again).status, 200);
  });
});

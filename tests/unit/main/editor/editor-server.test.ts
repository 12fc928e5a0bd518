/**
 * `buurtkiosk edit` on real sockets, against the same attacks as `serve`: another Host (DNS
 * rebinding), an absolute URL in the request line, TRACE and friends, broken escapes, CORS, and
 * special files in the folder it edits.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TOKEN_HEADER } from '../../../../main/editor/editor-handler';
import { startEditorServer, type EditorServer } from '../../../../main/editor/editor-server';
import { sampleContentDir } from '../../../../main/paths';
import { requestWithHost } from '../../../support/raw-http';

process.env.BUURTKIOSK_QUIET ??= '1';
const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-server-'));
const folder = path.join(root, 'buurtkiosk');
let server: EditorServer;
let port: number;
let token: string;

before(async () => {
  cpSync(sampleContentDir, folder, { recursive: true });
  execFileSync('mkfifo', [path.join(folder, 'images', 'fifo.png')]);
  server = await startEditorServer({
    dir: root,
    editor: { html: '<!doctype html>beheer', csp: "default-src 'none'" },
  });
  const url = new URL(server.url);
  port = Number(url.port);
  token = url.searchParams.get('token') ?? '';
});
after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const own = () => `127.0.0.1:${port}`;
const withToken = () => `${TOKEN_HEADER}: ${token}\r\n`;

describe('buurtkiosk edit: the server', () => {
  it('answers its loopback names and refuses any other Host with 421, token or not', async () => {
    for (const host of [own(), `localhost:${port}`, `[::1]:${port}`]) {
      assert.equal((await requestWithHost(port, '/', host)).status, 200, host);
      assert.equal((await requestWithHost(port, '/api/content', host, 'GET', withToken())).status, 200, host);
    }
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost', '']) {
      for (const target of ['/', '/api/content', '/api/images']) {
        const res = await requestWithHost(port, target, host, 'GET', withToken());
        assert.equal(res.status, 421, `${host} ${target}`);
        assert.doesNotMatch(res.body, /Buurt|locations/, `${host} ${target}`);
      }
    }
  });

  it('treats an absolute URL in the request line as the Host it names', async () => {
    const res = await requestWithHost(
      port,
      `http://evil.example:${port}/api/content`,
      own(),
      'GET',
      withToken(),
    );
    assert.equal(res.status, 421);
    const ok = await requestWithHost(port, `http://${own()}/api/content`, own(), 'GET', withToken());
    assert.equal(ok.status, 200);
  });

  it('answers TRACE and other methods with 405 and the methods it allows', async () => {
    for (const method of ['TRACE', 'OPTIONS', 'POST', 'DELETE', 'PATCH']) {
      for (const target of ['/', '/api/content']) {
        const res = await requestWithHost(
          port,
          target,
          own(),
          method,
          `${withToken()}X-Probe: geheim-123\r\n`,
        );
        assert.equal(res.status, 405, `${method} ${target}`);
        assert.ok(res.headers.get('allow'), `${method} ${target}`);
        assert.doesNotMatch(res.body, /geheim-123/);
      }
    }
    assert.equal(
      (await requestWithHost(port, '/', own(), 'PUT', withToken())).headers.get('allow'),
      'GET, HEAD',
    );
  });

  it('answers broken escapes and encoded separators with 400', async () => {
    for (const target of [
      '/%',
      '/api/%zz',
      '/api/media/%',
      '/api/media/images%2fkoffie.png',
      '/api/media/..%5ccontent.json',
    ]) {
      const res = await requestWithHost(port, target, own(), 'GET', withToken());
      assert.equal(res.status, 400, target);
      assert.doesNotMatch(res.body, /URIError|malformed|\n\s+at /, target);
    }
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const cors = 'Origin: https://evil.example\r\nAccess-Control-Request-Method: PUT\r\n';
    for (const [method, target] of [
      ['OPTIONS', '/api/content'],
      ['GET', '/api/content'],
      ['GET', '/'],
    ] as const) {
      const res = await requestWithHost(port, target, own(), method, `${cors}${withToken()}`);
      assert.deepEqual(
        [...res.headers.keys()].filter((k) => k.startsWith('access-control-')),
        [],
        target,
      );
    }
  });

  it('refuses a FIFO named like an image at once, and keeps serving', { timeout: 20_000 }, async () => {
    const fifos = await Promise.all(
      Array.from({ length: 6 }, () =>
        requestWithHost(port, '/api/media/images/fifo.png', own(), 'GET', withToken()),
      ),
    );
    for (const res of fifos) assert.equal(res.status, 404);
    const images = await requestWithHost(port, '/api/images', own(), 'GET', withToken());
    assert.deepEqual(JSON.parse(images.body), ['images/koffie.png']);
  });
});

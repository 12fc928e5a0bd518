import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EditorFolder } from '../../../../main/editor/editor-folder';
import { TOKEN_HEADER, createEditorHandler } from '../../../../main/editor/editor-handler';
import type { Handler } from '../../../../main/server/handler';

const dataDir = new URL('../../../../data/', import.meta.url).pathname;
const PORT = 4321;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOKEN = 'geheim-token-123';
const PNG = readFileSync(path.join(dataDir, 'images', 'koffie.png'));

let dir: string;
let outside: string;
let handle: Handler;

function request(route: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set(TOKEN_HEADER, init.token ?? TOKEN);
  return handle(new Request(`${ORIGIN}${route}`, { ...init, headers }));
}

const put = (route: string, body: BodyInit, type: string, extra: Record<string, string> = {}) =>
  request(route, { method: 'PUT', body, headers: { 'content-type': type, origin: ORIGIN, ...extra } });

describe('buurtkiosk edit: the handler', () => {
  before(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-'));
    dir = path.join(root, 'buurtkiosk');
    outside = path.join(root, 'elders');
    cpSync(dataDir, dir, { recursive: true });
    cpSync(dataDir, outside, { recursive: true });
    const folder = await EditorFolder.open(root);
    handle = createEditorHandler({
      folder,
      token: TOKEN,
      html: '<!doctype html>beheer',
      csp: "default-src 'none'",
    });
  });
  after(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('opens the buurtkiosk folder when given the stick root', async () => {
    const res = await request('/api/folder');
    assert.deepEqual(await res.json(), { name: 'buurtkiosk' });
  });

  it('serves the page under its own CSP, framing forbidden', async () => {
    const res = await request('/', { token: null });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    assert.equal(await res.text(), '<!doctype html>beheer');
  });

  it('refuses every API call without the token, or with a wrong one', async () => {
    assert.equal((await request('/api/content', { token: null })).status, 403);
    assert.equal((await request('/api/content', { token: 'geheim-token-124' })).status, 403);
    assert.equal((await request('/api/content')).status, 200);
  });

  it('refuses cross-site fetches', async () => {
    assert.equal(
      (await request('/api/content', { headers: { 'sec-fetch-site': 'cross-site' } })).status,
      403,
    );
  });

  it('refuses a write from another origin even with the token', async () => {
    const text = readFileSync(path.join(dir, 'content.json'), 'utf8');
    const res = await put('/api/content', text, 'application/json', { origin: 'http://evil.example' });
    assert.equal(res.status, 403);
  });

  it('lists and serves the folder images, nothing outside it', async () => {
    assert.deepEqual(await (await request('/api/images')).json(), ['images/koffie.png']);
    const img = await request('/api/media/images/koffie.png');
    assert.equal(img.headers.get('content-type'), 'image/png');
    assert.equal((await request('/api/media/..%2Felders%2Fimages%2Fkoffie.png')).status, 400);
    assert.equal((await request('/api/media/content.json')).status, 404);
  });

  it('writes valid content.json atomically and leaves no temporary file', async () => {
    const content = JSON.parse(readFileSync(path.join(dir, 'content.json'), 'utf8')) as { title: string };
    content.title = 'Nieuwe titel';
    const res = await put('/api/content', JSON.stringify(content), 'application/json');
    assert.equal(res.status, 200);
    assert.equal(
      (JSON.parse(readFileSync(path.join(dir, 'content.json'), 'utf8')) as { title: string }).title,
      'Nieuwe titel',
    );
    const leftovers = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });

  it('refuses invalid content with every problem, and keeps the old file', async () => {
    const before = readFileSync(path.join(dir, 'content.json'), 'utf8');
    const broken = before.replace('"09:00"', '"9 uur"');
    const res = await put('/api/content', broken, 'application/json');
    assert.equal(res.status, 422);
    const body = (await res.json()) as { problems: { path: string }[] };
    assert.deepEqual(
      body.problems.map((p) => p.path),
      ['locations[0].hours.thursday[0].from'],
    );
    assert.equal(readFileSync(path.join(dir, 'content.json'), 'utf8'), before);
  });

  it('refuses content naming an image that is not in the folder', async () => {
    const text = readFileSync(path.join(dir, 'content.json'), 'utf8').replace(
      'images/koffie.png',
      'images/weg.png',
    );
    const res = await put('/api/content', text, 'application/json');
    assert.equal(res.status, 422);
    assert.match(JSON.stringify(await res.json()), /activities\[\d\]\.image/);
  });

  it('writes a real photo into images/ and nothing else', async () => {
    assert.equal((await put('/api/media/images/nieuw.png', PNG, 'image/png')).status, 200);
    assert.ok(existsSync(path.join(dir, 'images', 'nieuw.png')));
    assert.equal(
      (await put('/api/media/images/nep.jpg', PNG, 'image/jpeg')).status,
      400,
      'PNG bytes named .jpg',
    );
    assert.equal((await put('/api/media/images/tekst.png', 'hallo', 'image/png')).status, 400);
    assert.equal((await put('/api/media/content.png', PNG, 'image/png')).status, 400, 'only inside images/');
    assert.equal((await put('/api/media/images/sub%2F..%2F..%2Fx.png', PNG, 'image/png')).status, 400);
    assert.equal((await put('/api/media/images/script.svg', '<svg/>', 'image/svg+xml')).status, 400);
  });

  it('refuses to write through an images/ link that leads out of the folder', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-link-'));
    try {
      writeFileSync(path.join(root, 'content.json'), readFileSync(path.join(dataDir, 'content.json')));
      symlinkSync(outside, path.join(root, 'images'));
      const folder = await EditorFolder.open(root);
      assert.equal(await folder.writeImage('images/x.png', PNG), 'de map images/ wijst buiten de map');
      assert.ok(!existsSync(path.join(outside, 'x.png')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a body over the size cap without reading it all', async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(PNG.subarray(0, 16));
    assert.equal((await put('/api/media/images/groot.png', big, 'image/png')).status, 413);
  });

  it('answers only GET and PUT', async () => {
    assert.equal((await request('/api/content', { method: 'DELETE' })).status, 405);
    assert.equal(
      (await request('/api/content', { method: 'POST', headers: { origin: ORIGIN } })).status,
      405,
    );
  });
});

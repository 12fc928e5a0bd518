import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import type { KioskEvent, KioskPayload } from '../../../../core/api';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { KioskState } from '../../../../main/kiosk-state';
import { loadSampleContent } from '../../../../main/kiosk';
import { createHandler } from '../../../../main/server/handler';
import { cancelUnreadBodies, closingUnread } from '../../../support/request-fixtures';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-handler-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const rendererDir = path.join(tmp, 'renderer');
mkdirSync(rendererDir);
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(path.join(rendererDir, 'other.html'), '<!doctype html><title>o</title>');
writeFileSync(path.join(rendererDir, 'app.js'), 'export {};');
writeFileSync(path.join(tmp, 'secret.png'), 'secret');

async function setup(longPollMs = 200) {
  const bundle = await loadSampleContent();
  const state = new KioskState(bundle, resolveRendererConfig({ location: 'bijloke' }));
  const handler = closingUnread(createHandler({ state, rendererDir, buildDate: '2026-11-01', longPollMs }));
  const get = (p: string) => handler(new Request(`http://127.0.0.1${p}`));
  return { state, handler, get };
}

afterEach(cancelUnreadBodies);

describe('request handler', () => {
  it('sends the strict CSP with every HTML page, and not a remote origin in it', async () => {
    const { get } = await setup();
    for (const p of ['/', '/index.html', '/other.html']) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, p);
      assert.match(csp, /script-src 'self'(;|$)/, p);
      assert.doesNotMatch(csp, /https?:|unsafe-inline|unsafe-eval/, p);
    }
  });

  it('serves the payload with content, config and build date', async () => {
    const { get } = await setup();
    const payload = (await (await get('/api/kiosk')).json()) as KioskPayload;
    assert.equal(payload.content.locations.length, 2);
    assert.equal(payload.config.location, 'bijloke');
    assert.equal(payload.buildDate, '2026-11-01');
    assert.match(payload.version, /^[0-9a-f]{16}$/);
  });

  it('serves content images and nothing outside the content folder', async () => {
    const { get } = await setup();
    const ok = await get('/media/images/koffie.png');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'image/png');
    for (const p of [
      '/media/../secret.png',
      '/media/%2e%2e/%2e%2e/package.json',
      '/media/content.json',
      '/media/images/nope.png',
    ]) {
      assert.equal((await get(p)).status, 404, p);
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    symlinkSync(path.join(tmp, 'secret.png'), path.join(rendererDir, 'link.png'));
    const { get } = await setup();
    assert.equal((await get('/link.png')).status, 404);
  });

  it('answers a long-poll as soon as the revision moves on', async () => {
    const { state, get } = await setup();
    const pending = get(`/api/events?boot=${state.boot}&since=${state.revision}`);
    state.setNotice({ kind: 'import-ok', title: 't', details: [], at: new Date().toISOString() });
    const event = (await (await pending).json()) as KioskEvent;
    assert.equal(event.revision, 2);
  });

  it('answers a long-poll with the same revision after its timeout', async () => {
    const { state, get } = await setup();
    const quiet = (await (await get(`/api/events?boot=${state.boot}&since=1`)).json()) as KioskEvent;
    assert.equal(quiet.revision, 1);
  });

  it(
    'answers a long-poll from another boot at once, not after its timeout',
    { timeout: 10_000 },
    async () => {
      const { state, get } = await setup(60_000); // an answer only at the timeout fails the test's own
      const other = (await (await get('/api/events?boot=old&since=9')).json()) as KioskEvent;
      assert.equal(other.boot, state.boot);
    },
  );

  it('refuses writes', async () => {
    const { handler } = await setup();
    const res = await handler(new Request('http://127.0.0.1/api/kiosk', { method: 'POST', body: '{}' }));
    assert.equal(res.status, 405);
  });
});

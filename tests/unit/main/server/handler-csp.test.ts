/**
 * Every HTML response of the handler carries the strict CSP, whichever way it is asked for: through
 * Electron's kiosk://app origin or the browser host, GET or HEAD, odd spellings of the path. And the
 * page's own <meta> CSP is no weaker than the header.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { KioskState } from '../../../../main/kiosk-state';
import { loadSampleContent } from '../../../../main/kiosk';
import { createHandler } from '../../../../main/server/handler';
import { CONTENT_SECURITY_POLICY } from '../../../../main/server/security-headers';
import { cspDirectives } from '../../../support/csp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-csp-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const rendererDir = path.join(tmp, 'renderer');
mkdirSync(path.join(rendererDir, 'sub'), { recursive: true });
cpSync(path.join(root, 'renderer', 'index.html'), path.join(rendererDir, 'index.html'));
writeFileSync(path.join(rendererDir, 'sub', 'page.html'), '<!doctype html><title>sub</title>');
writeFileSync(path.join(rendererDir, 'app.js'), 'export {};');

describe('CSP on every HTML response', () => {
  it('is on each HTML page via kiosk://app and 127.0.0.1, for GET and HEAD', async () => {
    const bundle = await loadSampleContent();
    const handler = createHandler({
      state: new KioskState(bundle, resolveRendererConfig()),
      rendererDir,
      buildDate: '2026-11-01',
    });
    const paths = [
      '/',
      '/index.html',
      '/index.html?x=1#top',
      '/%69ndex.html',
      '/INDEX.HTML',
      '/sub/page.html',
    ];
    let html = 0;
    for (const origin of ['kiosk://app', 'http://127.0.0.1:8377']) {
      for (const p of paths) {
        for (const method of ['GET', 'HEAD']) {
          const res = await handler(new Request(`${origin}${p}`, { method }));
          const where = `${method} ${origin}${p}`;
          if (res.status === 404) continue; // case-sensitive file systems: /INDEX.HTML does not exist
          assert.equal(res.status, 200, where);
          assert.match(res.headers.get('content-type') ?? '', /^text\/html/, where);
          assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, where);
          html++;
        }
      }
    }
    assert.ok(html >= 20, `only ${html} HTML responses checked`);
    const js = await handler(new Request('kiosk://app/app.js'));
    assert.equal(js.headers.get('content-security-policy'), null);
  });

  it('allows nothing but our own origin: no inline code, no eval, no remote hosts, no framing', () => {
    const csp = cspDirectives(CONTENT_SECURITY_POLICY);
    assert.equal(csp.get('default-src'), "'self'");
    assert.equal(csp.get('script-src'), "'self'");
    assert.equal(csp.get('style-src'), "'self'");
    assert.equal(csp.get('object-src'), "'none'");
    assert.equal(csp.get('frame-ancestors'), "'none'");
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|https?:|\*|ws:|wss:/);
  });

  it('keeps the meta CSP in index.html as strict as the header, directive by directive', () => {
    const page = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page);
    assert.ok(meta, 'index.html has a CSP meta tag');
    const header = cspDirectives(CONTENT_SECURITY_POLICY);
    for (const [name, value] of cspDirectives(meta[1]!)) {
      assert.equal(value, header.get(name), name);
    }
    // frame-ancestors cannot be set by <meta>; everything else the header sets, the meta sets too.
    const missing = [...header.keys()].filter(
      (k) => k !== 'frame-ancestors' && !cspDirectives(meta[1]!).has(k),
    );
    assert.deepEqual(missing, []);
  });
});

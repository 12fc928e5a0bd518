/**
 * The page the kiosk starts from (scripts/index-page.mjs, main/server/embed-payload.ts): one request
 * brings the styles and the content, the fonts and app.js are asked for at once, and the CSP allows
 * exactly the inline code the build put there, in the page's <meta> and in the handler's header alike.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { EMBEDDED_PAYLOAD_ID, type KioskPayload } from '../../../../core/api';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { KioskState } from '../../../../main/kiosk-state';
import { loadSampleContent } from '../../../../main/kiosk';
import { rendererDistDir } from '../../../../main/paths';
import { embedPayload, scriptSafeJson } from '../../../../main/server/embed-payload';
import { createHandler } from '../../../../main/server/handler';
import { readInlineHashes } from '../../../../main/server/inline-hashes';
import { CONTENT_SECURITY_POLICY } from '../../../../main/server/security-headers';
import { cspDirectives } from '../../../support/csp';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-index-page-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The payload embedded in a served page, as the renderer reads it. */
function embeddedPayload(html: string): KioskPayload {
  const match = new RegExp(
    `<script type="application/json" id="${EMBEDDED_PAYLOAD_ID}"[^>]*>([^<]*)</script>`,
  ).exec(html);
  assert.ok(match, 'the page carries the payload');
  return JSON.parse(match[1]!) as KioskPayload;
}

async function handlerOver(rendererDir: string) {
  const state = new KioskState(await loadSampleContent(), resolveRendererConfig({ location: 'bijloke' }));
  return { state, handler: createHandler({ state, rendererDir, buildDate: '2026-11-01' }) };
}

describe('the built index.html', () => {
  const page = path.join(rendererDistDir, 'index.html');

  it('exists (npm run build)', () => {
    assert.ok(existsSync(page), `${page} is missing: run npm run build`);
  });

  it('inlines app.css with the Latin fonts, preloads the chunks app.js imports, and starts empty', () => {
    const html = readFileSync(page, 'utf8');
    assert.doesNotMatch(html, /href="app\.css"/);
    assert.match(html, /<style>[\s\S]*@font-face[\s\S]*<\/style>/);
    // The two Latin weights come with the page, so its first paint is in the final font.
    assert.equal([...html.matchAll(/url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\)/g)].length, 2);
    assert.doesNotMatch(html, /atkinson-hyperlegible-latin-(400|700)-normal/);
    assert.doesNotMatch(html, /rel="preload"/);
    // The rarer characters stay files, fetched only when a text needs them.
    for (const weight of ['400', '700']) {
      const font = `fonts/atkinson-hyperlegible-latin-ext-${weight}-normal.woff2`;
      assert.match(html, new RegExp(font.replace(/[.]/g, '\\.')));
      assert.ok(existsSync(path.join(rendererDistDir, font)), font);
    }
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(preloads.length > 0, 'app.js imports a shared chunk');
    const app = readFileSync(path.join(rendererDistDir, 'app.js'), 'utf8');
    for (const chunk of preloads) {
      assert.ok(app.includes(`./${chunk}`), `${chunk} is imported by app.js`);
      assert.ok(existsSync(path.join(rendererDistDir, chunk)), chunk);
    }
    // The request for app.js leaves before the big inline style is parsed.
    assert.ok(html.indexOf('src="app.js"') < html.indexOf('<style>'));
    assert.match(html, /<kiosk-app><\/kiosk-app>/);
  });

  it('lists the hash of every inline script and style, and nothing else, in csp-hashes.json and the meta CSP', () => {
    const html = readFileSync(page, 'utf8');
    const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes = '']) => !attributes.includes('src='))
      .map(([, , text]) => sha(text!));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => sha(text!));
    assert.equal(styles.length, 1);
    assert.ok(scripts.length >= 1);
    assert.deepEqual(readInlineHashes(rendererDistDir), { scripts, styles });
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    assert.ok(meta);
    const policy = cspDirectives(meta[1]!);
    assert.equal(policy.get('script-src'), ["'self'", ...scripts].join(' '));
    assert.equal(policy.get('style-src'), ["'self'", ...styles].join(' '));
    assert.doesNotMatch(meta[1]!, /unsafe-|https?:|\*/);
  });

  it('is served with the payload and a header CSP equal to its meta CSP (frame-ancestors aside)', async () => {
    const { handler } = await handlerOver(rendererDistDir);
    const res = await handler(new Request('kiosk://app/'));
    const html = await res.text();
    const header = cspDirectives(res.headers.get('content-security-policy') ?? '');
    const meta = cspDirectives(
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!,
    );
    header.delete('frame-ancestors');
    assert.deepEqual(meta, header);
    assert.equal(embeddedPayload(html).config.location, 'bijloke');
  });
});

describe('the payload in the page', () => {
  it('is the current one: after a change, the next load carries the new revision', async () => {
    const dir = path.join(tmp, 'renderer');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body></body></html>',
    );
    const { state, handler } = await handlerOver(dir);
    const first = embeddedPayload(await (await handler(new Request('http://127.0.0.1/'))).text());
    const api = (await (await handler(new Request('http://127.0.0.1/api/kiosk'))).json()) as KioskPayload;
    assert.deepEqual(first, api);
    state.setNotice({
      kind: 'import-ok',
      title: 'Nieuwe inhoud geladen',
      details: [],
      at: '2026-11-27T10:00:00Z',
    });
    const second = embeddedPayload(await (await handler(new Request('http://127.0.0.1/index.html'))).text());
    assert.ok(second.revision > first.revision);
    assert.equal(second.notice?.title, 'Nieuwe inhoud geladen');
    // No inline code in this page, so no hashes: the policy stays the plain 'self' one.
    const res = await handler(new Request('http://127.0.0.1/'));
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('cannot end its script element early, whatever the content says', () => {
    const hostile = { title: '</script><script>alert(1)</script><!--', n: 1 };
    const json = scriptSafeJson(hostile);
    assert.doesNotMatch(json, /</);
    assert.deepEqual(JSON.parse(json), hostile);
    const html = embedPayload(
      '<html><head></head><body></body></html>',
      hostile as unknown as KioskPayload,
      1,
    );
    assert.equal((html.match(/<\/script>/g) ?? []).length, 1);
    assert.equal(html.indexOf('</head>') > html.indexOf('</script>'), true);
  });

  it('leaves a page without a head alone', () => {
    const html = '<p>geen head</p>';
    assert.equal(embedPayload(html, {} as KioskPayload, 1), html);
  });
});

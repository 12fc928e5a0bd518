import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isKioskAppUrl, KIOSK_START_URL } from '../../../../main/electron/kiosk-url';
import {
  navigationDecision,
  dataUrlsNamedIn,
  requestDecision,
} from '../../../../main/electron/navigation-policy';
import { rendererDistDir } from '../../../../main/paths';

const OWN = [
  KIOSK_START_URL,
  'kiosk://app/index.html',
  'kiosk://app/api/events?boot=a&since=3',
  'kiosk://app/#x',
];

// Each of these starts with, contains or resembles the kiosk origin, or is a classic escape.
const FOREIGN = [
  'kiosk://app.evil/',
  'kiosk://app@evil/',
  'kiosk://app:pw@app/',
  'kiosk://evil@app/',
  'kiosk://app:8080/',
  'kiosk://app./',
  'kiosk://evil/app/',
  'kiosk://apps/',
  'kiosk:app/',
  'kiosk:///app/',
  'kiosk://app\\@evil/',
  'KIOSK://evil/',
  'javascript:alert(1)',
  'javascript://app/%0aalert(1)',
  'file:///etc/passwd',
  'file://app/',
  'http://app/',
  'https://kiosk.app/',
  'https://www.facebook.com/profile.php?id=100088118940159',
  'about:blank',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'data:text/html,<script>alert(1)</script>',
  '',
  'not a url',
  '//app/',
];

describe('navigation policy', () => {
  it('lets the window move between its own pages', () => {
    for (const url of OWN) assert.equal(navigationDecision(url), 'allow', url);
  });

  it('denies every look-alike and every other scheme', () => {
    for (const url of FOREIGN) {
      assert.equal(isKioskAppUrl(url), false, url);
      assert.equal(navigationDecision(url), 'deny', url);
    }
  });

  it('lets requests reach only its own origin and the data: URLs the page names, no other data: or blob: URL', () => {
    const named = new Set(['data:,', 'data:font/woff2;base64,d09GMgABAAAA']);
    for (const url of OWN) assert.equal(requestDecision(url, named), 'allow', url);
    assert.equal(requestDecision('data:,', named), 'allow');
    assert.equal(requestDecision('data:font/woff2;base64,d09GMgABAAAA', named), 'allow');
    for (const url of [
      ...FOREIGN,
      'data:image/png;base64,iVBORw0KGgo=',
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
      'data:font/woff2;base64,d09GMgABAAAB',
      'data:text/html,<script>alert(1)</script>',
      'data:,x',
      'DATA:,',
      'blob:kiosk://app/5f0c6d2e-1b7a-4c39-9d7e-0a1b2c3d4e5f',
      'blob:https://evil.example/5f0c',
      'blob:null/5f0c',
      'filesystem:kiosk://app/temporary/x',
    ]) {
      assert.equal(requestDecision(url, named), 'deny', url);
    }
  });

  it('finds in the built page the empty icon and its inline fonts, and no other data: URL', () => {
    // app.css is inlined into index.html: its url(...)s are in the page too.
    const page = readFileSync(path.join(rendererDistDir, 'index.html'), 'utf8');
    const named = [...dataUrlsNamedIn(page)];
    assert.ok(named.includes('data:,'), 'the empty icon');
    const others = named.filter((url) => url !== 'data:,');
    assert.ok(others.length > 0, 'the inline fonts');
    for (const url of others) assert.match(url, /^data:font\/woff2;base64,[A-Za-z0-9+/=]+$/);
  });

  it('reads data: URLs from src, href and CSS url(), quoted or not', () => {
    const page = `<link rel="icon" href="data:,"><img src="data:image/png;base64,AA==">
      <style>@font-face { src: url('data:font/woff2;base64,BB==') } .x { background: url(data:image/gif;base64,CC==) }</style>`;
    assert.deepEqual(
      [...dataUrlsNamedIn(page)],
      ['data:,', 'data:image/png;base64,AA==', 'data:font/woff2;base64,BB==', 'data:image/gif;base64,CC=='],
    );
  });
});

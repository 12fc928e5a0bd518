import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKioskAppUrl, KIOSK_START_URL } from '../../../../main/electron/kiosk-url';
import {
  navigationDecision,
  requestDecision,
  webviewDecision,
  windowOpenDecision,
} from '../../../../main/electron/navigation-policy';

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

  it('opens no second window and no webview, not even for its own pages', () => {
    for (const url of [...OWN, ...FOREIGN]) {
      assert.equal(windowOpenDecision(url), 'deny', url);
      assert.equal(webviewDecision(url), 'deny', url);
    }
  });

  it('lets requests reach only its own origin, data: URLs and its own blobs', () => {
    for (const url of OWN) assert.equal(requestDecision(url), 'allow', url);
    assert.equal(requestDecision('data:image/png;base64,iVBORw0KGgo='), 'allow');
    assert.equal(requestDecision('blob:kiosk://app/5f0c6d2e-1b7a-4c39-9d7e-0a1b2c3d4e5f'), 'allow');
    assert.equal(requestDecision('blob:https://evil.example/5f0c'), 'deny');
    for (const url of FOREIGN.filter((u) => !u.startsWith('data:'))) {
      assert.equal(requestDecision(url), 'deny', url);
    }
  });
});

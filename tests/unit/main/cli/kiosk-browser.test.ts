/**
 * The Chromium fallback of `buurtkiosk start`: its temporary profile is removed when Chromium exits,
 * whether it closes by itself or is asked to. A small script stands in for Chromium.
 */
import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { launchKioskBrowser } from '../../../../main/cli/kiosk-browser';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-chromium-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for Chromium: writes into its profile like Chromium does, then exits or waits. */
function fakeChromium(name: string, waitForKill: boolean): string {
  const file = path.join(tmp, name);
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('node:fs');
const dir = process.argv.find((a) => a.startsWith('--user-data-dir=')).slice('--user-data-dir='.length);
fs.mkdirSync(dir + '/Default', { recursive: true });
fs.writeFileSync(dir + '/Default/Preferences', '{}');
fs.writeFileSync(dir + '/../${name}.args', JSON.stringify(process.argv.slice(2)));
${waitForKill ? 'setInterval(() => {}, 1000);' : ''}
`,
  );
  chmodSync(file, 0o755);
  return file;
}

const profilesIn = (root: string) => readdirSync(root).filter((n) => n.startsWith('buurtkiosk-chromium-'));

describe('the Chromium fallback', () => {
  it('removes its temporary profile when Chromium exits by itself', async () => {
    const root = mkdtempSync(path.join(tmp, 'root-'));
    const browser = launchKioskBrowser(fakeChromium('closes', false), 'http://127.0.0.1:8377/', root);
    assert.ok(existsSync(browser.profile));
    assert.equal(await browser.exited, 0);
    assert.equal(existsSync(browser.profile), false);
    assert.deepEqual(profilesIn(root), []);
  });

  it('removes it when asked to stop (Ctrl-C), after Chromium wrote into it', async () => {
    const root = mkdtempSync(path.join(tmp, 'root-'));
    const browser = launchKioskBrowser(fakeChromium('waits', true), 'http://127.0.0.1:8377/', root);
    while (!existsSync(path.join(browser.profile, 'Default', 'Preferences'))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    browser.stop();
    await browser.exited;
    assert.deepEqual(profilesIn(root), []);
  });

  it('starts Chromium in kiosk mode on the address, without background traffic', async () => {
    const root = mkdtempSync(path.join(tmp, 'root-'));
    const browser = launchKioskBrowser(fakeChromium('args', false), 'http://127.0.0.1:8377/', root);
    await browser.exited;
    const args = JSON.parse(readFileSync(path.join(root, 'args.args'), 'utf8')) as string[];
    assert.ok(args.includes('--app=http://127.0.0.1:8377/'));
    assert.ok(args.includes('--kiosk'));
    assert.ok(args.includes('--disable-background-networking'));
  });

  it('removes the profile also when Chromium cannot start at all', async () => {
    const root = mkdtempSync(path.join(tmp, 'root-'));
    const browser = launchKioskBrowser(path.join(tmp, 'geen-chromium'), 'http://127.0.0.1:8377/', root);
    assert.equal(await browser.exited, null);
    assert.deepEqual(profilesIn(root), []);
  });
});

/**
 * Network updates end to end, with a real nginx on 127.0.0.1 serving what `buurtkiosk publish`
 * wrote, a kiosk checking it every 5 seconds, and Chromium showing the screen and the staff view.
 * One story, in order: v1, v2, a swapped file, a missing signature, the server gone, an old
 * publication put back. nginx's access log is how requests are counted.
 */
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { NetworkResult } from '../../core/update/network-status';
import { test, expect } from '../support/fixtures';
import { startTestKiosk, type TestKiosk } from '../support/kiosk-server';
import { nginxMissing, startNginx, type Nginx } from '../support/nginx';
import { minutesAgo, publishTo, type PublishInput } from '../support/publication';
import { makeSigner, type TestSigner } from '../support/signing';
import { pngImage } from '../support/test-images';
import { sampleStickContent, tempFolder } from '../support/usb-stick';

const missing = nginxMissing();
test.skip(missing !== null, `network e2e skipped: ${missing ?? ''}`);

const INTERVAL_SECONDS = 5;
const MANIFEST = '/buurtkiosk/ondertekening.json';

let tmp: { dir: string; remove(): void };
let nginx: Nginx;
let kiosk: TestKiosk;

test.beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-e2e-network-');
  nginx = await startNginx();
});
test.afterEach(async () => {
  await kiosk?.close();
  await nginx.remove();
  tmp.remove();
});

const header = (page: Page) => page.locator('kiosk-header h1');

function content(title: string, image?: string) {
  const c = { ...sampleStickContent(), title };
  const first = c.activities?.[0];
  if (image && first) c.activities = [...(c.activities ?? []), { ...first, title: 'Met foto', image }];
  return c;
}

/** Generous: a loaded CI machine is slow; how many checks it took is asserted from nginx's log. */
const WAIT = { timeout: 60_000 };

/** Waits (without a fixed sleep) until the kiosk's last check came to `result`. */
async function lastResult(result: NetworkResult): Promise<void> {
  await expect.poll(() => kiosk.network.updater?.lastCheck?.result, WAIT).toBe(result);
}

/**
 * Publishes beside `pub`, lets `spoil` break the publication there, and only then puts it in place.
 * Spoiled in place, a check between the publish and the spoiling could take the whole one first.
 */
async function publishSpoiled(
  signer: TestSigner,
  pub: string,
  input: PublishInput,
  spoil: (folder: string) => void,
): Promise<void> {
  const side = `${pub}-bouw`;
  await publishTo(signer, side, input);
  spoil(side);
  renameSync(pub, `${pub}-oud`);
  renameSync(side, pub);
  rmSync(`${pub}-oud`, { recursive: true, force: true });
}

/** Opens (or refreshes) the staff view, once its element (loaded after the first frame) is there. */
async function openStaffView(page: Page) {
  await page.waitForFunction(() => customElements.get('kiosk-staff-view') !== undefined);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const view = page.locator('[data-staff-view]');
  await expect(view).toBeVisible();
  return view;
}

/** The staff view's line about the last network check. */
async function staffNetworkResult(page: Page) {
  return (await openStaffView(page)).locator('[data-staff-network-result]');
}

test('a screen follows signed publications on nginx and refuses everything else', async ({ page }) => {
  test.setTimeout(300_000);
  const signer = await makeSigner(tmp.dir);
  const pub = path.join(nginx.root, 'buurtkiosk');
  kiosk = await startTestKiosk({
    config: {
      updateUrl: `${nginx.origin}buurtkiosk/`,
      updateIntervalSeconds: INTERVAL_SECONDS,
      signingKey: signer.publicKey,
    },
  });
  await page.goto(kiosk.url);

  await test.step('publish v1: the screen shows it', async () => {
    await publishTo(signer, pub, { content: content('Netwerkversie 1'), at: minutesAgo(60) });
    await expect(header(page)).toHaveText('Netwerkversie 1', WAIT);
    cpSync(pub, path.join(tmp.dir, 'v1'), { recursive: true });
  });

  await test.step('publish v2: the very next check takes it, downloading only what changed', async () => {
    const before = nginx.requests().length;
    const photo = pngImage(64, 48, 2);
    await publishTo(signer, pub, {
      content: content('Netwerkversie 2', 'images/nieuw.png'),
      files: { 'images/nieuw.png': photo },
      at: minutesAgo(50),
    });
    await expect(header(page)).toHaveText('Netwerkversie 2', WAIT);
    const since = nginx.requests().slice(before);
    // Within one interval: the first check that saw the new list took it.
    const lists = since.filter((r) => r.path === MANIFEST && r.status === 200);
    expect(lists).toHaveLength(1);
    expect(since.filter((r) => r.path === '/buurtkiosk/images/nieuw.png')).toHaveLength(1);
    expect(since.filter((r) => r.path === '/buurtkiosk/images/koffie.png')).toHaveLength(0);
  });

  await test.step('nothing changes: every check is a 304 and downloads nothing', async () => {
    const before = nginx.requests().length;
    await expect.poll(() => nginx.requests().length - before, WAIT).toBeGreaterThanOrEqual(3);
    const since = nginx.requests().slice(before);
    expect(since.every((r) => r.path === MANIFEST && r.status === 304 && r.bytes === 0)).toBe(true);
  });

  await test.step('a file swapped on the server is refused; v2 stays', async () => {
    const v3 = {
      content: content('Netwerkversie 3', 'images/nieuw.png'),
      files: { 'images/nieuw.png': pngImage(64, 48, 3) },
      at: minutesAgo(40),
    };
    await publishSpoiled(signer, pub, v3, (folder) =>
      writeFileSync(path.join(folder, 'images', 'nieuw.png'), pngImage(64, 48, 99)),
    );
    await lastResult('incomplete');
    await expect(header(page)).toHaveText('Netwerkversie 2');
    await expect(await staffNetworkResult(page)).toContainText('onvolledig op de server');
    await page.keyboard.press('Escape');
  });

  await test.step('the signature missing is refused; v2 stays', async () => {
    await publishSpoiled(signer, pub, { content: content('Netwerkversie 4'), at: minutesAgo(30) }, (folder) =>
      rmSync(path.join(folder, 'ondertekening.sig')),
    );
    await lastResult('unsigned');
    await expect(header(page)).toHaveText('Netwerkversie 2');
  });

  await test.step('the server stopped: v2 stays and the staff view says since when it is unreachable', async () => {
    await nginx.stop();
    await lastResult('unreachable');
    await expect(header(page)).toHaveText('Netwerkversie 2');
    const result = await staffNetworkResult(page);
    await expect(result).toContainText(/niet bereikbaar sinds \d\d:\d\d/);
    await expect(page.locator('[data-staff-network-address]')).toHaveText(`${nginx.origin}buurtkiosk/`);
    await page.keyboard.press('Escape');
  });

  await test.step('an older publication put back is refused; v2 stays', async () => {
    rmSync(pub, { recursive: true, force: true });
    cpSync(path.join(tmp.dir, 'v1'), pub, { recursive: true });
    await nginx.restart();
    await lastResult('older');
    await expect(header(page)).toHaveText('Netwerkversie 2');
    await expect(await staffNetworkResult(page)).toContainText('ouder dan wat op het scherm staat');
    await expect(page.locator('[data-staff-view]')).toContainText(`netwerk ${nginx.origin}buurtkiosk/`);
  });
});

test('without a signing key the screen says network updates are off, and asks nothing', async ({ page }) => {
  kiosk = await startTestKiosk({
    config: { updateUrl: `${nginx.origin}buurtkiosk/`, updateIntervalSeconds: INTERVAL_SECONDS },
  });
  await page.goto(kiosk.url);
  const row = (await openStaffView(page)).locator('[data-staff-network]');
  await expect(row).toHaveAttribute('data-staff-network', 'disabled');
  await expect(row).toContainText('vragen een sleutel');
  expect(kiosk.network.updater).toBeNull();
  expect(nginx.requests().filter((r) => r.path.startsWith('/buurtkiosk/'))).toHaveLength(0);
});

/**
 * The staff view on a screen that asks for signed content: it says whether the content on screen is
 * signed with this screen's key, and, when config.json is broken, that no stick is accepted at all.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importFolder } from '../../main/import/import-folder';
import { signingCheckOf } from '../../main/import/signing-policy';
import { ContentStore } from '../../main/store/content-store';
import { test, expect } from '../support/fixtures';
import { startTestKiosk, type TestKiosk } from '../support/kiosk-server';
import { makeSigner } from '../support/signing';
import { tempFolder, writeStickFolder } from '../support/usb-stick';

const KEY = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
let data: { dir: string; remove(): void };
let kiosk: TestKiosk | null = null;

test.beforeEach(async () => {
  data = tempFolder('buurtkiosk-e2e-signing-');
  // Content imported while no key was set.
  const folder = writeStickFolder(path.join(data.dir, 'stick'));
  await importFolder({
    folder,
    source: 'USB-stick OUD',
    medium: 'stick',
    store: ContentStore.inUserData(data.dir),
  });
});
test.afterEach(async () => {
  await kiosk?.close();
  kiosk = null;
  data.remove();
});

async function openStaffView(page: Page, config: string) {
  writeFileSync(path.join(data.dir, 'config.json'), config);
  kiosk = await startTestKiosk({ userDataDir: data.dir });
  await page.goto(kiosk.url);
  await expect(page.locator('kiosk-header h1')).toBeVisible();
  // The header is drawn on the server; the key works once the staff view (loaded after the first
  // frame) is there.
  await page.waitForFunction(() => customElements.get('kiosk-staff-view') !== undefined);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const view = page.locator('[data-staff-view]');
  await expect(view).toBeVisible();
  return view;
}

test('says the content on screen is not signed, and lists the config problems', async ({ page }) => {
  const view = await openStaffView(page, JSON.stringify({ signingKey: KEY, kleur: 'rood' }, null, 2));
  await expect(view.locator('[data-staff-signing="required"]')).toHaveText(
    'alleen ondertekende inhoud wordt aanvaard',
  );
  await expect(view.locator('[data-staff-shown-signing="unsigned"]')).toContainText('NIET ondertekend');
  await expect(view.locator('[data-staff-config-problems]')).toContainText(
    'regel 3, kleur: onbekend veld "kleur"',
  );
});

test('says no stick is accepted while config.json cannot be read', async ({ page }) => {
  const view = await openStaffView(page, `{ "signingKey": "${KEY}" "location": "bijloke" }`);
  await expect(view.locator('[data-staff-signing="broken"]')).toContainText(
    'GEEN ENKELE stick wordt aanvaard: ondertekening is gevraagd, maar de instellingen (config.json) zijn niet in orde (config.json kan niet gelezen worden als JSON)',
  );
});

test('an accepted signing moment past the kiosk clock: it names the kiosk clock first, then the signing computer', async ({
  page,
}) => {
  // A Pi switched off for days, without a time server, comes back days behind: the content it had
  // taken was signed "later" than its clock now says.
  const signer = await makeSigner(data.dir);
  const folder = writeStickFolder(path.join(data.dir, 'ondertekend'));
  const signedAt = new Date(Date.now() + 3 * 86_400_000);
  await signer.signFolder(folder, signedAt.toISOString());
  const imported = await importFolder({
    folder,
    source: 'USB-stick NIEUW',
    medium: 'stick',
    store: ContentStore.inUserData(data.dir),
    signing: signingCheckOf({ kind: 'key', key: signer.publicKey }),
    now: () => signedAt,
  });
  expect(imported.kind).toBe('imported');
  const view = await openStaffView(page, JSON.stringify({ signingKey: signer.publicKey }));
  // The staff view covers the header's clock: the warning says the kiosk's time itself.
  await expect(view.locator('[data-staff-newest-signed]')).toContainText(
    /dat ligt na de klok van deze kiosk \(hier is het\s+\S+ \d+ \S+ \d{4} om \d+:\d\d\)\. Loopt die achter, zet ze dan juist\.\s+Klopt ze, dan stond de klok van de computer waarop ondertekend werd vooruit/,
  );
});

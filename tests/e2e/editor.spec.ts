/**
 * The staff editor end to end: the served mode (`buurtkiosk edit`) on a copy of the sample folder, the
 * single file opened via file://, the File System Access path (with the picker answered by a folder in
 * the browser's private file system) and the download fallback.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as plainTest, type Page } from '@playwright/test';
import { validateContentText } from '../../core/content/validate';
import { builtEditorFile } from '../../main/editor/built-editor';
import { startEditorServer, type EditorServer } from '../../main/editor/editor-server';
import type { HttpHost } from '../../main/server/http-host';
import {
  jpegSize,
  openStickInBrowser,
  phonePhotoPng,
  runCli,
  servePlainEditor,
} from '../support/editor-support';
import { expect, test } from '../support/fixtures';
import { sampleContent, writeContentDir } from '../support/kiosk-server';
import { makeSigner } from '../support/signing';

// Each test opens a 465 KB page twice (editor and preview frame) and types into live-validated forms.
test.describe.configure({ timeout: 120_000 });

/** Collects console errors and page errors (CSP violations show up as console errors). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('button', { name });
const saveButton = (page: Page) => page.locator('[data-action="save"]');

/** Opens the served editor; parsing the page's one big script can take a while on a busy machine. */
async function openServed(page: Page): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByText('Geopend:')).toContainText(path.basename(folder.dir), { timeout: 30_000 });
}

let folder: { dir: string; remove(): void };
let server: EditorServer;
/** The editor page without `buurtkiosk edit` behind it, for the tests that open the stick in the browser. */
let plainHost: HttpHost | undefined;

test.beforeEach(async () => {
  folder = writeContentDir(sampleContent());
  server = await startEditorServer({ dir: folder.dir });
});

test.afterEach(async () => {
  await plainHost?.close();
  plainHost = undefined;
  await server.close();
  folder.remove();
});

test('adds an activity with a photo, a Christmas closure and new Thursday hours; the folder validates and imports', async ({
  page,
  offlineGuard,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  // Friday 4 December 2026: saving writes today as "updated", and the preview below, set to 9 December,
  // must lie after it. Under the real clock the test failed on every run from 10 December on.
  await page.clock.setFixedTime(new Date('2026-12-04T10:00:00Z'));
  await openServed(page);

  await tab(page, 'Activiteiten').click();
  await page.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
  const card = page.locator('[data-path="activities[0]"]');
  await expect(page.locator('[data-path="activities[0].title"]')).toBeFocused();
  await card.getByLabel('Titel').fill('Kerstmarkt in de buurt');
  await card.getByLabel('Datum', { exact: true }).fill('2026-12-10');
  await card.getByLabel('Van').fill('14:00');
  await card.getByLabel('Tot', { exact: true }).fill('16:30');
  await card.getByLabel('Waar').selectOption('bijloke');
  await card.getByLabel(/Beschrijving/).fill('Warme chocomelk en kerstliedjes.');
  const photo = phonePhotoPng();
  await card
    .getByLabel(/Foto/)
    .setInputFiles({ name: 'Kerstmarkt Foto.png', mimeType: 'image/png', buffer: photo });
  // Decoding and scaling 12 megapixels takes a moment on a slow machine.
  await expect(card.getByRole('img', { name: /Gekozen foto images\/kerstmarkt-foto\.jpg/ })).toBeVisible({
    timeout: 30_000,
  });

  await tab(page, 'Buurtpunten en uren').click();
  const bijloke = page.locator('[data-path="locations[0]"]');
  await bijloke.getByLabel('Donderdag blok 1 tot').fill('12:30');
  await bijloke.getByRole('button', { name: '+ Sluiting toevoegen' }).click();
  const closure = bijloke.locator('[data-path="locations[0].exceptions[1]"]');
  await closure.getByLabel('Eerste dag').fill('2027-12-24');
  await closure.getByLabel(/Laatste dag/).fill('2028-01-02');
  await closure.getByLabel(/Opmerking/).fill('kerstvakantie');

  await expect(page.getByText('Alles in orde. Vergeet niet op te slaan.')).toBeVisible();
  await saveButton(page).click();
  await expect(page.getByText(/Opgeslagen om \d\d:\d\d/)).toBeVisible();

  const saved = readFileSync(path.join(folder.dir, 'content.json'), 'utf8');
  const result = validateContentText(saved);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const activity = result.content.activities.find((a) => a.title === 'Kerstmarkt in de buurt');
  expect(activity).toMatchObject({
    start: '2026-12-10T14:00',
    end: '2026-12-10T16:30',
    location: 'bijloke',
    image: 'images/kerstmarkt-foto.jpg',
  });
  expect(result.content.locations[0]!.hours.thursday).toEqual([{ from: '09:00', until: '12:30' }]);
  expect(result.content.locations[0]!.exceptions).toContainEqual({
    from: '2027-12-24',
    to: '2028-01-02',
    closed: true,
    note: 'kerstvakantie',
  });
  const jpeg = readFileSync(path.join(folder.dir, 'images', 'kerstmarkt-foto.jpg'));
  expect(jpegSize(jpeg)).toEqual({ width: 1920, height: 1440 });
  expect(jpeg.byteLength).toBeLessThan(photo.byteLength / 4);
  test.info().annotations.push({
    type: 'photo',
    description: `${Math.round(photo.byteLength / 1024)} KB PNG 4000×3000 → ${Math.round(jpeg.byteLength / 1024)} KB JPEG 1920×1440`,
  });

  const validate = runCli(['validate', folder.dir]);
  expect(validate.output).toContain('In orde');
  expect(validate.status).toBe(0);
  const store = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-store-'));
  try {
    const imported = runCli(['import', folder.dir], { BUURTKIOSK_DATA: store });
    expect(imported.status, imported.output).toBe(0);
  } finally {
    rmSync(store, { recursive: true, force: true });
  }

  // The preview shows the new activity on the kiosk's own activities slide at the chosen moment.
  await page.getByLabel('Dag', { exact: true }).fill('2026-12-09');
  await page.getByLabel('Uur', { exact: true }).fill('09:55');
  await page.locator('[data-slide-key^="activities"]').first().click();
  const preview = page.frameLocator('iframe[title="Voorbeeld van het scherm"]');
  const slide = preview.locator('[data-slide="activities"]');
  await expect(slide).toContainText('Kerstmarkt in de buurt');
  await expect(slide.locator('img').first()).toHaveJSProperty('complete', true);
  await expect(preview.locator('kiosk-header')).toContainText('woensdag 9 december');

  expect(errors).toEqual([]);
  expect(offlineGuard).toEqual([]);
});

test('flags invalid edits at the field and blocks saving until they are fixed', async ({ page }) => {
  const errors = watchErrors(page);
  const before = readFileSync(path.join(folder.dir, 'content.json'), 'utf8');
  await openServed(page);
  await tab(page, 'Contactpersonen').click();
  const phone = page.locator('[data-path="contacts[1].phone"]');
  await phone.fill('bel me');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-path="contacts[1]"]')).toContainText('geen geldig telefoonnummer');

  await tab(page, 'Activiteiten').click();
  const title = page.locator('[data-path="activities[0].title"]');
  await title.fill('');
  await expect(page.locator('[data-path="activities[0]"]')).toContainText('vul dit in (verplicht)');

  await expect(saveButton(page)).toBeDisabled();
  await expect(saveButton(page)).toHaveText('Opslaan kan nog niet: 2 fouten');
  await saveButton(page).click({ force: true });
  expect(readFileSync(path.join(folder.dir, 'content.json'), 'utf8')).toBe(before);
  await expect(tab(page, 'Contactpersonen')).toContainText('1');

  // The list names where each problem is; clicking one opens its tab and focuses the field.
  await page.getByRole('button', { name: /Contactpersoon Kim Bauwens, telefoonnummer/ }).click();
  await expect(phone).toBeFocused();
  await phone.fill('0471 61 21 50');
  await tab(page, 'Activiteiten').click();
  await title.fill('Voorbeeld: nieuwjaarsdrink met de buren');
  await expect(saveButton(page)).toBeEnabled();
  expect(errors).toEqual([]);
});

test('marks an announcement "niet meer zichtbaar" once its hour has passed, and flags one that ends before it begins', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const content = sampleContent();
  content.announcements = [
    { title: 'Markt', text: 'Tot de middag.', visibleFrom: '2026-12-10', visibleUntil: '2026-12-10T12:00' },
    {
      title: 'Avondmarkt',
      text: 'Verkeerd om.',
      visibleFrom: '2026-12-10T18:00',
      visibleUntil: '2026-12-10T09:00',
    },
    { title: 'Hele dag', text: 'Tot middernacht.', visibleUntil: '2026-12-10' },
  ];
  writeFileSync(path.join(folder.dir, 'content.json'), JSON.stringify(content, null, 2));
  // Thursday 10 December 2026, 15:00 in Brussels: the screen dropped "Markt" at noon.
  await page.clock.setFixedTime(new Date('2026-12-10T14:00:00Z'));
  await openServed(page);
  await tab(page, 'Mededelingen').click();
  const card = (i: number) => page.locator(`[data-path="announcements[${i}]"]`);
  await expect(card(0).locator('.badge')).toHaveText('niet meer zichtbaar');
  await expect(card(2).locator('.badge')).toHaveCount(0);
  await expect(card(1)).toContainText('ligt vóór "zichtbaar vanaf"');
  await expect(saveButton(page)).toHaveText('Opslaan kan nog niet: 1 fout');
  expect(errors).toEqual([]);
});

test('shows the import’s "Let op" lines for valid content, without holding up saving', async ({ page }) => {
  const errors = watchErrors(page);
  const content = sampleContent();
  content.activities = content.activities!.map((a) => ({
    ...a,
    start: a.start.replace(/^2026|^2027/, '2025'),
    end: a.end.replace(/^2026|^2027/, '2025'),
  }));
  writeFileSync(path.join(folder.dir, 'content.json'), JSON.stringify(content, null, 2));
  await page.clock.setFixedTime(new Date('2026-12-10T14:00:00Z'));
  await openServed(page);
  const warnings = page.locator('editor-save-panel [data-warnings]');
  await expect(warnings).toContainText(
    'Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).',
  );
  await expect(saveButton(page)).toBeEnabled();
  expect(errors).toEqual([]);
});

test('every field is labelled and the page passes axe (WCAG 2.1 AA), also with problems shown', async ({
  page,
}) => {
  test.setTimeout(180_000); // axe walks every shadow root; slow on a busy machine
  await openServed(page);
  const scan = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('iframe')
        .analyze()
    ).violations;
  expect(await scan()).toEqual([]);
  await tab(page, 'Activiteiten').click();
  await page.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
  // A new activity starts quiet; trying to save shows what is missing.
  await expect(page.locator('[data-path="activities[0].title"]')).toHaveAttribute('aria-invalid', 'false');
  await saveButton(page).click();
  await expect(page.locator('[data-path="activities[0].title"]')).toHaveAttribute('aria-invalid', 'true');
  expect(await scan()).toEqual([]);
});

test('a new activity starts quiet, a time field speaks of an hour, and saving shows what is missing', async ({
  page,
}) => {
  const before = readFileSync(path.join(folder.dir, 'content.json'), 'utf8');
  await openServed(page);
  await tab(page, 'Activiteiten').click();
  await page.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
  const card = page.locator('[data-path="activities[0]"]');
  await expect(card.locator('.problem')).toHaveCount(0);
  await expect(tab(page, 'Activiteiten').locator('.count')).toHaveCount(0);
  await expect(saveButton(page)).toHaveText('Opslaan in de map');

  // Typing the title shows nothing about the other fields yet; the day shows nothing about "tot".
  await card.getByLabel('Titel').fill('Breicafé voor beginners');
  await card.getByLabel('Datum', { exact: true }).fill('2026-12-10');
  await expect(card.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'false');
  await expect(card.getByLabel('Tot', { exact: true })).toHaveAttribute('aria-invalid', 'false');
  await expect(card).toContainText('vul het beginuur in');
  await expect(card).not.toContainText('datum in');
  await expect(saveButton(page)).toHaveText('Opslaan kan nog niet: 1 fout');
  await card.getByLabel('Van').fill('14:00');
  await expect(card.locator('.problem')).toHaveCount(0);

  // What is still missing shows once staff try to save; nothing is written.
  await saveButton(page).click();
  expect(readFileSync(path.join(folder.dir, 'content.json'), 'utf8')).toBe(before);
  await expect(card.getByLabel('Tot', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(card).toContainText('vul het einduur in');
  await expect(saveButton(page)).toHaveText('Opslaan kan nog niet: 1 fout');
  await expect(
    page.getByRole('button', { name: /Activiteit "Breicafé voor beginners", einde/ }),
  ).toBeVisible();
  // Once the times are right, what is still missing shows at once: staff already tried to save.
  await card.getByLabel('Tot', { exact: true }).fill('16:00');
  await expect(card).toContainText('kies een buurtpunt, of vul een andere plaats in');
  await card.getByLabel('Waar').selectOption('bijloke');
  await expect(saveButton(page)).toHaveText('Opslaan in de map');
});

test('opens a broken content.json of a signed folder as text, fixes it in place, saves, says to sign again, and validate says In orde', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const file = path.join(folder.dir, 'content.json');
  const good = readFileSync(file, 'utf8');
  // Signed, and accepted by a kiosk that asks for signed content, before Word got at content.json.
  const keyDir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-key-'));
  const signer = await makeSigner(keyDir);
  await signer.signFolder(folder.dir, '2026-11-27T10:00:00.000Z');
  const store = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-store-'));
  writeFileSync(path.join(store, 'config.json'), JSON.stringify({ signingKey: signer.publicKey }));
  const importSigned = () => runCli(['import', folder.dir], { BUURTKIOSK_DATA: store });
  const before = importSigned();
  expect(before.status, before.output).toBe(0);

  const lines = good.split('\n');
  const curly = lines.findIndex((l) => l.includes('"title": "Voorbeeld: hulp bij je smartphone"')) + 1;
  const comma = lines.findIndex((l) => l.includes('"phone": "0471 61 21 50",')) + 1;
  const broken = lines
    .map((l, i) =>
      i + 1 === curly
        ? l.replace('"Voorbeeld: hulp bij je smartphone"', '“Voorbeeld: hulp bij je smartphone”')
        : i + 1 === comma
          ? l.replace('50",', '50"')
          : l,
    )
    .join('\n');
  writeFileSync(file, broken);
  await page.goto(server.url);
  const repair = page.locator('editor-repair');
  await expect(repair.getByRole('heading', { name: 'content.json is niet leesbaar' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(repair.getByRole('alert')).toContainText(
    `Regel ${curly}, kolom 16: gekruld aanhalingsteken “`,
  );
  await expect(repair.locator('.gutter .marked')).toHaveText(`▶ ${curly}`);
  await expect(repair.locator('.beside')).toContainText('gekruld aanhalingsteken');
  const signedNotice = page.getByRole('status').filter({ hasText: 'Deze inhoud is ondertekend.' });
  await expect(signedNotice).toContainText('onderteken de map dan opnieuw met "buurtkiosk sign"');

  await repair.getByRole('button', { name: 'Gekrulde aanhalingstekens vervangen door rechte (2)' }).click();
  await expect(repair.getByRole('alert')).toContainText(`Regel ${comma}, kolom 31: er ontbreekt een komma`);
  await expect(repair.locator('.gutter .marked')).toHaveText(`▶ ${comma}`);
  await repair.getByRole('button', { name: `Ga naar regel ${comma}` }).click();
  await expect(repair.getByLabel('Tekst van content.json')).toBeFocused();
  await page.keyboard.type(',');
  await expect(repair.getByRole('status')).toContainText('De tekst is nu leesbaar.');
  expect(readFileSync(file, 'utf8')).toBe(broken); // nothing written yet

  await repair.getByRole('button', { name: 'Verder naar de formulieren' }).click();
  await expect(page.getByText('De tekst van content.json is nu leesbaar.')).toBeVisible();
  await expect(signedNotice).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(broken);
  await saveButton(page).click();
  // Filtered: once the sample's activities are over (from 15 January 2027), a "Let op" status stands beside it.
  const saved = page.locator('editor-save-panel').getByRole('status').filter({ hasText: 'Opgeslagen om' });
  await expect(saved).toContainText(
    /Opgeslagen om \d\d:\d\d in de map \S+\. De ondertekening klopt niet meer bij wat je net opsloeg: onderteken de map opnieuw met "buurtkiosk sign"/,
  );

  const validate = runCli(['validate', folder.dir]);
  expect(validate.output).toContain('In orde');
  expect(validate.status).toBe(0);
  // What the editor said is what the kiosk does: refused until signed again, then accepted.
  try {
    const stale = importSigned();
    expect(stale.status, stale.output).toBe(1);
    expect(stale.output).toContain('content.json is veranderd na het ondertekenen');
    await signer.signFolder(folder.dir, '2026-11-28T10:00:00.000Z');
    const signedAgain = importSigned();
    expect(signedAgain.status, signedAgain.output).toBe(0);
  } finally {
    rmSync(store, { recursive: true, force: true });
    rmSync(keyDir, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});

test('a visit without the token explains how to get in', async ({ page }) => {
  await page.goto(new URL('/', server.url).href);
  await expect(
    page.getByRole('heading', { name: 'Open het volledige adres uit het venster van buurtkiosk edit' }),
  ).toBeVisible();
  await expect(page.getByText('buurtkiosk edit MAP')).toBeVisible();
});

// Without the 127.0.0.1-only guard (it would block file://); every request is checked here instead.
plainTest(
  'the single-file build loads from file:// without errors, fonts and script inlined',
  async ({ page }) => {
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(builtEditorFile).href);
    await expect(page.getByRole('heading', { name: 'Het scherm van het buurtpunt aanpassen' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Open de map buurtkiosk op de stick' })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('700 20px "Atkinson Hyperlegible"')))
      .toBe(true);
    const html = readFileSync(builtEditorFile, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|type="module"/);
    expect(requests.filter((u) => !/^(file|data|blob|about):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  },
);

test('opens the stick with the File System Access API and writes content.json and the photo into it', async ({
  page,
}) => {
  // The picker's dialog cannot be clicked in a test: it answers with a folder in the private file system.
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('STICK'),
    });
  });
  plainHost = await servePlainEditor();
  await page.goto(plainHost.url);
  const sample = readFileSync(path.join(folder.dir, 'content.json'), 'utf8');
  await openStickInBrowser(page, sample, {
    'koffie.png': readFileSync(path.join(folder.dir, 'images', 'koffie.png')),
  });

  await tab(page, 'Mededelingen').click();
  await page.getByRole('button', { name: '+ Mededeling toevoegen' }).click();
  const card = page.locator('[data-path="announcements[0]"]');
  await card.getByLabel('Titel').fill('Nieuwe openingsuren');
  await card.getByLabel('Tekst').fill('Vanaf januari zijn we ook op maandag open.');
  await card.getByLabel(/Zichtbaar tot en met/).fill('2027-01-31');
  await card
    .getByLabel(/Foto/)
    .setInputFiles({ name: 'uren.png', mimeType: 'image/png', buffer: phonePhotoPng(800, 600) });
  await expect(card.getByRole('img', { name: /images\/uren\.png/ })).toBeVisible({ timeout: 30_000 });
  await saveButton(page).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();

  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await (await root.getDirectoryHandle('STICK')).getDirectoryHandle('buurtkiosk');
    const text = await (await (await folder.getFileHandle('content.json')).getFile()).text();
    const images = await folder.getDirectoryHandle('images');
    const photo = await (await images.getFileHandle('uren.png')).getFile();
    return { text, photoBytes: photo.size };
  });
  const result = validateContentText(written.text);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.content.announcements[0]).toMatchObject({
    title: 'Nieuwe openingsuren',
    visibleUntil: '2027-01-31',
    image: 'images/uren.png',
  });
  expect(written.photoBytes).toBeGreaterThan(0);
});

test('without folder access: reads the chosen buurtkiosk folder and saves by download, with instructions', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'showDirectoryPicker', { value: undefined }));
  plainHost = await servePlainEditor();
  await page.goto(plainHost.url);
  await expect(page.getByText('Deze browser kan niet rechtstreeks op de stick opslaan')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('Kies de map buurtkiosk op de stick').setInputFiles(folder.dir);
  await expect(page.getByText('Geopend:')).toContainText(path.basename(folder.dir));
  await tab(page, 'Activiteiten').click();
  // The sample's photo was read from the chosen folder.
  await expect(page.getByRole('img', { name: 'Gekozen foto images/koffie.png' })).toBeVisible();
  await page.locator('[data-path="activities[0].title"]').fill('Nieuwjaarsdrink');
  const downloads: { name: string; text: string }[] = [];
  page.on('download', async (d) => {
    const file = await d.path();
    downloads.push({ name: d.suggestedFilename(), text: readFileSync(file, 'utf8') });
  });
  await page.getByRole('button', { name: 'Opslaan (als download)' }).click();
  await expect(
    page.getByText('Sla het bestand op als content.json in de map buurtkiosk op de stick'),
  ).toBeVisible();
  await expect.poll(() => downloads.map((d) => d.name)).toEqual(['content.json']);
  const result = validateContentText(downloads[0]!.text);
  expect(result.ok).toBe(true);
  expect(result.ok && result.content.activities[0]!.title).toBe('Nieuwjaarsdrink');
});

test('opened from the stick, refuses a PNG named .jpg at its photo field in the import’s words, and does not save', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('STICK'),
    });
  });
  // The folder on disk holds the same files, so `buurtkiosk validate` can say what the import says.
  const sample = readFileSync(path.join(folder.dir, 'content.json'), 'utf8').replace(
    '"images/koffie.png"',
    '"images/koffie.jpg"',
  );
  writeFileSync(path.join(folder.dir, 'content.json'), sample);
  const png = readFileSync(path.join(folder.dir, 'images', 'koffie.png'));
  writeFileSync(path.join(folder.dir, 'images', 'koffie.jpg'), png);
  const message =
    '"images/koffie.jpg" is een PNG-afbeelding, maar de naam eindigt op .jpg; noem het bestand "images/koffie.png" (ook in content.json)';
  const validate = runCli(['validate', folder.dir]);
  expect(validate.status).not.toBe(0);
  expect(validate.output).toContain(message);

  plainHost = await servePlainEditor();
  await page.goto(plainHost.url);
  await openStickInBrowser(page, sample, { 'koffie.jpg': png });

  await tab(page, 'Activiteiten').click();
  // The editor lists the newest first: find the card by its title.
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: /soep en babbel/ }) });
  const photo = card.locator('input[type="file"]');
  await expect(photo).toHaveAttribute('aria-invalid', 'true');
  await expect(card).toContainText(message);
  await expect(saveButton(page)).toBeDisabled();
  await expect(saveButton(page)).toHaveText('Opslaan kan nog niet: 1 fout');
  await saveButton(page).click({ force: true });
  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await (await root.getDirectoryHandle('STICK')).getDirectoryHandle('buurtkiosk');
    return (await (await folder.getFileHandle('content.json')).getFile()).text();
  });
  expect(written).toBe(sample);

  // Without the photo the content is in order again.
  await card.getByRole('button', { name: 'Foto weghalen' }).click();
  await expect(photo).toHaveAttribute('aria-invalid', 'false');
  await expect(saveButton(page)).toBeEnabled();
});

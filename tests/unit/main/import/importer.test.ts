import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { describeProblem } from '../../../../core/content/problem';
import type { ContentInput } from '../../../../core/content/schema';
import { Importer } from '../../../../main/import/importer';
import type { ImportOutcome } from '../../../../main/import/import-folder';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { readImportLog } from '../../../../main/store/import-log';
import {
  SAMPLE_PNG,
  sampleStickContent,
  tempFolder,
  writeStickFolder,
  type StickOptions,
} from '../../../support/usb-stick';
import {
  animatedPng,
  animatedWebp,
  JPEG_120x80,
  plainWebp,
  pngImage,
  WEBP_ALPHA_VP8X,
  WEBP_LOSSLESS_VP8X,
  WEBP_LOSSY_VP8X,
} from '../../../support/test-images';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let state: KioskState;
let importer: Importer;
let stickCount = 0;
let editorFile: string;

/** A stick holding `options`, imported through the same path a USB stick takes. */
async function importStick(options: StickOptions): Promise<{ outcome: ImportOutcome; folder: string }> {
  const folder = writeStickFolder(path.join(tmp.dir, `stick-${++stickCount}`), options);
  return {
    outcome: await importer.run({ folder: folder, source: 'USB-stick TEST', medium: 'stick' }),
    folder,
  };
}

/** Everything in the store that shows or would show at start-up (the import log may change). */
function storeSnapshot(): string {
  const versions = existsSync(store.versionsDir) ? readdirSync(store.versionsDir).sort() : [];
  return JSON.stringify({ current: readFileSync(store.currentFile, 'utf8'), versions });
}

function withSample(mutate: (c: ContentInput & Record<string, unknown>) => void): ContentInput {
  const c = sampleStickContent() as ContentInput & Record<string, unknown>;
  mutate(c);
  return c;
}

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-import-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
  // A first good import, so "the store is unchanged" means something.
  const first = new Importer({ store, state: new KioskState(placeholderBundle(), resolveRendererConfig()) });
  const seed = writeStickFolder(path.join(tmp.dir, 'seed'));
  const seeded = await first.run({ folder: seed, source: 'USB-stick EERSTE', medium: 'stick' });
  assert.equal(seeded.kind, 'imported');
  const loaded = await store.loadCurrent();
  state = new KioskState(loaded!.bundle, resolveRendererConfig());
  editorFile = path.join(tmp.dir, 'beheer-build.html');
  writeFileSync(editorFile, '<!doctype html><title>Buurtkiosk — beheer</title>');
  importer = new Importer({ store, state, editorFile });
});
afterEach(() => tmp.remove());

function placeholderBundle() {
  return { content: sampleStickContent() as never, version: 'none', dir: tmp.dir, source: 'test' };
}

describe('importing a good stick', () => {
  it('stores it, shows it and says so on screen and on the stick', async () => {
    const content = withSample((c) => {
      c.title = 'Nieuwe titel';
      c.activities = [...(c.activities ?? []), { ...c.activities![1]!, title: 'Extra activiteit' }];
    });
    const before = state.revision;
    // Before the sample's first activity (3 December 2026): all five are still to come.
    importer = new Importer({ store, state, editorFile, now: () => new Date('2026-12-01T09:00:00Z') });
    const { outcome, folder } = await importStick({ content });
    assert.equal(outcome.kind, 'imported');
    assert.equal(state.bundle.content.title, 'Nieuwe titel');
    assert.ok(state.revision > before);
    assert.equal(await store.currentVersion(), state.bundle.version);
    assert.equal(state.notice?.kind, 'import-ok');
    assert.equal(state.notice?.title, 'Nieuwe inhoud geladen (5 komende activiteiten)');
    const summary = '2 buurtpunten, 5 activiteiten, 2 mededelingen, 3 contactpersonen';
    assert.deepEqual(state.notice?.details, [summary]);
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.match(report, /Resultaat: GELUKT/);
    assert.match(report, /\r\n/);
    assert.match(report, /^Inhoud: {4}2 buurtpunten, 5 activiteiten, 2 mededelingen, 3 contactpersonen\r$/m);
    const [logged] = await readImportLog(store.importLogFile);
    assert.equal(logged?.result, 'imported');
    assert.equal(logged?.summary, summary);
  });

  it('takes a stick whose activities are all over, and says so on screen, on the stick and in the log', async () => {
    // A year too early: every activity of the sample ended in 2026 or January 2027.
    importer = new Importer({ store, state, editorFile, now: () => new Date('2027-12-01T09:00:00Z') });
    const { outcome, folder } = await importStick({
      content: withSample((c) => (c.title = 'Vorig jaar')),
    });
    assert.equal(outcome.kind, 'imported', 'the content is valid, so it is taken');
    const summary =
      '2 buurtpunten, 4 activiteiten (4 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen';
    const warning = 'Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).';
    assert.deepEqual(state.notice, {
      kind: 'import-ok',
      title: 'Nieuwe inhoud geladen (geen komende activiteiten)',
      details: [summary, warning],
      at: '2027-12-01T09:00:00.000Z',
      hint: 'Je mag de USB-stick nu uittrekken.',
    });
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.ok(report.split('\r\n').includes(`Let op:    ${warning}`), report);
    assert.equal((await readImportLog(store.importLogFile))[0]?.summary, summary);
  });

  it('puts a copy of the staff editor next to the report, on good and bad sticks alike', async () => {
    const good = await importStick({ content: withSample((c) => (c.title = 'Met editor')) });
    assert.equal(good.outcome.kind, 'imported');
    assert.equal(
      readFileSync(path.join(good.folder, 'beheer.html'), 'utf8'),
      readFileSync(editorFile, 'utf8'),
    );
    const bad = await importStick({ content: withSample((c) => (c.updated = 'gisteren')) });
    assert.equal(bad.outcome.kind, 'refused');
    assert.ok(existsSync(path.join(bad.folder, 'beheer.html')));
    assert.ok(!existsSync(path.join(bad.folder, 'beheer.html.tmp')));
  });

  it('imports without an editor copy when the editor is not built', async () => {
    importer = new Importer({ store, state, editorFile: path.join(tmp.dir, 'nope.html') });
    const { outcome, folder } = await importStick({
      content: withSample((c) => (c.title = 'Zonder editor')),
    });
    assert.equal(outcome.kind, 'imported');
    assert.ok(existsSync(path.join(folder, 'verslag.txt')));
    assert.ok(!existsSync(path.join(folder, 'beheer.html')));
  });

  it('ignores a stick with exactly the content on screen: no notice, nothing copied or stored', async () => {
    const snapshot = storeSnapshot();
    const revision = state.revision;
    rmSync(store.stagingDir, { recursive: true, force: true });
    const writes: string[] = [];
    importer = new Importer({ store, state, editorFile, hooks: { beforeWrite: (f) => void writes.push(f) } });
    const { outcome } = await importStick({});
    assert.equal(outcome.kind, 'unchanged');
    assert.equal(state.revision, revision);
    assert.equal(state.notice, null);
    assert.equal(storeSnapshot(), snapshot);
    assert.deepEqual(writes, []);
    assert.equal(existsSync(store.stagingDir), false, 'no staging copy was made');
  });

  it('takes a stick whose only change is a replaced photo under the same name', async () => {
    const { outcome } = await importStick({ files: { 'images/koffie.png': pngImage(64, 40, 7) } });
    assert.equal(outcome.kind, 'imported');
  });

  it('takes JPEG and WebP photos as the encoders write them (JFIF, VP8X with ICC, VP8, VP8L)', async () => {
    const files = {
      'images/foto.jpg': JPEG_120x80,
      'images/a.webp': WEBP_LOSSY_VP8X,
      'images/b.webp': WEBP_LOSSLESS_VP8X,
      'images/c.webp': WEBP_ALPHA_VP8X,
      'images/d.webp': plainWebp(WEBP_LOSSY_VP8X),
    };
    const content = withSample((c) => {
      c.activities!.forEach((a, i) => (a.image = Object.keys(files)[i % 5]));
      c.announcements![0]!.image = 'images/e.webp';
    });
    const { outcome } = await importStick({
      content,
      files: { ...files, 'images/e.webp': plainWebp(WEBP_LOSSLESS_VP8X) },
    });
    assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
  });
});

/** Each bad stick: what to put on it, and the Dutch line staff must read. */
const CORPUS: { name: string; stick: () => StickOptions; expect: RegExp }[] = [
  {
    name: 'truncated JSON',
    stick: () => ({ content: JSON.stringify(sampleStickContent(), null, 2).slice(0, 900) }),
    expect: /^regel \d+, kolom \d+: (het bestand houdt op|deze tekst heeft geen afsluitend aanhalingsteken)/,
  },
  {
    name: 'a 50 MB content.json',
    stick: () => ({ content: '{}', files: {} }),
    expect: /^content\.json is te groot \(50 MB, hoogstens 5 MB\)/,
  },
  {
    name: '10,000-deep nesting',
    stick: () => ({ content: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }),
    expect: /te diep genest \(10000 niveaus, hoogstens 32\)/,
  },
  {
    name: 'a __proto__ key',
    stick: () => ({
      content: JSON.stringify(sampleStickContent()).replace('{', '{"__proto__": {"polluted": true},'),
    }),
    expect: /veld "__proto__": veldnaam "__proto__" is niet toegestaan/,
  },
  {
    name: 'an image path ../../etc/passwd',
    stick: () => ({ content: withSample((c) => (c.activities![0]!.image = '../../etc/passwd')) }),
    expect: /^regel \d+, activiteit "[^"]+", foto: verwacht een afbeelding in de map/,
  },
  {
    name: 'a symlink leading out of the folder',
    stick: () => ({ content: withSample((c) => (c.activities![0]!.image = 'images/link.png')) }),
    expect:
      /activiteit "[^"]+", foto: afbeelding "images\/link\.png" verwijst naar een bestand buiten de map buurtkiosk/,
  },
  {
    name: 'a .jpg that is a text file',
    stick: () => ({
      content: withSample((c) => (c.activities![0]!.image = 'images/foto.jpg')),
      files: { 'images/foto.jpg': 'dit is geen foto\n' },
    }),
    expect: /foto: "images\/foto\.jpg" is geen echte afbeelding maar een tekstbestand/,
  },
  {
    name: 'an SVG called .png',
    stick: () => ({
      content: withSample((c) => (c.activities![0]!.image = 'images/logo.png')),
      files: { 'images/logo.png': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
    }),
    expect: /"images\/logo\.png" is geen echte afbeelding maar een SVG-tekening/,
  },
  {
    name: 'an animated PNG (it would play all day)',
    stick: () => ({
      content: withSample((c) => (c.activities![0]!.image = 'images/sticker.png')),
      files: { 'images/sticker.png': animatedPng(64, 40) },
    }),
    expect:
      /foto: "images\/sticker\.png" is een bewegende afbeelding \(een animatie\); het scherm toont alleen stilstaande beelden/,
  },
  {
    name: 'an animated WebP',
    stick: () => ({
      content: withSample((c) => (c.activities![0]!.image = 'images/sticker.webp')),
      files: { 'images/sticker.webp': animatedWebp() },
    }),
    expect: /foto: "images\/sticker\.webp" is een bewegende afbeelding/,
  },
  {
    name: 'a missing image',
    stick: () => ({ content: withSample((c) => (c.activities![0]!.image = 'images/x.jpg')) }),
    expect: /^regel \d+, activiteit "[^"]+", foto: afbeelding "images\/x\.jpg" niet gevonden op de stick$/,
  },
  {
    name: 'a 50 MB image',
    stick: () => ({ content: withSample((c) => (c.activities![0]!.image = 'images/groot.jpg')) }),
    expect: /afbeelding "images\/groot\.jpg" is te groot \(50 MB, hoogstens 10 MB\)/,
  },
  {
    name: 'an invalid date',
    stick: () => ({ content: withSample((c) => (c.activities![0]!.start = '2026-02-30T10:00')) }),
    expect: /activiteit "[^"]+", begin: geen geldige datum \(deze dag bestaat niet\)/,
  },
  {
    name: 'an unknown key',
    stick: () => ({ content: withSample((c) => (c.openingsuren = 'elke dag')) }),
    expect: /veld "openingsuren": onbekend veld "openingsuren"/,
  },
];

describe('refusing a bad stick', () => {
  for (const bad of CORPUS) {
    it(`refuses ${bad.name} with a Dutch message, keeps the store and the screen, writes the report`, async () => {
      const snapshot = storeSnapshot();
      const shown = state.bundle.version;
      const folder = writeStickFolder(path.join(tmp.dir, `bad-${++stickCount}`), bad.stick());
      if (bad.name === 'a 50 MB content.json')
        truncateSync(path.join(folder, 'content.json'), 50 * 1024 * 1024);
      if (bad.name === 'a 50 MB image') {
        writeFileSync(path.join(folder, 'images', 'groot.jpg'), SAMPLE_PNG);
        truncateSync(path.join(folder, 'images', 'groot.jpg'), 50 * 1024 * 1024);
      }
      if (bad.name.startsWith('a symlink')) {
        writeFileSync(path.join(tmp.dir, 'outside.png'), SAMPLE_PNG);
        symlinkSync(path.join(tmp.dir, 'outside.png'), path.join(folder, 'images', 'link.png'));
      }
      const outcome = await importer.run({ folder: folder, source: 'USB-stick TEST', medium: 'stick' });
      assert.equal(outcome.kind, 'refused', JSON.stringify(outcome));
      const lines = outcome.kind === 'refused' ? outcome.problems.map(describeProblem) : [];
      assert.ok(
        lines.some((l) => bad.expect.test(l)),
        lines.join('\n'),
      );
      assert.equal(state.bundle.version, shown);
      assert.equal(storeSnapshot(), snapshot);
      assert.equal(state.notice?.kind, 'import-failed');
      assert.match(state.notice?.title ?? '', /^Inhoud van de USB-stick niet gebruikt: \d+ fout(en)?$/);
      assert.ok(state.notice!.details.length <= 4);
      for (const line of state.notice!.details)
        assert.doesNotMatch(line, /[a-z]\[\d+\]|\.(start|image|title)\b/);
      const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
      assert.match(report, /Resultaat: NIET GEBRUIKT/);
      for (const line of lines) assert.ok(report.includes(line), `report misses: ${line}`);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }

  it('lists every problem with its line on the stick, the first three on screen', async () => {
    const content = withSample((c) => {
      c.activities![0]!.start = 'morgen';
      c.activities![1]!.image = 'images/weg.png';
      c.contacts![0]!.email = 'geen-adres';
      c.organisation!.phone = '123';
    });
    const { outcome, folder } = await importStick({ content });
    assert.equal(outcome.kind, 'refused');
    assert.equal(state.notice?.title, 'Inhoud van de USB-stick niet gebruikt: 4 fouten');
    assert.equal(state.notice?.details.length, 4);
    assert.match(
      state.notice!.details[0]!,
      /^regel \d+, activiteit "Voorbeeld: soep en babbel in het buurtpunt", begin: /,
    );
    assert.equal(state.notice?.details[3], '… en nog 1 fout');
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.match(report, /^4\. regel \d+, /m);
    assert.match(state.notice?.hint ?? '', /verslag\.txt/);
  });

  it('still refuses (and says the report failed) when the stick cannot be written', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'readonly'), { content: '{' });
    mkdirSync(path.join(folder, 'verslag.txt')); // a folder in the way: the rename fails like on a read-only stick
    const outcome = await importer.run({ folder: folder, source: 'USB-stick TEST', medium: 'stick' });
    assert.equal(outcome.kind, 'refused');
    assert.match(state.notice?.hint ?? '', /geen verslag/);
    assert.equal(existsSync(path.join(folder, 'verslag.txt.tmp')), false);
  });

  it('refuses a buurtkiosk folder that is a symlink leading off the stick', async () => {
    const elsewhere = writeStickFolder(path.join(tmp.dir, 'elsewhere'));
    const mount = path.join(tmp.dir, 'mount');
    mkdirSync(mount);
    symlinkSync(elsewhere, path.join(mount, 'buurtkiosk'));
    const outcome = await importer.run({
      folder: path.join(mount, 'buurtkiosk'),
      source: 'USB-stick TEST',
      medium: 'stick',
      within: mount,
    });
    assert.equal(outcome.kind, 'refused');
  });
});

describe('a stick pulled out during the import', () => {
  it('keeps the old content when files vanish mid-copy, and leaves no staging behind', async () => {
    const content = withSample((c) => {
      c.title = 'Half gekopieerd';
      c.activities![1]!.image = 'images/tweede.png';
    });
    const folder = writeStickFolder(path.join(tmp.dir, 'pulled'), {
      content,
      files: { 'images/tweede.png': SAMPLE_PNG },
    });
    const snapshot = storeSnapshot();
    const shown = state.bundle.version;
    let reads = 0;
    const pulling = new Importer({
      store,
      state,
      hooks: {
        beforeRead: () => {
          if (++reads === 2) rmSync(path.dirname(folder), { recursive: true, force: true });
        },
      },
    });
    const outcome = await pulling.run({ folder: folder, source: 'USB-stick TEST', medium: 'stick' });
    assert.equal(outcome.kind, 'removed');
    assert.equal(state.bundle.version, shown);
    assert.equal(storeSnapshot(), snapshot);
    assert.equal(state.notice?.title, 'USB-stick te vroeg uitgetrokken');
    // The same failure for a stick that stayed in but cannot be read: the notice says what then.
    assert.match(
      state.notice?.details.at(-1) ?? '',
      /Zat de stick er de hele tijd in, dan is hij misschien beschadigd/,
    );
    assert.deepEqual(readdirSync(store.stagingDir), []);
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
  });

  it('treats a stick gone before the image check as removed, not as missing images', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'gone'));
    rmSync(path.dirname(folder), { recursive: true });
    const outcome = await importer.run({ folder: folder, source: 'USB-stick TEST', medium: 'stick' });
    assert.equal(outcome.kind, 'removed');
  });
});
